import type { RecordedCall } from '../../../src/conformance/clause/clause-evidence.js';
import { computeCoverage } from '../../../src/conformance/coverage/compute-coverage.js';
import { specCoverageCatalogue } from '../../../src/conformance/coverage/spec-catalogue.js';
import type { ClauseRecord, RunReport } from '../../../src/conformance/report/clause-record.js';
import { countOutcomes } from '../../../src/conformance/report/outcome-counts.js';

/** A hostile string: markup, an entity, quotes and a control character. */
export const hostileText = `<script>alert("x & 'y'")</script>\u0001`;

function call(action: string, parameters: string[], status: number, code?: string, phase: 'clause' | 'cleanup' = 'clause'): RecordedCall {
  return {
    phase,
    action,
    parameters,
    status,
    ...(code === undefined ? {} : { code }),
    schemaViolations: [],
    exchange: {
      request: { method: 'POST', url: `http://127.0.0.1:9/?ListenerId=${encodeURIComponent(hostileText)}`, headers: { 'x-acs-action': action }, body: '' },
      response: { status, headers: {}, body: JSON.stringify({ Code: code, Message: hostileText }) },
      durationMs: 2,
    },
  };
}

function record(overrides: Partial<ClauseRecord> & Pick<ClauseRecord, 'id' | 'area' | 'status'>): ClauseRecord {
  return {
    requirement: `Requirement of ${overrides.id}.`,
    tier: 'core',
    operations: ['AssociateAdditionalCertificatesWithListener'],
    transitions: [],
    source: { kind: 'documentation', reference: 'ALB API metadata' },
    file: 'suites/sample.test.ts',
    errors: [],
    evidence: { clauseId: overrides.id, calls: [], failures: [], waits: [], notes: [], cleanupErrors: [] },
    rerunCommand: `npx alb-conformance run --clause ${overrides.id}`,
    ...overrides,
  };
}

/** Builds four clause records (passed, failed, skipped) with hostile text where users could inject it. */
export function syntheticRecords(): ClauseRecord[] {
  const failure = { message: `Expected error ResourceNotFound.Listener, but received HTTP 400 ${hostileText}`, expected: { code: 'ResourceNotFound.Listener', status: 404 }, received: { code: 'InvalidParameter', status: 400, message: hostileText } };
  return [
    record({
      id: 'ACWL-ASYNC-001',
      area: 'ASYNC',
      status: 'passed',
      durationMs: 702,
      transitions: ['certificate: (absent) -> Associating', 'certificate: Associating -> Associated'],
      evidence: {
        clauseId: 'ACWL-ASYNC-001',
        calls: [
          call('AssociateAdditionalCertificatesWithListener', ['ListenerId', 'Certificates.N.CertificateId'], 200),
          call('ListListenerCertificates', ['ListenerId', 'MaxResults'], 200),
          call('DissociateAdditionalCertificatesFromListener', ['ListenerId', 'Certificates.N.CertificateId'], 200, undefined, 'cleanup'),
        ],
        failures: [],
        waits: [{ describe: 'certificate c to be Associated', observations: ['"Associating"', '"Associated"'], outcome: 'reached', elapsedMs: 300 }],
        notes: ['fast-check seed 42'],
        cleanupErrors: [],
      },
    }),
    record({
      id: 'ACWL-ERR-001',
      area: 'ERR',
      status: 'failed',
      durationMs: 58,
      requirement: `Unknown listener returns 404 ${hostileText}.`,
      failure,
      errors: [failure.message],
      evidence: {
        clauseId: 'ACWL-ERR-001',
        calls: [call('AssociateAdditionalCertificatesWithListener', ['ListenerId', 'Certificates.N.CertificateId'], 400, 'InvalidParameter')],
        failures: [failure],
        waits: [],
        notes: [],
        cleanupErrors: [],
      },
    }),
    record({
      id: 'ACWL-VAL-001',
      area: 'VAL',
      status: 'passed',
      durationMs: 40,
      evidence: {
        clauseId: 'ACWL-VAL-001',
        calls: [call('AssociateAdditionalCertificatesWithListener', ['Certificates.N.CertificateId'], 400, 'MissingListenerId'), call('GetListenerAttribute', ['ListenerId'], 418, 'Teapot.Unlisted')],
        failures: [],
        waits: [],
        notes: [],
        cleanupErrors: [],
      },
    }),
    record({ id: 'ACWL-MODEL-001', area: 'MODEL', status: 'skipped', tier: 'extended', skipReason: 'tier extended not selected (selected: core, strict; add --tier extended)' }),
  ];
}

/** Builds a whole run report around the synthetic records. */
export function syntheticReport(): RunReport {
  const clauses = syntheticRecords();
  return {
    tool: { name: 'alb-conformance', version: '0.1.0' },
    target: 'endpoint http://127.0.0.1:9 (region cn-hangzhou)',
    tiers: ['core', 'strict'],
    startedAt: '2026-12-04T20:00:00.000Z',
    durationMs: 1234,
    totals: countOutcomes(clauses),
    clauses,
    runErrors: [{ file: 'suites/broken.test.ts', message: `Clause ACWL-ERR-999 is not in suites/registry/clauses.yaml ${hostileText}` }],
    coverage: computeCoverage(clauses, specCoverageCatalogue()),
  };
}
