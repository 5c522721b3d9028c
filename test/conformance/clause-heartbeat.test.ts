import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestCase } from 'vitest/node';
import { ClauseHeartbeat } from '../../src/conformance/report/clause-heartbeat.js';
import { ConformanceReporter } from '../../src/conformance/report/conformance-reporter.js';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';

/** Builds a started test with only the id and name, the fields the reporter reads when a test starts. */
function startedTest(id: string, name: string): TestCase {
  return { id, name } as unknown as TestCase;
}

describe('clause heartbeat', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints a line every interval', () => {
    const lines: string[] = [];
    const heartbeat = new ClauseHeartbeat((text) => lines.push(text));

    heartbeat.start('test-1', 'ACWL-PROP-014');
    vi.advanceTimersByTime(25_000);

    expect(lines).toEqual(['... ACWL-PROP-014 still running (10 s)\n', '... ACWL-PROP-014 still running (20 s)\n']);
  });

  it('prints nothing for a short clause', () => {
    const lines: string[] = [];
    const heartbeat = new ClauseHeartbeat((text) => lines.push(text));

    heartbeat.start('test-1', 'ACWL-VAL-001');
    vi.advanceTimersByTime(9_999);
    heartbeat.stop('test-1');
    vi.advanceTimersByTime(60_000);

    expect(lines).toEqual([]);
  });

  it('stops every clause at the end', () => {
    const lines: string[] = [];
    const heartbeat = new ClauseHeartbeat((text) => lines.push(text));

    heartbeat.start('test-1', 'ACWL-PROP-014');
    heartbeat.start('test-2', 'ACWL-PROP-015');
    heartbeat.stopAll();
    vi.advanceTimersByTime(60_000);

    expect(lines).toEqual([]);
  });

  it('runs from the reporter for selected clauses', () => {
    const lines: string[] = [];
    const reporter = new ConformanceReporter({
      registry: loadClauseRegistry(),
      selectedClauseIds: new Set(['ACWL-PROP-015']),
      rerunCommandFor: () => '',
      write: (text) => lines.push(text),
    });

    reporter.onTestCaseReady(startedTest('test-1', 'ACWL-PROP-014 Any request ...'));
    reporter.onTestCaseReady(startedTest('test-2', 'ACWL-PROP-015 Any request ...'));
    vi.advanceTimersByTime(10_000);
    reporter.onTestRunEnd([], []);
    vi.advanceTimersByTime(60_000);

    expect(lines).toEqual(['... ACWL-PROP-015 still running (10 s)\n']);
  });
});
