import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCoverageMarkdown } from '../../src/conformance/report/coverage-markdown.js';
import { renderHtmlReport } from '../../src/conformance/report/html-report.js';
import { renderJunitReport } from '../../src/conformance/report/junit-report.js';
import { formatProgressLine } from '../../src/conformance/report/progress-line.js';
import { renderTerminalSummary } from '../../src/conformance/report/terminal-summary.js';
import { ReportWriteError, writeReports } from '../../src/conformance/report/write-reports.js';
import { findXmlProblem } from './helpers/check-well-formed-xml.js';
import { hostileText, syntheticRecords, syntheticReport } from './helpers/synthetic-report.js';

describe('JUnit report', () => {
  it('is well-formed XML', () => {
    const xml = renderJunitReport(syntheticReport());

    expect(findXmlProblem(xml)).toBeUndefined();
  });

  it('counts clauses per area', () => {
    const xml = renderJunitReport(syntheticReport());

    expect(xml).toContain('<testsuites name="alb-conformance" tests="4" failures="1" errors="1" skipped="1" time="1.234">');
    expect(xml).toContain('<testsuite name="ERR Error codes" tests="1" failures="1" errors="0" skipped="0" time="0.058">');
    expect(xml).toContain('<skipped message="tier extended not selected (selected: core, strict; add --tier extended)"/>');
    expect(xml).toMatch(/<failure message="Expected error ResourceNotFound.Listener, but received HTTP 400 &lt;script&gt;/);
    expect(xml).toContain('Rerun: npx alb-conformance run --clause ACWL-ERR-001');
  });

  it('detects broken XML in the checker', () => {
    expect(findXmlProblem('<a><b></a></b>')).toBe('</a> closes <b>');
    expect(findXmlProblem('<a>x < y</a>')).toBe('malformed tag: < y</a>');
    expect(findXmlProblem('<a>x & y</a>')).toBe('unescaped text: x & y');
    expect(findXmlProblem('<a>\u0001</a>')).toBe('a control character XML does not allow');
  });
});

describe('HTML report', () => {
  it('escapes injected markup', () => {
    const html = renderHtmlReport(syntheticReport());

    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt;');
  });

  it('needs no external assets', () => {
    const html = renderHtmlReport(syntheticReport());

    expect(html).not.toMatch(/<link|<img|src=|href="(?!#)/);
    expect(html).toContain('<style>');
  });

  it('shows clauses by area with evidence', () => {
    const html = renderHtmlReport(syntheticReport());

    expect(html).toContain('<h2 id="area-ASYNC">ASYNC Status transitions</h2>');
    expect(html).toContain('<details class="clause failed" id="ACWL-ERR-001" open>');
    expect(html).toContain('<details class="clause skipped" id="ACWL-MODEL-001">');
    expect(html).toContain('<summary>Requests and responses (3 calls)</summary>');
    expect(html).toContain('Skipped because');
    expect(html.indexOf('area-VAL')).toBeLessThan(html.indexOf('area-ERR'));
  });
});

describe('coverage', () => {
  it('counts clause calls and lists what was not exercised', () => {
    const coverage = syntheticReport().coverage;

    const associate = coverage.operations.find((operation) => operation.action === 'AssociateAdditionalCertificatesWithListener');
    const dissociate = coverage.operations.find((operation) => operation.action === 'DissociateAdditionalCertificatesFromListener');
    expect(associate?.calls).toBe(3);
    expect(associate?.parameters.find((item) => item.name === 'Certificates.N.CertificateId')?.count).toBe(3);
    expect(associate?.parameters.find((item) => item.name === 'Certificates')?.count).toBe(3);
    expect(associate?.parameters.find((item) => item.name === 'DryRun')?.count).toBe(0);
    expect(dissociate?.calls).toBe(0);
  });

  it('matches gateway code templates', () => {
    const coverage = syntheticReport().coverage;

    expect(coverage.gatewayErrorCodes.find((item) => item.name === 'Missing%s')?.count).toBe(1);
    expect(coverage.unlistedErrorCodes).toEqual([{ name: 'Teapot.Unlisted', count: 1 }]);
  });

  it('counts transitions of passed clauses', () => {
    const coverage = syntheticReport().coverage;

    expect(coverage.transitions.find((item) => item.name === 'certificate: Associating -> Associated')?.count).toBe(1);
    expect(coverage.transitions.find((item) => item.name === 'job: Processing -> Failed')?.count).toBe(0);
  });

  it('renders a Markdown table', () => {
    const markdown = renderCoverageMarkdown(syntheticReport().coverage);

    expect(markdown).toContain('| DissociateAdditionalCertificatesFromListener | not exercised | 0/5 |');
    expect(markdown).toContain('| `Missing%s` | 1 |');
  });
});

describe('terminal output', () => {
  it('prints a progress line per clause', () => {
    const [passed, failed] = syntheticRecords();
    const skipped = syntheticRecords()[3];

    expect(formatProgressLine(passed!)).toBe('PASS ACWL-ASYNC-001   702 ms');
    expect(formatProgressLine(failed!)).toBe('FAIL ACWL-ERR-001     58 ms');
    expect(formatProgressLine(skipped!)).toBe('SKIP ACWL-MODEL-001   skipped: tier extended not selected (selected: core, strict; add --tier extended)');
  });

  it('summarises areas, skips and failures', () => {
    const summary = renderTerminalSummary(syntheticReport(), ['reports/report.json']);

    expect(summary).toContain('  ASYNC  Status transitions          1 passed, 0 failed, 0 skipped');
    expect(summary).toContain('  ACWL-MODEL-001: tier extended not selected');
    expect(summary).toContain('FAIL ACWL-ERR-001 Unknown listener returns 404');
    expect(summary).toContain('  Expected:\n    {\n      "code": "ResourceNotFound.Listener",\n      "status": 404\n    }');
    expect(summary).toContain('  Last request (AssociateAdditionalCertificatesWithListener):');
    expect(summary).toContain('  Response: HTTP 400');
    expect(summary).toContain('  Rerun: npx alb-conformance run --clause ACWL-ERR-001');
    expect(summary).toContain('suites/broken.test.ts: Clause ACWL-ERR-999 is not in suites/registry/clauses.yaml');
    expect(summary).toContain('Total: 2 passed, 1 failed, 1 skipped, 1 run errors in 1.2 s');
  });
});

describe('writeReports', () => {
  it('writes every report without the secrets', () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-conformance-reports-'));
    const report = syntheticReport();
    const secret = 'super-secret-access-key';
    const withSecret = { ...report, clauses: report.clauses.map((clause) => ({ ...clause, evidence: { ...clause.evidence, notes: [`leaked ${secret}`] } })) };

    const files = writeReports(withSecret, directory, [secret]);

    expect(files.map((file) => file.slice(directory.length + 1))).toEqual(['report.json', 'junit.xml', 'report.html', 'coverage.md']);
    for (const file of files) {
      expect(readFileSync(file, 'utf8')).not.toContain(secret);
    }
    const json = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as { clauses: Array<{ id: string; status: string }> };
    expect(json.clauses.map((clause) => `${clause.id} ${clause.status}`)).toEqual([
      'ACWL-VAL-001 passed',
      'ACWL-ERR-001 failed',
      'ACWL-ASYNC-001 passed',
      'ACWL-MODEL-001 skipped',
    ]);
    expect(hostileText).toContain('<script>');
  });

  it('names a report path it cannot write and writes the others', () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-conformance-reports-'));
    mkdirSync(join(directory, 'junit.xml'));

    let error: unknown;
    try {
      writeReports(syntheticReport(), directory, []);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as Error).message).toContain(`${join(directory, 'junit.xml')}: EISDIR`);
    expect((error as ReportWriteError).written).toEqual(['report.json', 'report.html', 'coverage.md'].map((name) => join(directory, name)));
    expect(existsSync(join(directory, 'coverage.md'))).toBe(true);
  });
});
