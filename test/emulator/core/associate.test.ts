import { describe, expect, it } from 'vitest';

import {
  associate,
  basicListenerId,
  certificate,
  certificateStatuses,
  createHarness,
  defaultCertificateId,
  expectApiError,
  httpsListenerId,
  jobStatus,
  listenerStatus,
  otherAccessKeyId,
  restrictedAccessKeyId,
} from './core-harness.js';

const action = 'AssociateAdditionalCertificatesWithListener';

describe('AssociateAdditionalCertificatesWithListener', () => {
  it('returns a JobId and makes the certificate Associating', async () => {
    const harness = createHarness();

    const body = await associate(harness, httpsListenerId, [certificate(1)]);

    expect(body).toEqual({ RequestId: expect.stringMatching(/^REQUEST-/), JobId: '00000000-0000-4000-8000-000000000001' });
    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([
      `${defaultCertificateId}:Associated`,
      `${certificate(30)}:Associated`,
      `${certificate(1)}:Associating`,
    ]);
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Configuring');
  });

  it('finishes the job after jobDurationMs', async () => {
    const harness = createHarness();
    const { JobId } = await associate(harness, httpsListenerId, [certificate(1), certificate(2)]);

    harness.clock.advance(4999);
    expect((await jobStatus(harness, JobId as string)).Status).toBe('Processing');
    harness.clock.advance(1);

    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([
      `${defaultCertificateId}:Associated`,
      `${certificate(30)}:Associated`,
      `${certificate(1)}:Associated`,
      `${certificate(2)}:Associated`,
    ]);
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Running');
    const job = await jobStatus(harness, JobId as string);
    expect(job).toEqual({
      ApiName: action,
      CreateTime: 1_800_000_000_000,
      Id: JobId,
      ModifyTime: 1_800_000_005_000,
      OperateType: 'Update',
      ResourceId: httpsListenerId,
      ResourceType: 'listener',
      Status: 'Succeeded',
    });
  });

  it('finishes at the next call when jobDurationMs is 0', async () => {
    const harness = createHarness({ jobDurationMs: 0 });

    await associate(harness, httpsListenerId, [certificate(1)]);

    expect(await certificateStatuses(harness, httpsListenerId)).toContain(`${certificate(1)}:Associated`);
  });

  it('accepts a QUIC listener', async () => {
    const harness = createHarness();

    const body = await associate(harness, 'lsn-quic-standard-01', [certificate(1)]);

    expect(body.JobId).toBe('00000000-0000-4000-8000-000000000001');
  });
});

describe('AssociateAdditionalCertificatesWithListener errors', () => {
  it('unknown listener is ResourceNotFound.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-missing', [certificate(1)]),
      'ResourceNotFound.Listener',
      404,
      'The specified resource lsn-missing is not found.',
    );
  });

  it('listener of another account is ResourceNotFound.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: httpsListenerId, Certificates: [{ CertificateId: certificate(1) }] }, otherAccessKeyId),
      'ResourceNotFound.Listener',
      404,
      `The specified resource ${httpsListenerId} is not found.`,
    );
  });

  it('denied access key is Forbidden.LoadBalancer', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { ListenerId: httpsListenerId, Certificates: [{ CertificateId: 'unknown-cert' }] }, restrictedAccessKeyId),
      'Forbidden.LoadBalancer',
      403,
      'Authentication has failed for LoadBalancer.',
    );
  });

  it('restricted key may act on other load balancers', async () => {
    const harness = createHarness();
    const body = await harness.call(
      action,
      { ListenerId: basicListenerId, Certificates: [{ CertificateId: certificate(1) }] },
      restrictedAccessKeyId,
    );
    expect(body.JobId).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('HTTP listener is OperationDenied.HttpListenerNotSupport', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-http-standard-01', ['unknown-cert']),
      'OperationDenied.HttpListenerNotSupport',
      400,
      'The operation is not allowed because of HttpListenerNotSupport.',
    );
  });

  it('certificate job in progress is ResourceInConfiguring.Listener', async () => {
    const harness = createHarness();
    await associate(harness, httpsListenerId, [certificate(1)]);

    await expectApiError(
      associate(harness, httpsListenerId, ['unknown-cert']),
      'ResourceInConfiguring.Listener',
      400,
      `The specified resource ${httpsListenerId} is configuring, please try again later.`,
    );
  });

  it('stopped listener is IncorrectStatus.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-https-stopped-01', ['unknown-cert']),
      'IncorrectStatus.Listener',
      400,
      'The status of lsn-https-stopped-01 [Stopped] is incorrect.',
    );
  });

  it('listener update in progress is IncorrectStatus.Listener', async () => {
    const harness = createHarness();
    await harness.call('UpdateListenerAttribute', { ListenerId: httpsListenerId, IdleTimeout: 30 });

    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1)]),
      'IncorrectStatus.Listener',
      400,
      `The status of ${httpsListenerId} [Configuring] is incorrect.`,
    );
  });

  it('listener without default certificate is DefaultCertificateNotFound', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-https-nodefault-01', ['unknown-cert']),
      'OperationFailed.DefaultCertificateNotFound',
      400,
      'The operation failed because of lsn-https-nodefault-01.',
    );
  });

  it('unknown certificate is ResourceNotFound.Certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1), '20000002']),
      'ResourceNotFound.Certificate',
      404,
      'The specified resource 20000002 is not found.',
    );
  });

  it('certificate of another region is ResourceNotFound.Certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, ['20000002-cn-shanghai']),
      'ResourceNotFound.Certificate',
      404,
      'The specified resource 20000002-cn-shanghai is not found.',
    );
  });

  it('CA certificate is InvalidParameter', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, ['29000001-cn-hangzhou']),
      'InvalidParameter',
      400,
      'Invalid parameter, please check the parameter input.',
    );
  });

  it('default certificate is OperationDenied.DefaultCertificateUsed', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(30), defaultCertificateId]),
      'OperationDenied.DefaultCertificateUsed',
      400,
      `The operation is not allowed because of ${defaultCertificateId}.`,
    );
  });

  it('associated certificate is ResourceAlreadyAssociated.Certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1), certificate(30)]),
      'ResourceAlreadyAssociated.Certificate',
      400,
      `The specified resource ${certificate(30)} is already associated.`,
    );
  });

  it('checks certificate existence before the default certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [defaultCertificateId, 'unknown-cert']),
      'ResourceNotFound.Certificate',
      404,
      'The specified resource unknown-cert is not found.',
    );
  });

  it('checks the listener before the certificates', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-https-stopped-01', [defaultCertificateId]),
      'IncorrectStatus.Listener',
      400,
      'The status of lsn-https-stopped-01 [Stopped] is incorrect.',
    );
  });

  it('missing ListenerId is MissingListenerId', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(action, { Certificates: [{ CertificateId: certificate(1) }] }),
      'MissingListenerId',
      400,
      'ListenerId is mandatory for this action.',
    );
  });

  it('duplicate certificate is InvalidParameter naming Certificates', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1), certificate(1)]),
      'InvalidParameter',
      400,
      `The specified parameter Certificates is not valid: certificate ${certificate(1)} is listed more than once.`,
    );
  });

  it('unknown action is InvalidApi.NotFound', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call('AssociateCertificates', {}),
      'InvalidApi.NotFound',
      404,
      'Specified api is not found, please check your url and method.',
    );
  });
});

describe('AssociateAdditionalCertificatesWithListener quota', () => {
  const basicCertificates = Array.from({ length: 10 }, (_, index) => certificate(index + 1));

  it('accepts exactly the Basic quota', async () => {
    const harness = createHarness();

    const body = await associate(harness, basicListenerId, basicCertificates);

    expect(body.JobId).toBe('00000000-0000-4000-8000-000000000001');
    const loadBalancer = harness.core.snapshot().loadBalancers.find((item) => item.loadBalancerId === 'alb-basic-01');
    expect(loadBalancer?.certificateUsage).toBe(10);
  });

  it('rejects one certificate over the Basic quota', async () => {
    const harness = createHarness();
    await associate(harness, basicListenerId, basicCertificates);
    harness.clock.advance(5000);

    await expectApiError(
      associate(harness, basicListenerId, [certificate(11)]),
      'ResourceQuotaExceeded.LoadBalancerCertificatesNum',
      400,
      'The quota of LoadBalancerCertificatesNum is exceeded for resource alb-basic-01, usage 10/10.',
    );
  });

  it('rejects a request that would cross the quota', async () => {
    const harness = createHarness();
    await associate(harness, basicListenerId, basicCertificates.slice(0, 9));
    harness.clock.advance(5000);

    await expectApiError(
      associate(harness, basicListenerId, [certificate(11), certificate(12)]),
      'ResourceQuotaExceeded.LoadBalancerCertificatesNum',
      400,
      'The quota of LoadBalancerCertificatesNum is exceeded for resource alb-basic-01, usage 9/10.',
    );
  });

  it('counts every listener of the load balancer', async () => {
    const harness = createHarness();
    const standardCertificates = Array.from({ length: 24 }, (_, index) => certificate(index + 1));
    await associate(harness, httpsListenerId, standardCertificates);
    harness.clock.advance(5000);

    await expectApiError(
      associate(harness, 'lsn-quic-standard-01', [certificate(30)]),
      'ResourceQuotaExceeded.LoadBalancerCertificatesNum',
      400,
      'The quota of LoadBalancerCertificatesNum is exceeded for resource alb-standard-01, usage 25/25.',
    );
  });

  it('counts Diassociating certificates until they are gone', async () => {
    const harness = createHarness();
    await associate(harness, basicListenerId, basicCertificates);
    harness.clock.advance(5000);
    await harness.call('DissociateAdditionalCertificatesFromListener', {
      ListenerId: basicListenerId,
      Certificates: [{ CertificateId: certificate(1) }],
    });
    const usageWhileDiassociating = harness.core.snapshot().loadBalancers.find((item) => item.loadBalancerId === 'alb-basic-01');
    expect(usageWhileDiassociating?.certificateUsage).toBe(10);

    harness.clock.advance(5000);
    const body = await associate(harness, basicListenerId, [certificate(11)]);

    expect(body.JobId).toBe('00000000-0000-4000-8000-000000000003');
  });
});

describe('AssociateAdditionalCertificatesWithListener DryRun', () => {
  it('passing DryRun is DryRunOperation and changes nothing', async () => {
    const harness = createHarness();
    const before = harness.core.snapshot();

    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1)], { DryRun: true, ClientToken: 'dry-run-token' }),
      'DryRunOperation',
      400,
      'Request validation has been passed with DryRun flag set.',
    );

    expect(harness.core.snapshot()).toEqual(before);
  });

  it('failing DryRun returns the business error', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(30)], { DryRun: true }),
      'ResourceAlreadyAssociated.Certificate',
      400,
      `The specified resource ${certificate(30)} is already associated.`,
    );
  });

  it('DryRun checks the quota', async () => {
    const harness = createHarness();
    const elevenCertificates = Array.from({ length: 11 }, (_, index) => certificate(index + 1));
    await expectApiError(
      associate(harness, basicListenerId, elevenCertificates, { DryRun: true }),
      'ResourceQuotaExceeded.LoadBalancerCertificatesNum',
      400,
      'The quota of LoadBalancerCertificatesNum is exceeded for resource alb-basic-01, usage 0/10.',
    );
  });
});
