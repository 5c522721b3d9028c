import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import type { EmulatorProcess } from './support/emulator-process.js';
import { startEmulatorProcess } from './support/emulator-process.js';
import { snapshotSeedListeners } from './support/listener-snapshot.js';
import { clauseIdsWithStatus, runConformance } from './support/run-conformance-command.js';

// The emulator as users run it, a separate process on a port, checked by the conformance command
// through --endpoint with every tier and the costly clauses allowed.

/** The process's accept latency, declared to the runner as its in-flight window for ClientToken requests. */
const acceptLatencyMs = 10;

describe('alb-conformance run against an alb-emulator process', () => {
  let emulator: EmulatorProcess;

  beforeAll(async () => {
    const acceptLatency = ['--accept-latency-ms', String(acceptLatencyMs)];
    emulator = await startEmulatorProcess(['--port', '0', '--job-duration-ms', '300', ...acceptLatency, '--log-level', 'silent']);
  });

  afterAll(async () => {
    await emulator.stop();
  });

  it('passes every active clause', async () => {
    const configPath = join(mkdtempSync(join(tmpdir(), 'alb-conformance-endpoint-')), 'target.yaml');
    writeFileSync(
      configPath,
      ['allowCostly: true', 'tiers: [core, strict, extended]', `idempotence: {inFlightWindowMs: ${acceptLatencyMs}}`, ''].join('\n'),
    );

    const listenersBefore = await snapshotSeedListeners(emulator.url);

    const run = await runConformance(['--endpoint', emulator.url, '--config', configPath]);

    const active = loadClauseRegistry().clauses.filter((clause) => clause.status === 'active').map((clause) => clause.id);
    expect(clauseIdsWithStatus(run, 'failed')).toEqual([]);
    expect(run.clauses.filter((clause) => clause.status === 'skipped')).toEqual([]);
    expect(clauseIdsWithStatus(run, 'passed')).toEqual([...active].sort());
    expect(run.status).toBe(0);
    expect(await snapshotSeedListeners(emulator.url), 'the seed listeners after the run').toEqual(listenersBefore);
  }, 240_000);
});
