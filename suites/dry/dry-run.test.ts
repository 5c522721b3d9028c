import { expect } from 'vitest';
import { clause } from '../support/index.js';

clause('ACWL-DRY-001', async (context) => {
  const listenerId = context.listener('https');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);
  const before = await context.listListenerCertificates(listenerId);

  const result = await context.client.call('AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: [{ CertificateId: certificateId }],
    DryRun: true,
  });

  context.expectError(result, { code: 'DryRunOperation', status: 400 });
  expect(await context.listListenerCertificates(listenerId)).toEqual(before);
});
