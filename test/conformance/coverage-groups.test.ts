import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/conformance/clause/clause-evidence.js';
import { computeCoverage } from '../../src/conformance/coverage/compute-coverage.js';
import type { CoverageCatalogue, CoverageReport } from '../../src/conformance/coverage/coverage-types.js';
import { specCoverageCatalogue } from '../../src/conformance/coverage/spec-catalogue.js';
import type { ClauseRecord } from '../../src/conformance/report/clause-record.js';
import { renderCoverageHtml } from '../../src/conformance/report/coverage-html.js';
import { renderCoverageMarkdown, summariseCoverage } from '../../src/conformance/report/coverage-markdown.js';
import { renderTerminalSummary } from '../../src/conformance/report/terminal-summary.js';
import { syntheticRecords, syntheticReport } from './helpers/synthetic-report.js';

/** A small catalogue: two certificate operations, one listener set-up operation. */
const catalogue: CoverageCatalogue = {
  operations: [
    {
      action: 'AssociateAdditionalCertificatesWithListener',
      parameters: [{ name: 'ListenerId' }, { name: 'Certificates' }, { name: 'DryRun' }],
      errors: [{ code: 'ResourceNotFound.Listener' }],
    },
    { action: 'ListAsynJobs', parameters: [{ name: 'JobIds' }], errors: [] },
    {
      action: 'CreateListener',
      parameters: [{ name: 'LoadBalancerId' }, { name: 'ListenerPort' }, { name: 'ListenerProtocol' }],
      errors: [{ code: 'QuotaExceeded.ListenersNum' }],
    },
  ],
  gatewayErrorCodes: ['Missing%s', 'Throttling'],
  transitions: ['certificate: Associating -> Associated'],
};

function call(action: string, parameters: string[], status: number, code?: string): RecordedCall {
  return { phase: 'clause', action, parameters, status, ...(code === undefined ? {} : { code }), schemaViolations: [] };
}

function coverageOfSampleRun(): CoverageReport {
  const [record] = syntheticRecords() as [ClauseRecord];
  const calls = [
    call('AssociateAdditionalCertificatesWithListener', ['ListenerId', 'Certificates.N.CertificateId'], 200),
    call('AssociateAdditionalCertificatesWithListener', ['ListenerId', 'Certificates.N.CertificateId'], 404, 'ResourceNotFound.Listener'),
    call('CreateListener', ['LoadBalancerId'], 200),
  ];
  return computeCoverage([{ ...record, evidence: { ...record.evidence, calls } }], catalogue);
}

describe('coverage by operation group', () => {
  it('groups the spec operations', () => {
    const coverage = syntheticReport().coverage;

    const groups = Object.fromEntries(coverage.operations.map((operation) => [operation.action, operation.group]));
    expect(groups).toEqual({
      AssociateAdditionalCertificatesWithListener: 'certificate',
      DissociateAdditionalCertificatesFromListener: 'certificate',
      ListListenerCertificates: 'certificate',
      GetListenerAttribute: 'certificate',
      ListAsynJobs: 'certificate',
      CreateListener: 'listener-setup',
      UpdateListenerAttribute: 'listener-setup',
      DeleteListener: 'listener-setup',
    });
    expect(specCoverageCatalogue().operations).toHaveLength(8);
  });

  it('summarises the certificate operations', () => {
    expect(summariseCoverage(coverageOfSampleRun(), 'certificate')).toBe('1/2 operations, 2/4 parameters, 1/3 error codes, 1/1 transitions');
  });

  it('summarises the listener set-up apart', () => {
    expect(summariseCoverage(coverageOfSampleRun(), 'listener-setup')).toBe('1/1 operations, 1/3 parameters, 0/1 error codes');
  });

  it('prints both lines in the terminal', () => {
    const summary = renderTerminalSummary({ ...syntheticReport(), coverage: coverageOfSampleRun() }, []);

    expect(summary).toContain('\nCoverage of the certificate operations: 1/2 operations, 2/4 parameters, 1/3 error codes, 1/1 transitions\n');
    expect(summary).toContain('\nCoverage of the listener set-up operations: 1/1 operations, 1/3 parameters, 0/1 error codes\n');
  });

  it('puts the set-up operations last in the reports', () => {
    const markdown = renderCoverageMarkdown(coverageOfSampleRun());
    const html = renderCoverageHtml(coverageOfSampleRun());

    expect(markdown).toContain('Certificate operations: 1/2 operations, 2/4 parameters, 1/3 error codes, 1/1 transitions.');
    expect(markdown.indexOf('## Certificate operations')).toBeLessThan(markdown.indexOf('## Status transitions'));
    expect(markdown.indexOf('## Status transitions')).toBeLessThan(markdown.indexOf('## Listener set-up operations'));
    expect(markdown.indexOf('## Listener set-up operations')).toBeLessThan(markdown.indexOf('### CreateListener'));
    expect(html.indexOf('<h3>Certificate operations</h3>')).toBeLessThan(html.indexOf('<h3>Listener set-up operations</h3>'));
    expect(html).toContain('<p>1/1 operations, 1/3 parameters, 0/1 error codes</p>');
  });
});
