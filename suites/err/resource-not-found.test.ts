import { clause } from '../support/index.js';

clause('ACWL-ERR-001', async ({ client, expectError, resources }) => {
  const listenerId = 'lsn-acwl-does-not-exist-0001';
  const certificateId = resources.certificates.free[0] ?? resources.certificates.default ?? '20000001-cn-hangzhou';

  const result = await client.call('AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: [{ CertificateId: certificateId }],
  });

  expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
});
