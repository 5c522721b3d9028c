import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClauseRecord, RunReport } from '../../src/conformance/report/clause-record.js';
import { compareClauseIds } from '../../src/conformance/report/clause-order.js';
import { renderHtmlReport } from '../../src/conformance/report/html-report.js';
import { renderJunitReport } from '../../src/conformance/report/junit-report.js';
import { renderTerminalSummary } from '../../src/conformance/report/terminal-summary.js';
import { writeReports } from '../../src/conformance/report/write-reports.js';
import { syntheticRecords, syntheticReport } from './helpers/synthetic-report.js';

/** Builds the synthetic report with more clauses, in the order a run might finish them: by file, not by id. */
function reportInRunOrder(): RunReport {
  const [asyncPassed, errFailed, valPassed, modelSkipped] = syntheticRecords() as [ClauseRecord, ClauseRecord, ClauseRecord, ClauseRecord];
  const clauses = [
    { ...errFailed, id: 'ACWL-ERR-003', rerunCommand: 'npx alb-conformance run --clause ACWL-ERR-003' },
    modelSkipped,
    { ...valPassed, id: 'ACWL-VAL-010' },
    errFailed,
    asyncPassed,
    valPassed,
  ];
  return { ...syntheticReport(), clauses };
}

/** Returns the clause ids in the order they first appear in `text`. */
function idsInOrder(text: string): string[] {
  const ids = text.match(/ACWL-[A-Z]+-\d{3}/g) ?? [];
  return [...new Set(ids)];
}

const areaAndIdOrder = ['ACWL-VAL-001', 'ACWL-VAL-010', 'ACWL-ERR-001', 'ACWL-ERR-003', 'ACWL-ASYNC-001', 'ACWL-MODEL-001'];

describe('clause order in reports', () => {
  it('compares by area, then id', () => {
    expect(compareClauseIds('ACWL-VAL-019', 'ACWL-ERR-001')).toBeLessThan(0);
    expect(compareClauseIds('ACWL-ERR-003', 'ACWL-ERR-001')).toBeGreaterThan(0);
    expect(compareClauseIds('ACWL-MODEL-001', 'ACWL-PROP-015')).toBeGreaterThan(0);
    expect(compareClauseIds('some other test', 'ACWL-MODEL-001')).toBeGreaterThan(0);
    expect(compareClauseIds('ACWL-IDEM-002', 'ACWL-IDEM-002')).toBe(0);
  });

  it('orders the terminal summary', () => {
    const summary = renderTerminalSummary(reportInRunOrder(), []);

    expect(summary).toContain('  ERR    Error codes                 0 passed, 2 failed, 0 skipped (failed: ACWL-ERR-001, ACWL-ERR-003)');
    expect(summary.indexOf('FAIL ACWL-ERR-001')).toBeLessThan(summary.indexOf('FAIL ACWL-ERR-003'));
    expect(summary.indexOf('  VAL ')).toBeLessThan(summary.indexOf('  ERR '));
  });

  it('orders the HTML and JUnit reports', () => {
    const report = reportInRunOrder();

    const htmlClauses = renderHtmlReport(report).match(/<details class="clause [a-z]+" id="[^"]+"/g) ?? [];
    expect(idsInOrder(htmlClauses.join('\n'))).toEqual(areaAndIdOrder);
    const testCases = renderJunitReport(report).match(/<testcase name="ACWL-[A-Z]+-\d{3}/g) ?? [];
    expect(idsInOrder(testCases.join('\n'))).toEqual(areaAndIdOrder);
  });

  it('orders report.json', () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-conformance-order-'));

    writeReports(reportInRunOrder(), directory, []);

    const json = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as { clauses: Array<{ id: string }> };
    expect(json.clauses.map((clause) => clause.id)).toEqual(areaAndIdOrder);
  });
});
