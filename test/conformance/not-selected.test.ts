import { describe, expect, it } from 'vitest';
import type { TestCase } from 'vitest/node';
import type { ClauseRecord, RunReport } from '../../src/conformance/report/clause-record.js';
import { ConformanceReporter } from '../../src/conformance/report/conformance-reporter.js';
import { renderHtmlReport } from '../../src/conformance/report/html-report.js';
import { renderJunitReport } from '../../src/conformance/report/junit-report.js';
import { countOutcomes } from '../../src/conformance/report/outcome-counts.js';
import { renderTerminalSummary } from '../../src/conformance/report/terminal-summary.js';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import { syntheticRecords, syntheticReport } from './helpers/synthetic-report.js';

const tierCoreReason = 'tier core not selected (selected: strict; add --tier core)';
const tierExtendedReason = 'tier extended not selected (selected: strict; add --tier extended)';
const restrictedReason = 'needs restrictedCredentials: set credentials.restricted in the target configuration';

/** Builds a finished test as vitest hands it to a reporter, with the fields the reporter reads. */
function finishedTest(name: string, state: 'passed' | 'skipped', note?: string): TestCase {
  return {
    id: name,
    name,
    result: () => ({ state, errors: [], ...(note === undefined ? {} : { note }) }),
    meta: () => ({}),
    diagnostic: () => (state === 'passed' ? { duration: 12 } : undefined),
    module: { relativeModuleId: 'suites/sample.test.ts' },
    options: { mode: 'run' },
  } as unknown as TestCase;
}

function strictReporter(lines: string[]): ConformanceReporter {
  return new ConformanceReporter({
    registry: loadClauseRegistry(),
    tiers: ['strict'],
    rerunCommandFor: (id) => `npx alb-conformance run --clause ${id}`,
    write: (text) => lines.push(text),
  });
}

/** Builds a strict-tier run: one passed clause, one skipped for a need, three of other tiers. */
function strictRunReport(): RunReport {
  const [, , valPassed] = syntheticRecords() as [ClauseRecord, ClauseRecord, ClauseRecord];
  const notSelected = (id: string, area: ClauseRecord['area'], reason: string): ClauseRecord => ({
    ...valPassed,
    id,
    area,
    status: 'skipped',
    skipReason: reason,
    skipCause: 'tier-not-selected',
  });
  const clauses: ClauseRecord[] = [
    { ...valPassed, id: 'ACWL-ERR-023', area: 'ERR' },
    { ...valPassed, id: 'ACWL-ERR-034', area: 'ERR', status: 'skipped', skipReason: restrictedReason, skipCause: 'need-not-met' },
    notSelected('ACWL-VAL-001', 'VAL', tierCoreReason),
    notSelected('ACWL-ERR-001', 'ERR', tierCoreReason),
    notSelected('ACWL-MODEL-001', 'MODEL', tierExtendedReason),
  ];
  return { ...syntheticReport(), tiers: ['strict'], clauses, totals: countOutcomes(clauses), runErrors: [] };
}

describe('clauses not selected', () => {
  it('get no progress line', () => {
    const lines: string[] = [];
    const reporter = strictReporter(lines);

    reporter.onTestCaseResult(finishedTest('ACWL-VAL-001 requirement', 'skipped', tierCoreReason));
    reporter.onTestCaseResult(finishedTest('ACWL-ERR-034 requirement', 'skipped', restrictedReason));
    reporter.onTestCaseResult(finishedTest('ACWL-ERR-023 requirement', 'passed'));

    expect(lines).toEqual([`SKIP ACWL-ERR-034     skipped: ${restrictedReason}\n`, 'PASS ACWL-ERR-023     12 ms\n']);
    expect(reporter.records.map((record) => `${record.id} ${record.status} ${record.skipCause ?? '-'}`)).toEqual([
      'ACWL-VAL-001 skipped tier-not-selected',
      'ACWL-ERR-034 skipped need-not-met',
      'ACWL-ERR-023 passed -',
    ]);
  });

  it('count apart from skipped clauses', () => {
    expect(strictRunReport().totals).toEqual({ passed: 1, failed: 0, skipped: 1, notSelected: 3 });
  });

  it('get one summary line per reason', () => {
    const summary = renderTerminalSummary(strictRunReport(), []);

    expect(summary).toContain(`\nSkipped\n  ACWL-ERR-034: ${restrictedReason}\n`);
    expect(summary).toContain(`\nNot selected\n  2 clauses: ${tierCoreReason}\n  1 clause: ${tierExtendedReason}\n`);
    expect(summary).toContain('  ERR    Error codes                 1 passed, 0 failed, 1 skipped, 1 not selected\n');
    expect(summary).toContain('Total: 1 passed, 0 failed, 1 skipped, 3 not selected in 1.2 s');
    expect(summary).not.toContain('ACWL-VAL-001');
  });

  it('are skipped test cases in JUnit', () => {
    const xml = renderJunitReport(strictRunReport());

    expect(xml).toContain('<testsuites name="alb-conformance" tests="5" failures="0" errors="0" skipped="4"');
    expect(xml).toContain(`<skipped message="${tierCoreReason}"/>`);
  });

  it('are marked in the HTML report', () => {
    const html = renderHtmlReport(strictRunReport());

    expect(html).toContain('<span class="status">NOT SELECTED</span> <code>ACWL-VAL-001</code>');
    expect(html).toContain('<span class="status">SKIPPED</span> <code>ACWL-ERR-034</code>');
    expect(html).toContain('<th>Result</th><td>1 passed, 0 failed, 1 skipped, 3 not selected</td>');
  });
});
