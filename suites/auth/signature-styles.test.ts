import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { associateAction, expectCertificateStatus, waitForJob } from '../support/certificate-jobs.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// The request layouts real clients send. The official SDK signs with V3 (ACS3-HMAC-SHA256) and puts the
// parameters in the query, and Terraform signs with V1 (HMAC-SHA1) and puts them in a form body.

/** Builds a ClientToken the way Terraform's buildClientToken does: TF-<action>-<unix seconds>-<uuid>, cut to 64 characters. */
function terraformClientToken(action: string): string {
  return `TF-${action}-${Math.floor(Date.now() / 1000)}-${randomUUID()}`.slice(0, 64);
}

clause('ACWL-AUTH-002', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.client.call('GetListenerAttribute', { ListenerId: listenerId }, { signatureStyle: 'ACS3-HMAC-SHA256' });

  expect(context.expectOk(result)['ListenerId']).toBe(listenerId);
});

clause('ACWL-AUTH-003', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: listenerId },
    { signatureStyle: 'HMAC-SHA1', placement: 'query' },
  );

  expect(context.expectOk(result)['ListenerId']).toBe(listenerId);
});

clause('ACWL-AUTH-004', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await context.client.call(
    associateAction,
    {
      'Certificates.1.CertificateId': certificateId,
      ClientToken: terraformClientToken(associateAction),
      ListenerId: listenerId,
      RegionId: context.target.region,
    },
    { signatureStyle: 'HMAC-SHA1', placement: 'form', unchecked: true },
  );

  await waitForJob(context, String(context.expectOk(result)['JobId']));
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});

clause('ACWL-AUTH-005', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.client.call(
    'ListListenerCertificates',
    { ListenerId: listenerId, CertificateIds: [context.certificate('default')] },
    { signatureStyle: 'ACS3-HMAC-SHA256', placement: 'form' },
  );

  const body = context.expectOk(result);
  expect((body['Certificates'] as Array<{ CertificateId: string }>).map((item) => item.CertificateId)).toEqual([
    context.certificate('default'),
  ]);
});
