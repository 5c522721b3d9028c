import { expect } from 'vitest';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// The Certificates list of AssociateAdditionalCertificatesWithListener on the wire: its size, the
// Certificates.N indices and repeated ids. Each clause checks that a rejected request changed nothing.

clause('ACWL-VAL-008', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const certificateIds = context.freeCertificates(16);
  const before = await context.listListenerCertificates(listenerId);

  const result = await context.client.call(
    'AssociateAdditionalCertificatesWithListener',
    { ListenerId: listenerId, Certificates: certificateIds.map((id) => ({ CertificateId: id })) },
    { unchecked: true },
  );

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(await context.listListenerCertificates(listenerId), 'certificates of the listener after the rejected request').toEqual(before);
});

clause('ACWL-VAL-014', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);
  const before = await context.listListenerCertificates(listenerId);

  // Wire names written out, so that index 2 is skipped.
  const result = await context.client.call(
    'AssociateAdditionalCertificatesWithListener',
    { ListenerId: listenerId, 'Certificates.1.CertificateId': first, 'Certificates.3.CertificateId': second },
    { unchecked: true },
  );

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(await context.listListenerCertificates(listenerId), 'certificates of the listener after the rejected request').toEqual(before);
});

clause('ACWL-VAL-015', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);
  const before = await context.listListenerCertificates(listenerId);

  // A signed request cannot repeat a query key, so Certificates.1.CertificateId goes once in the form
  // body and once in the query. The server then receives index 1 twice, with two different certificates.
  const result = await context.client.call(
    'AssociateAdditionalCertificatesWithListener',
    { ListenerId: listenerId, Certificates: [{ CertificateId: first }] },
    { placement: 'form', extraParameters: { 'Certificates.1.CertificateId': second } },
  );

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(await context.listListenerCertificates(listenerId), 'certificates of the listener after the rejected request').toEqual(before);
});

clause('ACWL-VAL-016', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const before = await context.listListenerCertificates(listenerId);

  const result = await context.client.call('AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: [{ CertificateId: certificateId }, { CertificateId: certificateId }],
  });

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(await context.listListenerCertificates(listenerId), 'certificates of the listener after the rejected request').toEqual(before);
});
