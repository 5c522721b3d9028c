import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { clause } from '../support/index.js';

clause('ACWL-IDEM-001', async (context) => {
  const listenerId = context.listener('https');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);
  const request = {
    ListenerId: listenerId,
    Certificates: [{ CertificateId: certificateId }],
    ClientToken: `acwl-idem-001-${randomUUID()}`,
  };

  const first = context.expectOk(await context.client.call('AssociateAdditionalCertificatesWithListener', request));
  const repeated = context.expectOk(await context.client.call('AssociateAdditionalCertificatesWithListener', request));

  expect(repeated['JobId']).toBe(first['JobId']);
  const listed = await context.waitFor(() => context.listListenerCertificates(listenerId), {
    describe: `certificate ${certificateId} to be Associated on listener ${listenerId}`,
    until: (certificates) => certificates.some((item) => item.CertificateId === certificateId && item.Status === 'Associated'),
    jobId: String(first['JobId']),
  });
  expect(listed.filter((item) => item.CertificateId === certificateId)).toHaveLength(1);
});
