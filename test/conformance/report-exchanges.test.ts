import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCase } from 'vitest/node';
import type { ClauseEvidence, RecordedCall } from '../../src/conformance/clause/clause-evidence.js';
import { computeCoverage } from '../../src/conformance/coverage/compute-coverage.js';
import { specCoverageCatalogue } from '../../src/conformance/coverage/spec-catalogue.js';
import type { ClauseRecord, RunReport } from '../../src/conformance/report/clause-record.js';
import { ConformanceReporter } from '../../src/conformance/report/conformance-reporter.js';
import { limitExchanges, reportExchangeLimits } from '../../src/conformance/report/exchange-limits.js';
import { renderHtmlReport } from '../../src/conformance/report/html-report.js';
import { countOutcomes } from '../../src/conformance/report/outcome-counts.js';
import { renderTerminalSummary } from '../../src/conformance/report/terminal-summary.js';
import { writeReports } from '../../src/conformance/report/write-reports.js';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import { startEmulator } from '../../src/emulator/index.js';
import { syntheticRecords, syntheticReport } from './helpers/synthetic-report.js';
import { runConformance } from './support/run-conformance-command.js';

const runExecFile = promisify(execFile);
const recordScript = fileURLToPath(new URL('./support/record-clause-exchanges.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds `count` calls: polls of the clause body, then `cleanupCalls` calls of its cleanup, each with an exchange. */
function manyCalls(count: number, cleanupCalls = 0): RecordedCall[] {
  return Array.from({ length: count }, (_, index): RecordedCall => {
    const phase = index >= count - cleanupCalls ? 'cleanup' : 'clause';
    return {
      phase,
      action: index === 0 ? 'AssociateAdditionalCertificatesWithListener' : 'ListAsynJobs',
      parameters: index === 0 ? ['ListenerId', 'Certificates.N.CertificateId'] : ['JobIds.N'],
      status: 200,
      requestId: `request-${index + 1}`,
      schemaViolations: [],
      exchange: {
        request: { method: 'POST', url: `http://127.0.0.1:9/?call=${index + 1}`, headers: {}, body: '' },
        response: { status: 200, headers: {}, body: `{"call":${index + 1}}` },
        durationMs: 1,
      },
    };
  });
}

function evidenceWith(calls: RecordedCall[]): ClauseEvidence {
  return { clauseId: 'ACWL-ASYNC-900', calls, failures: [], waits: [], notes: [], cleanupErrors: [] };
}

/** Returns the 1-based numbers of the calls that kept their exchange. */
function numbersWithExchange(evidence: ClauseEvidence): number[] {
  return evidence.calls.flatMap((call, index) => (call.exchange === undefined ? [] : [index + 1]));
}

describe('limitExchanges', () => {
  it('keeps the first 20 and last 10 of a failed clause', () => {
    const limited = limitExchanges(evidenceWith(manyCalls(146)), 'failed', reportExchangeLimits);

    expect(numbersWithExchange(limited)).toEqual([...range(1, 20), ...range(137, 146)]);
    expect(limited.omittedExchanges).toBe(116);
    expect(limited.calls).toHaveLength(146);
    expect(limited.calls[60]).toEqual({ phase: 'clause', action: 'ListAsynJobs', parameters: ['JobIds.N'], status: 200, requestId: 'request-61', schemaViolations: [] });
  });

  it('keeps the last body call before many cleanup calls', () => {
    const limited = limitExchanges(evidenceWith(manyCalls(60, 25)), 'failed', reportExchangeLimits);

    expect(numbersWithExchange(limited)).toEqual([...range(1, 20), 35, ...range(51, 60)]);
  });

  it('keeps the first and last body call of a passed clause', () => {
    const limited = limitExchanges(evidenceWith(manyCalls(40, 3)), 'passed', reportExchangeLimits);

    expect(numbersWithExchange(limited)).toEqual([1, 37]);
    expect(limited.omittedExchanges).toBe(38);
  });

  it('leaves a short clause unchanged', () => {
    const evidence = evidenceWith(manyCalls(30));

    expect(limitExchanges(evidence, 'failed', reportExchangeLimits)).toBe(evidence);
  });

  it('keeps what coverage counts', () => {
    const [record] = syntheticRecords() as [ClauseRecord];
    const full = { ...record, evidence: evidenceWith(manyCalls(146)) };
    const limited = { ...full, evidence: limitExchanges(full.evidence, 'passed', reportExchangeLimits) };

    expect(computeCoverage([limited], specCoverageCatalogue())).toEqual(computeCoverage([full], specCoverageCatalogue()));
  });
});

describe('reporter exchange limits', () => {
  function finishedTest(calls: RecordedCall[]): TestCase {
    return {
      id: 'test-1',
      name: 'ACWL-ASYNC-001 requirement',
      result: () => ({ state: 'passed', errors: [] }),
      meta: () => ({ conformance: { ...evidenceWith(calls), clauseId: 'ACWL-ASYNC-001' } }),
      diagnostic: () => ({ duration: 5 }),
      module: { relativeModuleId: 'suites/async/associate-transitions.test.ts' },
      options: { mode: 'run' },
    } as unknown as TestCase;
  }

  function reporterWith(limited: boolean): ConformanceReporter {
    return new ConformanceReporter({
      registry: loadClauseRegistry(),
      rerunCommandFor: () => '',
      write: () => undefined,
      ...(limited ? { exchangeLimits: reportExchangeLimits } : {}),
    });
  }

  it('applies the limits it is given', () => {
    const reporter = reporterWith(true);

    reporter.onTestCaseResult(finishedTest(manyCalls(50)));

    expect(reporter.records[0]?.evidence.omittedExchanges).toBe(48);
  });

  it('keeps every exchange without limits', () => {
    const reporter = reporterWith(false);

    reporter.onTestCaseResult(finishedTest(manyCalls(50)));

    expect(numbersWithExchange(reporter.records[0]?.evidence ?? evidenceWith([]))).toHaveLength(50);
    expect(reporter.records[0]?.evidence.omittedExchanges).toBeUndefined();
  });
});

/** Builds a report with one failed clause of 146 calls whose exchanges the limits cut. */
function reportWithLongFailure(): RunReport {
  const [asyncPassed, errFailed, valPassed] = syntheticRecords() as [ClauseRecord, ClauseRecord, ClauseRecord];
  const longFailure = { ...errFailed, id: 'ACWL-ERR-009', evidence: limitExchanges(evidenceWith(manyCalls(146)), 'failed', reportExchangeLimits) };
  const clauses = [asyncPassed, errFailed, valPassed, longFailure];
  return { ...syntheticReport(), clauses, totals: countOutcomes(clauses) };
}

describe('HTML report size and navigation', () => {
  it('lists failed clauses first', () => {
    const html = renderHtmlReport(reportWithLongFailure());

    expect(html).toContain('<h2 id="failed-clauses">Failed clauses (2)</h2>');
    expect(html).toContain('<li><a href="#ACWL-ERR-001"><code>ACWL-ERR-001</code></a> Expected error ResourceNotFound.Listener, but received HTTP 400 &lt;script&gt;');
    expect(html).toContain('<li><a href="#ACWL-ERR-009"><code>ACWL-ERR-009</code></a>');
    expect(html.indexOf('id="failed-clauses"')).toBeLessThan(html.indexOf('<h2>Summary by area</h2>'));
  });

  it('says when no clause failed', () => {
    const report = syntheticReport();
    const passing = report.clauses.filter((clause) => clause.status !== 'failed');

    const html = renderHtmlReport({ ...report, clauses: passing, totals: countOutcomes(passing) });

    expect(html).toContain('<h2 id="failed-clauses">Failed clauses</h2>\n<p>None.</p>');
  });

  it('collapses omitted exchanges', () => {
    const html = renderHtmlReport(reportWithLongFailure());

    expect(html).toContain('<summary>Requests and responses (146 calls, 116 exchanges omitted)</summary>');
    expect(html).toContain('<summary>Calls 21 to 136: 116 exchanges omitted (action, status and code kept)</summary>');
    expect(html).toContain('21. [clause] ListAsynJobs: HTTP 200\n22. [clause] ListAsynJobs: HTTP 200');
    expect(html).toContain('<summary>137. [clause] ListAsynJobs: HTTP 200</summary>');
    expect(html).toContain('{"call":137}');
    expect(html).not.toContain('{"call":136}');
  });

  it('shows the last request in the terminal', () => {
    const summary = renderTerminalSummary(reportWithLongFailure(), []);

    expect(summary).toContain('  Last request (ListAsynJobs):\n    POST http://127.0.0.1:9/?call=146');
  });

  it('writes report.json without indentation', () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-conformance-compact-'));

    writeReports(reportWithLongFailure(), directory, []);

    const text = readFileSync(join(directory, 'report.json'), 'utf8');
    expect(text.split('\n')).toEqual([expect.stringMatching(/^\{"tool":/), '']);
    const json = JSON.parse(text) as { clauses: Array<{ id: string; evidence: ClauseEvidence }> };
    expect(json.clauses.find((clause) => clause.id === 'ACWL-ERR-009')?.evidence.omittedExchanges).toBe(116);
  });
});

describe('exchanges of a real run', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;

  beforeAll(async () => {
    emulator = await startEmulator();
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('are limited in the run reports', async () => {
    const run = await runConformance(['--endpoint', emulator.url, '--clause', 'ACWL-PROP-013']);

    const [clause] = run.clauses as unknown as Array<{ id: string; status: string; evidence: ClauseEvidence }>;
    expect(run.status).toBe(0);
    expect(clause?.evidence.calls.length).toBeGreaterThan(30);
    expect(numbersWithExchange(clause?.evidence ?? evidenceWith([]))).toHaveLength(2);
    expect(clause?.evidence.omittedExchanges).toBe((clause?.evidence.calls.length ?? 0) - 2);
  }, 120_000);

  it('are all kept for fixtures', async () => {
    const { stdout } = await runExecFile(process.execPath, ['--import', 'tsx', recordScript, emulator.url, 'ACWL-PROP-013'], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir() },
      maxBuffer: 16 * 1024 * 1024,
    });

    const [counts] = JSON.parse(stdout) as Array<{ id: string; calls: number; exchanges: number }>;
    expect(counts?.id).toBe('ACWL-PROP-013');
    expect(counts?.calls).toBeGreaterThan(30);
    expect(counts?.exchanges).toBe(counts?.calls);
  }, 120_000);
});

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
