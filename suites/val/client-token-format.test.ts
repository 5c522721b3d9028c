import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { associateAction, callCertificateAction, waitForJob } from '../support/certificate-jobs.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// The ClientToken format: printable ASCII, at most 64 characters.

/** Makes a token of exactly `length` printable ASCII characters that no earlier run has used. */
function tokenOfLength(length: number): string {
  const unique = `acwl-${randomUUID()}`;
  return unique.padEnd(length, 'x').slice(0, length);
}

async function associateWithToken(context: ClauseContext, clientToken: string): Promise<{ result: RpcResult; before: unknown }> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const before = await context.listListenerCertificates(listenerId);

  const result = await context.client.call(
    associateAction,
    { ListenerId: listenerId, Certificates: [{ CertificateId: certificateId }], ClientToken: clientToken },
    { unchecked: true },
  );
  return { result, before };
}

clause('ACWL-VAL-009', async (context) => {
  const { result, before } = await associateWithToken(context, tokenOfLength(65));

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(
    await context.listListenerCertificates(context.listener('https')),
    'certificates of the listener after the rejected request',
  ).toEqual(before);
});

clause('ACWL-VAL-010', async (context) => {
  const { result, before } = await associateWithToken(context, `acwl-${randomUUID()}-clé`);

  context.expectError(result, { code: 'InvalidParameter', status: 400 });
  expect(
    await context.listListenerCertificates(context.listener('https')),
    'certificates of the listener after the rejected request',
  ).toEqual(before);
});

clause('ACWL-VAL-019', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], {
    clientToken: tokenOfLength(64),
  });

  await waitForJob(context, String(context.expectOk(result)['JobId']));
});
