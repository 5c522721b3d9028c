import { expect } from 'vitest';
import { associateAction, expectCertificateStatus, waitForJob } from '../support/certificate-jobs.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// Parameters an operation does not define are ignored, not rejected: Terraform sends RegionId to every
// ALB operation although no ALB request model has it.

clause('ACWL-VAL-017', async (context) => {
  const listenerId = context.listener('https');

  const body = context.expectOk(
    await context.client.call('GetListenerAttribute', { ListenerId: listenerId, AcwlUndefinedParameter: 'ignored' }),
  );

  expect(body['ListenerId']).toBe(listenerId);
});

clause('ACWL-VAL-018', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await context.client.call(associateAction, {
    ListenerId: listenerId,
    Certificates: [{ CertificateId: certificateId }],
    RegionId: context.target.region,
  });

  await waitForJob(context, String(context.expectOk(result)['JobId']));
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});
