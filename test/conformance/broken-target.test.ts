import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { startDefectProxy } from './support/defect-proxy.js';
import type { ResponseDefect } from './support/response-defects.js';
import { dropAssociatingPhase, ignoreClientToken, wrongErrorCode } from './support/response-defects.js';
import type { ListenerSnapshot } from './support/listener-snapshot.js';
import { snapshotSeedListeners } from './support/listener-snapshot.js';
import type { ConformanceRun } from './support/run-conformance-command.js';
import { clauseIdsWithStatus, runConformance } from './support/run-conformance-command.js';

// Each run puts a proxy with one planted defect between `alb-conformance run --endpoint` and its own
// emulator, and checks that exactly the clauses about that defect fail. A run through a proxy without
// a defect is the baseline: every clause it passes must pass under each defect, except those expected to fail.
//
// The runs select the core and strict tiers. The extended tier contains the randomized model-based and
// concurrency clauses, which catch these defects only when the generated sequence happens to hit them,
// so an exact list of failing clauses cannot include them.

/** The job duration of the emulators behind the proxies, as short as the embedded target's. */
const jobDurationMs = 300;

interface DefectCase {
  readonly defect: ResponseDefect;
  readonly expectedFailures: readonly string[];
}

const defectCases: readonly DefectCase[] = [
  { defect: dropAssociatingPhase, expectedFailures: ['ACWL-ASYNC-002'] },
  {
    defect: ignoreClientToken(),
    expectedFailures: ['ACWL-IDEM-001', 'ACWL-IDEM-002', 'ACWL-IDEM-007', 'ACWL-IDEM-008', 'ACWL-IDEM-009'],
  },
  { defect: wrongErrorCode, expectedFailures: ['ACWL-ERR-008', 'ACWL-ERR-031'] },
];

/** A run's report and the emulator's listeners before and after it. */
interface RunBehindProxy {
  readonly run: ConformanceRun;
  readonly listenersBefore: ListenerSnapshot[];
  readonly listenersAfter: ListenerSnapshot[];
}

/** Runs the core and strict tiers against a fresh emulator behind a proxy with `defect` (none for the baseline). */
async function runBehindProxy(defect: ResponseDefect | undefined): Promise<RunBehindProxy> {
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0, jobDurationMs, logger: false });
  const proxy = await startDefectProxy(emulator.url, defect);
  try {
    const listenersBefore = await snapshotSeedListeners(emulator.url);
    const run = await runConformance(['--endpoint', proxy.url, '--tier', 'core,strict']);
    return { run, listenersBefore, listenersAfter: await snapshotSeedListeners(emulator.url) };
  } finally {
    await proxy.close();
    await emulator.close();
  }
}

describe('alb-conformance run against a broken target', () => {
  const runs = new Map<ResponseDefect | undefined, RunBehindProxy>();

  beforeAll(async () => {
    const targets = [undefined, ...defectCases.map((defectCase) => defectCase.defect)];
    const results = await Promise.all(targets.map((defect) => runBehindProxy(defect)));
    targets.forEach((defect, index) => runs.set(defect, results[index] as RunBehindProxy));
  }, 300_000);

  afterAll(() => {
    runs.clear();
  });

  it('passes every clause through a faithful proxy', () => {
    const baseline = (runs.get(undefined) as RunBehindProxy).run;

    expect(clauseIdsWithStatus(baseline, 'failed')).toEqual([]);
    expect(baseline.status).toBe(0);
    expect(clauseIdsWithStatus(baseline, 'passed').length).toBeGreaterThan(0);
  });

  it.each(defectCases)('fails only the expected clauses when the target $defect.name', ({ defect, expectedFailures }) => {
    const baseline = (runs.get(undefined) as RunBehindProxy).run;
    const { run } = runs.get(defect) as RunBehindProxy;
    const expectedPasses = clauseIdsWithStatus(baseline, 'passed').filter((id) => !expectedFailures.includes(id));

    expect(clauseIdsWithStatus(run, 'failed')).toEqual([...expectedFailures].sort());
    expect(clauseIdsWithStatus(run, 'passed')).toEqual(expectedPasses);
    expect(run.status).toBe(1);
  });

  it('leaves every listener as it found it, failed clauses included', () => {
    for (const [defect, { listenersBefore, listenersAfter }] of runs) {
      expect(listenersAfter, `listeners after the run that ${defect?.name ?? 'has no defect'}`).toEqual(listenersBefore);
    }
  });
});
