import { describe, expect, it } from 'vitest';

import {
  certificate,
  certificateStatuses,
  createHarness,
  defaultCertificateId,
  dissociate,
  associate,
  expectApiError,
  httpsListenerId,
  jobStatus,
  listenerStatus,
  restrictedAccessKeyId,
} from './core-harness.js';

describe('DissociateAdditionalCertificatesFromListener', () => {
  it('makes the certificate Diassociating, then removes it', async () => {
    const harness = createHarness();

    const { JobId } = await dissociate(harness, httpsListenerId, [certificate(30)]);

    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([
      `${defaultCertificateId}:Associated`,
      `${certificate(30)}:Diassociating`,
    ]);
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Configuring');
    harness.clock.advance(5000);
    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([`${defaultCertificateId}:Associated`]);
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Running');
    const job = await jobStatus(harness, JobId as string);
    expect(job.Status).toBe('Succeeded');
    expect(job.ApiName).toBe('DissociateAdditionalCertificatesFromListener');
  });

  it('frees the quota when the certificate is gone', async () => {
    const harness = createHarness();
    const usage = () => harness.core.snapshot().loadBalancers.find((item) => item.loadBalancerId === 'alb-standard-01')?.certificateUsage;
    expect(usage()).toBe(1);

    await dissociate(harness, httpsListenerId, [certificate(30)]);
    expect(usage()).toBe(1);
    harness.clock.advance(5000);

    expect(usage()).toBe(0);
  });

  it('unknown listener is ResourceNotFound.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, 'lsn-missing', [certificate(30)]),
      'ResourceNotFound.Listener',
      404,
      'The specified resource lsn-missing is not found.',
    );
  });

  it('denied access key is Forbidden.LoadBalancer', async () => {
    const harness = createHarness();
    await expectApiError(
      harness.call(
        'DissociateAdditionalCertificatesFromListener',
        { ListenerId: httpsListenerId, Certificates: [{ CertificateId: certificate(30) }] },
        restrictedAccessKeyId,
      ),
      'Forbidden.LoadBalancer',
      403,
      'Authentication has failed for LoadBalancer.',
    );
  });

  it('HTTP listener is OperationDenied.HttpListenerNotSupport', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, 'lsn-http-standard-01', [certificate(30)]),
      'OperationDenied.HttpListenerNotSupport',
      400,
      'The operation is not allowed because of HttpListenerNotSupport.',
    );
  });

  it('certificate job in progress uses its own wording', async () => {
    const harness = createHarness();
    await associate(harness, httpsListenerId, [certificate(1)]);

    await expectApiError(
      dissociate(harness, httpsListenerId, [certificate(30)]),
      'ResourceInConfiguring.Listener',
      400,
      `The specified resource of ${httpsListenerId} is being configured, please try again later.`,
    );
  });

  it('stopped listener is IncorrectStatus.Listener', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, 'lsn-https-stopped-01', [certificate(30)]),
      'IncorrectStatus.Listener',
      400,
      'The status of lsn-https-stopped-01 [Stopped] is incorrect.',
    );
  });

  it('default certificate is OperationDenied.DefaultCertificateUsed', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, httpsListenerId, [certificate(30), defaultCertificateId]),
      'OperationDenied.DefaultCertificateUsed',
      400,
      `The operation is not allowed because of ${defaultCertificateId}.`,
    );
  });

  it('absent certificate is ResourceNotAssociated.Certificate', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, httpsListenerId, [certificate(30), certificate(5)]),
      'ResourceNotAssociated.Certificate',
      400,
      `The specified resource ${certificate(5)} is not associated.`,
    );
  });

  it('id without region suffix is not associated', async () => {
    const harness = createHarness();
    await expectApiError(
      dissociate(harness, httpsListenerId, ['20000030']),
      'ResourceNotAssociated.Certificate',
      400,
      'The specified resource 20000030 is not associated.',
    );
  });

  it('passing DryRun changes nothing', async () => {
    const harness = createHarness();
    const before = harness.core.snapshot();

    await expectApiError(
      dissociate(harness, httpsListenerId, [certificate(30)], { DryRun: true }),
      'DryRunOperation',
      400,
      'Request validation has been passed with DryRun flag set.',
    );

    expect(harness.core.snapshot()).toEqual(before);
  });
});
