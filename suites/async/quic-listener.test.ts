import { expect } from 'vitest';
import { associateAndWait, dissociateAndWait, expectCertificateStatus } from '../support/certificate-jobs.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// QUIC listeners take additional certificates like HTTPS listeners.

clause('ACWL-ASYNC-008', async (context) => {
  const listenerId = await prepareListener(context, context.listener('quic'));
  const [certificateId = ''] = context.freeCertificates(1);

  await associateAndWait(context, listenerId, [certificateId]);
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');

  await dissociateAndWait(context, listenerId, [certificateId]);
  await expectCertificateStatus(context, listenerId, certificateId, undefined);
});
