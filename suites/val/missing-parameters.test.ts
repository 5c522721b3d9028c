import { clause } from '../support/index.js';

clause('ACWL-VAL-001', async ({ client, expectError, resources }) => {
  const certificateId = resources.certificates.free[0] ?? resources.certificates.default ?? '20000001-cn-hangzhou';

  // The spec requires ListenerId, so the request is sent unchecked.
  const result = await client.call(
    'AssociateAdditionalCertificatesWithListener',
    { Certificates: [{ CertificateId: certificateId }] },
    { unchecked: true },
  );

  expectError(result, { code: 'MissingListenerId', status: 400, message: 'ListenerId is mandatory for this action.' });
});
