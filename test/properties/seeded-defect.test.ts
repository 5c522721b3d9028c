import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

import { emulatorDefaultResources } from '../../src/conformance/target/emulator-defaults.js';
import { startEmulator } from '../../src/emulator/index.js';
import type { RunningEmulator } from '../../src/emulator/index.js';

const binPath = fileURLToPath(new URL('../../bin/alb-conformance.js', import.meta.url));
const defaultSeedPath = fileURLToPath(new URL('../../fixtures/emulator-seed.yaml', import.meta.url));

/** A seed that finds the defect in its fifth run, to keep the test short; most seeds find it within 200 runs. */
const propertySeed = '3';

interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
}

interface ClauseReport {
  readonly id: string;
  readonly status: string;
  readonly failure?: { readonly message: string };
}

/** Writes the seeded defect: a seed whose alb-basic-01 accepts 11 additional certificates, one more than its Basic-edition quota. */
function writeOffByOneSeed(directory: string): string {
  const seed = parse(readFileSync(defaultSeedPath, 'utf8')) as { loadBalancers: Array<Record<string, unknown>> };
  const basic = seed.loadBalancers.find((loadBalancer) => loadBalancer['loadBalancerId'] === 'alb-basic-01');
  if (basic === undefined) {
    throw new Error('fixtures/emulator-seed.yaml has no load balancer alb-basic-01; update this test to the seed');
  }
  basic['certificateQuota'] = 11;

  const path = join(directory, 'off-by-one-seed.yaml');
  writeFileSync(path, stringify(seed));
  return path;
}

/** Writes the target configuration: the emulator's resources, and the documented Basic quota of 10. */
function writeTargetConfig(directory: string, endpoint: string): string {
  const config = {
    endpoint,
    resources: {
      listeners: emulatorDefaultResources.listeners,
      certificates: emulatorDefaultResources.certificates,
      certificateQuotas: { https: 25, quic: 25, basicQuota: 10 },
    },
    polling: { deadlineMs: 60_000, intervalMs: 50 },
    tiers: ['extended'],
  };

  const path = join(directory, 'target.yaml');
  writeFileSync(path, stringify(config));
  return path;
}

function runCommand(args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

function modelClauseReport(reportDirectory: string): ClauseReport {
  const report = JSON.parse(readFileSync(join(reportDirectory, 'report.json'), 'utf8')) as { clauses: ClauseReport[] };
  const clause = report.clauses.find((item) => item.id === 'ACWL-MODEL-002');
  if (clause === undefined) {
    throw new Error(`report.json in ${reportDirectory} has no record of ACWL-MODEL-002`);
  }
  return clause;
}

/** Extracts the numbered request log lines of a failure report, masking the values that differ between runs. */
function requestLogOf(message: string): string[] {
  return message
    .split('\n')
    .filter((line) => /^\s+\d+\. /.test(line))
    .map((line) => line.replace(/ClientToken=\S+/g, 'ClientToken=*').replace(/JobId=\S+/g, 'JobId=*').trim());
}

/** Parses the printed replay command into the arguments of bin/alb-conformance.js. */
function replayArgumentsOf(message: string): string[] {
  const command = /Replay exactly this case: (.+)/.exec(message)?.[1];
  if (command === undefined) {
    throw new Error(`The failure report has no replay command:\n${message}`);
  }

  const words = command.match(/'[^']*'|\S+/g) ?? [];
  expect(words.slice(0, 2)).toEqual(['npx', 'alb-conformance']);
  return words.slice(2).map((word) => word.replace(/^'(.*)'$/, '$1'));
}

describe('seeded quota defect', () => {
  let emulator: RunningEmulator;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'alb-seeded-defect-'));
    emulator = await startEmulator({ seedPath: writeOffByOneSeed(directory), jobDurationMs: 100, logger: false });
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('is found, shrunk and replayed', { timeout: 600_000 }, async () => {
    const configPath = writeTargetConfig(directory, emulator.url);
    const firstReports = join(directory, 'first');

    // Find and shrink.
    const first = await runCommand(['run', '--config', configPath, '--clause', 'ACWL-MODEL-002', '--seed', propertySeed, '--num-runs', '200', '--report-dir', firstReports]);
    const found = modelClauseReport(firstReports);
    const message = found.failure?.message ?? '';
    const log = requestLogOf(message);

    expect(first.status, first.stdout).toBe(1);
    expect(found.status).toBe('failed');
    expect(message).toContain('on lsn-https-basic-01 returned accepted, but the model allows only ResourceQuotaExceeded.LoadBalancerCertificatesNum');
    expect(message).toContain(`Seed: ${propertySeed}, path: `);
    expect(log.length).toBeGreaterThan(0);
    expect(log.length).toBeLessThanOrEqual(4);
    expect(log.at(-1)).toMatch(/^\d+\. AssociateAdditionalCertificatesWithListener ListenerId=lsn-https-basic-01 .* -> 200 JobId=\*$/);
    expect(first.stdout).toContain('Replay exactly this case: npx alb-conformance run --config');

    // Replay from the printed command.
    const replayArguments = replayArgumentsOf(message);
    const replayReports = join(directory, 'replay');
    const replay = await runCommand([...replayArguments, '--report-dir', replayReports]);
    const replayed = modelClauseReport(replayReports);

    expect(replayArguments).toEqual(expect.arrayContaining(['--clause', 'ACWL-MODEL-002', '--seed', propertySeed, '--path']));
    expect(replay.status, replay.stdout).toBe(1);
    expect(replayed.status).toBe('failed');
    expect(requestLogOf(replayed.failure?.message ?? '')).toEqual(log);
  });
});
