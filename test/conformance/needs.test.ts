import { describe, expect, it } from 'vitest';
import { reasonToSkip } from '../../src/conformance/target/needs.js';
import { fakeTarget } from './helpers/fake-target.js';
import { sampleClause } from './helpers/sample-clause.js';

const baseClause = sampleClause();

describe('reasonToSkip', () => {
  it('runs a clause whose needs are met', () => {
    const clause = { ...baseClause, needs: ['listener.https', 'freeCertificates.3', 'restrictedCredentials'] };

    expect(reasonToSkip(clause, fakeTarget())).toBeUndefined();
  });

  it.each([
    [{ tier: 'extended' as const }, 'tier extended not selected (selected: core, strict; add --tier extended)'],
    [{ status: 'retired' as const, retiredReason: 'replaced by ACWL-ERR-901' }, 'retired: replaced by ACWL-ERR-901'],
    [{ needs: ['costly'] }, 'needs costly: set allowCostly: true in the target configuration'],
    [{ needs: ['destructive'] }, 'needs destructive: set allowDestructive: true in the target configuration'],
    [{ needs: ['freeCertificates.30'] }, 'needs freeCertificates.30: resources.certificates.free lists 29 certificates; list at least 30'],
  ])('skips %o', (change, reason) => {
    expect(reasonToSkip({ ...baseClause, ...change }, fakeTarget())).toBe(reason);
  });

  it('skips a clause that needs a missing listener role', () => {
    const target = fakeTarget({ resources: { listeners: {}, certificates: { free: [] } } });

    expect(reasonToSkip({ ...baseClause, needs: ['listener.quic'] }, target)).toBe(
      'needs listener.quic: set resources.listeners.quic in the target configuration',
    );
  });

  it('skips a clause that needs restricted credentials', () => {
    const target = fakeTarget({ credentials: { default: { accessKeyId: 'a', accessKeySecret: 'b' } } });

    expect(reasonToSkip({ ...baseClause, needs: ['restrictedCredentials'] }, target)).toBe(
      'needs restrictedCredentials: set credentials.restricted in the target configuration',
    );
  });

  it('skips a clause that needs STS credentials', () => {
    expect(reasonToSkip({ ...baseClause, needs: ['stsCredentials'] }, fakeTarget())).toBe(
      'needs stsCredentials: set credentials.sts, an STS AccessKey with its security token, in the target configuration',
    );
  });

  it('skips a clause that needs an in-flight window the target does not declare', () => {
    expect(reasonToSkip({ ...baseClause, needs: ['inFlightWindow'] }, fakeTarget())).toBe(
      'needs inFlightWindow: the target declares no in-flight window for ClientToken requests; set ' +
        'idempotence.inFlightWindowMs in the target configuration if it guarantees one (alb-emulator --accept-latency-ms N gives N)',
    );
  });

  it('runs a clause that needs an in-flight window the target declares', () => {
    const target = fakeTarget({ idempotence: { inFlightWindowMs: 50 } });

    expect(reasonToSkip({ ...baseClause, needs: ['inFlightWindow'] }, target)).toBeUndefined();
  });
});
