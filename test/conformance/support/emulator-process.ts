import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const binPath = fileURLToPath(new URL('../../../bin/alb-emulator.js', import.meta.url));

/** An `alb-emulator` process that is listening. */
export interface EmulatorProcess {
  readonly url: string;
  /** Stops the process with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `bin/alb-emulator.js` with `args` as a separate process and resolves once it prints
 * "alb-emulator listening on <url>". Rejects with its standard error when it exits before that.
 */
export function startEmulatorProcess(args: readonly string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  let stdout = '';
  let stderr = '';

  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^alb-emulator listening on (http:\/\/\S+)\n/m.exec(stdout);
      if (match?.[1] !== undefined) {
        resolve({ url: match[1], stop: () => stopProcess(child, exited) });
      }
    });
    void exited.then((code) => reject(new Error(`alb-emulator exited with ${String(code)} before it listened: ${stderr}`)));
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
  }
  await exited;
}
