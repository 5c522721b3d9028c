import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const binPath = fileURLToPath(new URL('../../bin/alb-emulator.js', import.meta.url));

interface Finished {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs alb-emulator on a free port; an emulator that starts listening is stopped at once, so a wrongly accepted option fails instead of hanging. */
function runToEnd(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, '--log-level', 'silent', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('listening on')) {
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

describe('alb-emulator option values', () => {
  it.each([
    [['--port', '1e3'], '--port must be an integer from 0 to 65535, but it is "1e3".'],
    [['--port', '0x1F90'], '--port must be an integer from 0 to 65535, but it is "0x1F90".'],
    [['--port', ' 80'], '--port must be an integer from 0 to 65535, but it is " 80".'],
    [['--port', '0', '--job-duration-ms', '5e3'], '--job-duration-ms must be an integer from 0 to 9007199254740991, but it is "5e3".'],
    [['--port', '0', '--latency-ms', '3000000000'], '--latency-ms must be an integer from 0 to 2147483647, but it is "3000000000".'],
    [['--port', '0', '--accept-latency-ms', '3000000000'], '--accept-latency-ms must be an integer from 0 to 2147483647, but it is "3000000000".'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await runToEnd(args);

    expect(result.stdout).toBe('');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
