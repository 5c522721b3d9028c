import { describe, expect, it } from 'vitest';

import {
  associate,
  certificate,
  createHarness,
  defaultCertificateId,
  defaultSeed,
  expectApiError,
  httpsListenerId,
  restrictedAccessKeyId,
  type Harness,
} from './core-harness.js';

const action = 'ListListenerCertificates';

/** Associates certificates 1..count with the HTTPS listener and waits for the job. */
async function harnessWithCertificates(count: number): Promise<Harness> {
  const harness = createHarness();
  await associate(harness, httpsListenerId, Array.from({ length: count }, (_, index) => certificate(index + 1)));
  harness.clock.advance(5000);
  return harness;
}

function ids(body: Record<string, unknown>): string[] {
  return (body.Certificates as { CertificateId: string }[]).map((item) => item.CertificateId);
}

describe('ListListenerCertificates', () => {
  it('lists the default certificate first', async () => {
    const harness = createHarness();

    const body = await harness.call(action, { ListenerId: httpsListenerId });

    expect(body).toEqual({
      RequestId: expect.stringMatching(/^REQUEST-/),
      Certificates: [
        { CertificateId: defaultCertificateId, CertificateType: 'Server', IsDefault: true, Status: 'Associated' },
        { CertificateId: certificate(30), CertificateType: 'Server', IsDefault: false, Status: 'Associated' },
      ],
      MaxResults: 20,
      TotalCount: 2,
    });
  });

  it('pages through 26 certificates', async () => {
    const harness = await harnessWithCertificates(24);

    const first = await harness.call(action, { ListenerId: httpsListenerId });
    const second = await harness.call(action, { ListenerId: httpsListenerId, NextToken: first.NextToken });

    expect(first.TotalCount).toBe(26);
    expect(ids(first)).toHaveLength(20);
    expect(ids(first)[0]).toBe(defaultCertificateId);
    expect(typeof first.NextToken).toBe('string');
    expect(ids(second)).toEqual([certificate(19), certificate(20), certificate(21), certificate(22), certificate(23), certificate(24)]);
    expect(second.NextToken).toBeUndefined();
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(26);
  });

  it('honours MaxResults', async () => {
    const harness = await harnessWithCertificates(3);

    const body = await harness.call(action, { ListenerId: httpsListenerId, MaxResults: 2 });

    expect(ids(body)).toEqual([defaultCertificateId, certificate(30)]);
    expect(body.MaxResults).toBe(2);
    expect(body.TotalCount).toBe(5);
  });

  it('filters by CertificateIds', async () => {
    const harness = await harnessWithCertificates(3);

    const body = await harness.call(action, { ListenerId: httpsListenerId, CertificateIds: [certificate(2), 'unknown-cert'] });

    expect(ids(body)).toEqual([certificate(2)]);
    expect(body.TotalCount).toBe(1);
  });

  it('filters by CertificateType', async () => {
    const seed = defaultSeed();
    const listener = seed.listeners.find((item) => item.listenerId === httpsListenerId);
    if (listener === undefined) {
      throw new Error(`the default seed lacks ${httpsListenerId}`);
    }
    listener.caCertificateIds = ['29000001-cn-hangzhou'];
    const harness = createHarness({ seed });

    const ca = await harness.call(action, { ListenerId: httpsListenerId, CertificateType: 'Ca' });
    const server = await harness.call(action, { ListenerId: httpsListenerId, CertificateType: 'Server' });

    expect(ca.Certificates).toEqual([
      { CertificateId: '29000001-cn-hangzhou', CertificateType: 'Ca', IsDefault: true, Status: 'Associated' },
    ]);
    expect(ids(server)).toEqual([defaultCertificateId, certificate(30)]);
  });

  it('token of another listener is InvalidParameter', async () => {
    const harness = await harnessWithCertificates(24);
    const first = await harness.call(action, { ListenerId: httpsListenerId });

    await expectApiError(
      harness.call(action, { ListenerId: 'lsn-quic-standard-01', NextToken: first.NextToken }),
      'InvalidParameter',
      400,
      'The specified parameter NextToken is not valid: unknown token.',
    );
  });

  it('forged token is InvalidParameter', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: httpsListenerId, NextToken: 'not-a-token' }),
      'InvalidParameter',
      400,
      'The specified parameter NextToken is not valid: unknown token.',
    );
  });

  it('token of another emulator is InvalidParameter', async () => {
    const issuer = await harnessWithCertificates(24);
    const first = await issuer.call(action, { ListenerId: httpsListenerId });
    const other = await harnessWithCertificates(24);

    await expectApiError(
      other.call(action, { ListenerId: httpsListenerId, NextToken: first.NextToken }),
      'InvalidParameter',
      400,
      'The specified parameter NextToken is not valid: unknown token.',
    );
  });

  it('HTTP listener is OperationDenied.HttpListenerNotSupport', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: 'lsn-http-standard-01' }),
      'OperationDenied.HttpListenerNotSupport',
      400,
      'The operation is not allowed because of HttpListenerNotSupport.',
    );
  });

  it('unknown listener is ResourceNotFound.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: 'lsn-missing' }),
      'ResourceNotFound.Listener',
      404,
      'The specified resource lsn-missing is not found.',
    );
  });

  it('denied access key is Forbidden.LoadBalancer', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: httpsListenerId }, restrictedAccessKeyId),
      'Forbidden.LoadBalancer',
      403,
      'Authentication has failed for LoadBalancer.',
    );
  });
});
