import { describe, expect, it } from 'vitest';

import {
  associate,
  certificate,
  createHarness,
  defaultCertificateId,
  expectApiError,
  httpsListenerId,
  jobStatus,
  listenerStatus,
  otherAccessKeyId,
  restrictedAccessKeyId,
} from './core-harness.js';

const forwardGroup = [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-test' }] } }];

/** Builds a valid CreateListener request for an HTTPS listener on port 10443 of alb-standard-01, with overrides. */
function createListenerRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    LoadBalancerId: 'alb-standard-01',
    ListenerProtocol: 'HTTPS',
    ListenerPort: 10443,
    Certificates: [{ CertificateId: certificate(3) }],
    DefaultActions: forwardGroup,
    ...overrides,
  };
}

describe('GetListenerAttribute', () => {
  it('returns every field with defaults', async () => {
    const harness = createHarness();

    const body = await harness.call('GetListenerAttribute', { ListenerId: httpsListenerId });

    expect(body).toMatchObject({
      AclConfig: { AclRelations: [] },
      CaCertificates: [],
      CaEnabled: false,
      Certificates: [{ CertificateId: defaultCertificateId }],
      DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-emulator-default' }] } }],
      GzipEnabled: true,
      Http2Enabled: true,
      IdleTimeout: 15,
      ListenerId: httpsListenerId,
      ListenerPort: 443,
      ListenerProtocol: 'HTTPS',
      ListenerStatus: 'Running',
      LoadBalancerId: 'alb-standard-01',
      RequestTimeout: 60,
      SecurityPolicyId: 'tls_cipher_policy_1_0',
      Tags: [],
    });
    expect(body.XForwardedForConfig).toMatchObject({ XForwardedForEnabled: true });
  });

  it('listener without default has no Certificates', async () => {
    const harness = createHarness();

    const body = await harness.call('GetListenerAttribute', { ListenerId: 'lsn-https-nodefault-01' });

    expect(body.Certificates).toEqual([]);
  });

  it('denied access key names the load balancer', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('GetListenerAttribute', { ListenerId: httpsListenerId }, restrictedAccessKeyId),
      'Forbidden.LoadBalancer',
      403,
      'Authentication is failed for alb-standard-01.',
    );
  });
});

describe('CreateListener', () => {
  it('goes from Provisioning to Running', async () => {
    const harness = createHarness();

    const body = await harness.call('CreateListener', createListenerRequest({ IdleTimeout: 30 }));
    const listenerId = body.ListenerId as string;

    expect(listenerId).toMatch(/^lsn-[0-9a-z]{20}$/);
    expect(await listenerStatus(harness, listenerId)).toBe('Provisioning');
    await expectApiError(
      associate(harness, listenerId, [certificate(4)]),
      'IncorrectStatus.Listener',
      400,
      `The status of ${listenerId} [Provisioning] is incorrect.`,
    );
    harness.clock.advance(5000);
    const attributes = await harness.call('GetListenerAttribute', { ListenerId: listenerId });
    expect(attributes.ListenerStatus).toBe('Running');
    expect(attributes.IdleTimeout).toBe(30);
    expect(attributes.Certificates).toEqual([{ CertificateId: certificate(3) }]);
    const job = await jobStatus(harness, body.JobId as string);
    expect(job).toMatchObject({ ApiName: 'CreateListener', OperateType: 'Create', ResourceId: listenerId, Status: 'Succeeded' });
  });

  it('port in use is ResourceAlreadyExist.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('CreateListener', createListenerRequest({ ListenerProtocol: 'HTTP', ListenerPort: 443 })),
      'ResourceAlreadyExist.Listener',
      400,
      'The specified resource alb-standard-01:443 already exists.',
    );
  });

  it('QUIC may share a port with HTTPS', async () => {
    const harness = createHarness();

    const body = await harness.call(
      'CreateListener',
      createListenerRequest({ LoadBalancerId: 'alb-basic-01', ListenerProtocol: 'QUIC', ListenerPort: 443 }),
    );

    expect(body.ListenerId).toMatch(/^lsn-/);
  });

  it('HTTPS without certificate is InvalidParameter', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('CreateListener', createListenerRequest({ Certificates: undefined })),
      'InvalidParameter',
      400,
      'The specified parameter Certificates is not valid: an HTTPS listener needs a default server certificate.',
    );
  });

  it('unknown certificate is ResourceNotFound.Certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('CreateListener', createListenerRequest({ Certificates: [{ CertificateId: '404-cn-hangzhou' }] })),
      'ResourceNotFound.Certificate',
      404,
      'The specified resource 404-cn-hangzhou is not found.',
    );
  });

  it('load balancer of another account is not found', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('CreateListener', createListenerRequest(), otherAccessKeyId),
      'ResourceNotFound.LoadBalancer',
      404,
      'The specified resource alb-standard-01 is not found.',
    );
  });

  it('failed creation removes the listener', async () => {
    const harness = createHarness({ faults: { jobFailureRate: 1 } });

    const body = await harness.call('CreateListener', createListenerRequest({ ListenerProtocol: 'HTTP', ListenerPort: 81 }));
    harness.clock.advance(5000);

    expect((await jobStatus(harness, body.JobId as string)).Status).toBe('Failed');
    await expectApiError(
      harness.call('GetListenerAttribute', { ListenerId: body.ListenerId }),
      'ResourceNotFound.Listener',
      404,
      `The specified resource ${body.ListenerId as string} is not found.`,
    );
  });
});

describe('UpdateListenerAttribute', () => {
  it('replaces the default certificate after the job', async () => {
    const harness = createHarness();

    await harness.call('UpdateListenerAttribute', { ListenerId: httpsListenerId, Certificates: [{ CertificateId: certificate(5) }] });

    expect(await listenerStatus(harness, httpsListenerId)).toBe('Configuring');
    harness.clock.advance(5000);
    const attributes = await harness.call('GetListenerAttribute', { ListenerId: httpsListenerId });
    expect(attributes.ListenerStatus).toBe('Running');
    expect(attributes.Certificates).toEqual([{ CertificateId: certificate(5) }]);
  });

  it('returns a stopped listener to Stopped', async () => {
    const harness = createHarness();

    await harness.call('UpdateListenerAttribute', { ListenerId: 'lsn-https-stopped-01', RequestTimeout: 90 });
    harness.clock.advance(5000);

    const attributes = await harness.call('GetListenerAttribute', { ListenerId: 'lsn-https-stopped-01' });
    expect(attributes.ListenerStatus).toBe('Stopped');
    expect(attributes.RequestTimeout).toBe(90);
  });

  it('additional certificate as default is ResourceAlreadyAssociated', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('UpdateListenerAttribute', { ListenerId: httpsListenerId, Certificates: [{ CertificateId: certificate(30) }] }),
      'ResourceAlreadyAssociated.Certificate',
      400,
      `The specified resource ${certificate(30)} is already associated.`,
    );
  });

  it('certificate job in progress is ResourceInConfiguring', async () => {
    const harness = createHarness();
    await associate(harness, httpsListenerId, [certificate(1)]);

    await expectApiError(
      harness.call('UpdateListenerAttribute', { ListenerId: httpsListenerId, IdleTimeout: 20 }),
      'ResourceInConfiguring.Listener',
      400,
      `The specified resource ${httpsListenerId} is configuring, please try again later.`,
    );
  });

  it('passing DryRun changes nothing', async () => {
    const harness = createHarness();
    const before = harness.core.snapshot();

    await expectApiError(
      harness.call('UpdateListenerAttribute', { ListenerId: httpsListenerId, IdleTimeout: 20, DryRun: true }),
      'DryRunOperation',
      400,
      'Request validation has been passed with DryRun flag set.',
    );

    expect(harness.core.snapshot()).toEqual(before);
  });
});

describe('DeleteListener', () => {
  it('shows Configuring, then ResourceNotFound', async () => {
    const harness = createHarness();

    const { JobId } = await harness.call('DeleteListener', { ListenerId: httpsListenerId });

    expect(await listenerStatus(harness, httpsListenerId)).toBe('Configuring');
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1)]),
      'IncorrectStatus.Listener',
      400,
      `The status of ${httpsListenerId} [Configuring] is incorrect.`,
    );
    harness.clock.advance(5000);
    await expectApiError(
      harness.call('GetListenerAttribute', { ListenerId: httpsListenerId }),
      'ResourceNotFound.Listener',
      404,
      `The specified resource ${httpsListenerId} is not found.`,
    );
    expect((await jobStatus(harness, JobId as string)).OperateType).toBe('Delete');
    const loadBalancer = harness.core.snapshot().loadBalancers.find((item) => item.loadBalancerId === 'alb-standard-01');
    expect(loadBalancer?.certificateUsage).toBe(0);
    expect(loadBalancer?.listenerIds).not.toContain(httpsListenerId);
  });

  it('denied access key names the load balancer', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('DeleteListener', { ListenerId: httpsListenerId }, restrictedAccessKeyId),
      'Forbidden.LoadBalancer',
      403,
      'Authentication is failed for alb-standard-01.',
    );
  });

  it('failed deletion keeps the listener', async () => {
    const harness = createHarness({ faults: { jobFailureRate: 1 } });

    await harness.call('DeleteListener', { ListenerId: 'lsn-https-stopped-01' });
    harness.clock.advance(5000);

    expect(await listenerStatus(harness, 'lsn-https-stopped-01')).toBe('Stopped');
  });
});
