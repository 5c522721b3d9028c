import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import {
  associateAction,
  callCertificateAction,
  expectCertificateStatus,
  startCertificateJob,
  waitForJob,
} from '../support/certificate-jobs.js';
import { newClientToken } from '../support/client-tokens.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// What a ClientToken is matched against: the parameters, the outcome of the first request, and its letter case.

/** Associates one certificate with a token, then sends the same token with another certificate. */
async function reuseTokenWithOtherCertificate(context: ClauseContext): Promise<{ result: RpcResult; listenerId: string; other: string }> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', other = ''] = context.freeCertificates(2);
  const clientToken = newClientToken(context);

  await waitForJob(context, await startCertificateJob(context, associateAction, listenerId, [first], { clientToken }));
  const result = await callCertificateAction(context.client, associateAction, listenerId, [other], { clientToken });

  return { result, listenerId, other };
}

clause('ACWL-IDEM-003', async (context) => {
  const { result, listenerId, other } = await reuseTokenWithOtherCertificate(context);

  expect(result.ok, 'the request with a reused ClientToken and other parameters was accepted').toBe(false);
  expect(result.status).toBe(400);
  await expectCertificateStatus(context, listenerId, other, undefined);
});

clause('ACWL-IDEM-004', async (context) => {
  const { result } = await reuseTokenWithOtherCertificate(context);

  context.expectError(result, {
    code: 'IdempotenceSignatureMismatch',
    status: 400,
    message: 'The idempotence token of request is same with the prev one, but the signature is different.',
  });
});

clause('ACWL-IDEM-005', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);
  const clientToken = newClientToken(context);

  const busyJobId = await startCertificateJob(context, associateAction, listenerId, [first]);
  const rejected = await callCertificateAction(context.client, associateAction, listenerId, [second], { clientToken });
  expect(rejected.ok, 'the association sent while another job ran was accepted, so the clause cannot test a retry').toBe(false);
  await waitForJob(context, busyJobId);

  const retried = await callCertificateAction(context.client, associateAction, listenerId, [second], { clientToken });

  await waitForJob(context, String(context.expectOk(retried)['JobId']));
  await expectCertificateStatus(context, listenerId, second, 'Associated');
});

clause('ACWL-IDEM-006', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);
  const clientToken = `${newClientToken(context)}-Aa`;
  const otherCaseToken = clientToken.toUpperCase();

  const firstJobId = await startCertificateJob(context, associateAction, listenerId, [first], { clientToken });
  await waitForJob(context, firstJobId);
  const result = await callCertificateAction(context.client, associateAction, listenerId, [second], { clientToken: otherCaseToken });

  const secondJobId = String(context.expectOk(result)['JobId']);
  expect(secondJobId, 'JobId of the request with the upper-case token').not.toBe(firstJobId);
  await waitForJob(context, secondJobId);
  await expectCertificateStatus(context, listenerId, second, 'Associated');
});
