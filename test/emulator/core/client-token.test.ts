import { describe, expect, it } from 'vitest';

import {
  associate,
  certificate,
  createHarness,
  expectApiError,
  httpsListenerId,
  otherAccessKeyId,
} from './core-harness.js';

describe('ClientToken idempotency', () => {
  it('same token and parameters replay the JobId', async () => {
    const harness = createHarness();
    const first = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });
    const snapshotAfterFirst = harness.core.snapshot();

    const second = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    expect(second.JobId).toBe(first.JobId);
    expect(second.RequestId).not.toBe(first.RequestId);
    expect(harness.core.snapshot()).toEqual(snapshotAfterFirst);
  });

  it('replays after the job has finished', async () => {
    const harness = createHarness();
    const first = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });
    harness.clock.advance(5000);

    const second = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    expect(second.JobId).toBe(first.JobId);
  });

  it('ignores parameter order in the fingerprint', async () => {
    const harness = createHarness();
    const first = await harness.call('AssociateAdditionalCertificatesWithListener', {
      ListenerId: httpsListenerId,
      Certificates: [{ CertificateId: certificate(1) }],
      ClientToken: 'token-1',
    });

    const second = await harness.call('AssociateAdditionalCertificatesWithListener', {
      ClientToken: 'token-1',
      Certificates: [{ CertificateId: certificate(1) }],
      ListenerId: httpsListenerId,
    });

    expect(second.JobId).toBe(first.JobId);
  });

  it('same token with other parameters is a mismatch', async () => {
    const harness = createHarness();
    await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    await expectApiError(
      associate(harness, httpsListenerId, [certificate(2)], { ClientToken: 'token-1' }),
      'IdempotenceSignatureMismatch',
      400,
      'The idempotence token of request is same with the prev one, but the signature is different.',
    );
  });

  it('token is scoped to the action and account', async () => {
    const harness = createHarness({ jobDurationMs: 0 });
    await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    const dissociated = await harness.call('DissociateAdditionalCertificatesFromListener', {
      ListenerId: httpsListenerId,
      Certificates: [{ CertificateId: certificate(1) }],
      ClientToken: 'token-1',
    });
    const otherAccount = harness.call('GetListenerAttribute', { ListenerId: httpsListenerId, ClientToken: 'token-1' }, otherAccessKeyId);

    expect(dissociated.JobId).toBe('00000000-0000-4000-8000-000000000002');
    await expectApiError(otherAccount, 'ResourceNotFound.Listener', 404, `The specified resource ${httpsListenerId} is not found.`);
  });

  it('failed request does not keep the token', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, 'lsn-https-stopped-01', [certificate(1)], { ClientToken: 'token-1' }),
      'IncorrectStatus.Listener',
      400,
      'The status of lsn-https-stopped-01 [Stopped] is incorrect.',
    );

    const retried = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    expect(retried.JobId).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('DryRun request does not keep the token', async () => {
    const harness = createHarness();
    await expectApiError(
      associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1', DryRun: true }),
      'DryRunOperation',
      400,
      'Request validation has been passed with DryRun flag set.',
    );

    const real = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });

    expect(real.JobId).toBe('00000000-0000-4000-8000-000000000001');
    expect(harness.core.snapshot().clientTokenCount).toBe(1);
  });

  it('duplicate in flight is IdempotenceProcessing', async () => {
    const harness = createHarness({ acceptLatencyMs: 100 });

    const first = associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });
    const duplicate = associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });
    await expectApiError(duplicate, 'IdempotenceProcessing', 400, 'The request with the same client token is being processed.');
    expect(harness.clock.pendingSleepers).toBe(1);
    harness.clock.advance(100);

    expect((await first).JobId).toBe('00000000-0000-4000-8000-000000000001');
    const replay = await associate(harness, httpsListenerId, [certificate(1)], { ClientToken: 'token-1' });
    expect(replay.JobId).toBe('00000000-0000-4000-8000-000000000001');
  });
});
