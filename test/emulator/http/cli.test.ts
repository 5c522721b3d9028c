import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { WireClient } from '../../../src/wire/index.js';

import { seedIds, testCredentials } from './emulator-harness.js';

const binPath = fileURLToPath(new URL('../../../bin/alb-emulator.js', import.meta.url));

interface Finished {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function runToEnd(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** A running alb-emulator process, started with its URL read from the first line of standard output. */
interface RunningCli {
  child: ChildProcess;
  url: string;
  finished: Promise<Finished>;
}

function startCli(args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const finished = new Promise<Finished>((resolve) => {
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });

  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^alb-emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (match?.[1] !== undefined) {
        resolve({ child, url: match[1], finished });
      }
    });
    void finished.then((result) => reject(new Error(`alb-emulator exited with ${String(result.exitCode)} before it listened: ${result.stderr}`)));
  });
}

describe('alb-emulator command', () => {
  let running: RunningCli | undefined;

  afterEach(async () => {
    if (running !== undefined && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.finished;
    }
    running = undefined;
  });

  it('prints help naming each option and its unit', async () => {
    const result = await runToEnd(['--help']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--job-duration-ms N             How long a certificate or listener job runs, in milliseconds');
    expect(result.stdout).toContain('--error-rate R');
    expect(result.stdout).toContain('--throttle-rate R');
    expect(result.stdout).toContain('--random-seed N');
    expect(result.stdout).toContain('--log-level LEVEL');
  });

  it.each([
    [['--port', 'abc'], '--port must be an integer from 0 to 65535, but it is "abc".'],
    [['--error-rate', '2'], '--error-rate must be a number from 0 to 1, but it is "2".'],
    [['--job-duration-ms=-1'], '--job-duration-ms must be an integer from 0 to'],
    [['--log-level', 'loud'], '--log-level must be one of fatal, error, warn, info, debug, trace, silent, but it is "loud".'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--port'], "Option '--port <value>' argument missing"],
  ])('exits 2 on usage error %j', async (args, message) => {
    const result = await runToEnd(args);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 naming the bad seed field', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-emulator-seed-'));
    const seedPath = join(directory, 'seed.yaml');
    writeFileSync(
      seedPath,
      [
        'region: cn-hangzhou',
        'accounts:',
        '  - accountId: "1234567890123456"',
        '    accessKeys: [{accessKeyId: a, accessKeySecret: b}]',
        'loadBalancers: []',
        'certificates: []',
        'listeners:',
        '  - {listenerId: lsn-1, loadBalancerId: alb-missing, protocol: HTTP, port: 80, status: Running}',
        '',
      ].join('\n'),
    );

    const result = await runToEnd(['--seed', seedPath]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`--seed ${seedPath} is not a valid seed file`);
    expect(result.stderr).toContain('seed.listeners[0].loadBalancerId');
  });

  it('serves on a free port, logs to stderr and stops on SIGTERM', async () => {
    running = await startCli(['--port', '0', '--job-duration-ms', '100']);
    const client = new WireClient({ endpoint: running.url, credentials: testCredentials });

    const result = await client.call('ListListenerCertificates', { ListenerId: seedIds.httpsListener });
    running.child.kill('SIGTERM');
    const finished = await running.finished;

    expect(result.ok).toBe(true);
    expect(finished.exitCode).toBe(0);
    expect(finished.stdout).toBe(`alb-emulator listening on ${running.url}\n`);
    const messages = finished.stderr
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Record<string, unknown>)['msg']);
    expect(messages).toEqual(['emulator started', 'request handled', 'stop signal received', 'emulator stopped']);
    expect(finished.stderr).not.toContain(testCredentials.accessKeySecret);
  });

  it('stops on SIGINT with exit code 0', async () => {
    running = await startCli(['--port', '0']);

    running.child.kill('SIGINT');
    const finished = await running.finished;

    expect(finished.exitCode).toBe(0);
  });
});
