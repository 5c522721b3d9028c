import { expect } from 'vitest';
import { clause } from '../support/index.js';

clause('ACWL-ASYNC-001', async (context) => {
  const listenerId = context.listener('https');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);

  const body = context.expectOk(
    await context.client.call('AssociateAdditionalCertificatesWithListener', {
      ListenerId: listenerId,
      Certificates: [{ CertificateId: certificateId }],
    }),
  );
  expect(body['JobId']).toEqual(expect.any(String));

  const statusOfCertificate = async (): Promise<string | undefined> => {
    const certificates = await context.listListenerCertificates(listenerId);
    return certificates.find((certificate) => certificate.CertificateId === certificateId)?.Status;
  };
  expect(['Associating', 'Associated']).toContain(await statusOfCertificate());

  await context.waitFor(statusOfCertificate, {
    describe: `certificate ${certificateId} to be Associated on listener ${listenerId}`,
    until: (status) => status === 'Associated',
    jobId: String(body['JobId']),
  });
});
