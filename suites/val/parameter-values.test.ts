import { expect } from 'vitest';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// Values outside a parameter's documented type, range or enum. The gateway rejects them with InvalidParameter.

clause('ACWL-VAL-011', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const before = await context.listListenerCertificates(listenerId);

  const result = await context.client.call(
    'AssociateAdditionalCertificatesWithListener',
    { ListenerId: listenerId, Certificates: [{ CertificateId: certificateId }], DryRun: 'yes' },
    { unchecked: true },
  );

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(await context.listListenerCertificates(listenerId), 'certificates of the listener after the rejected request').toEqual(before);
});

clause('ACWL-VAL-012', async (context) => {
  const listenerId = context.listener('https');

  for (const maxResults of [0, 101]) {
    const result = await context.client.call(
      'ListListenerCertificates',
      { ListenerId: listenerId, MaxResults: maxResults },
      { unchecked: true },
    );

    context.expectError(result, { code: 'InvalidParameter', status: 400 });
  }
});

clause('ACWL-VAL-013', async (context) => {
  const result = await context.client.call(
    'ListListenerCertificates',
    { ListenerId: context.listener('https'), CertificateType: 'Client' },
    { unchecked: true },
  );

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
});
