import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import {
  associateAction,
  associateAndWait,
  callCertificateAction,
  dissociateAction,
  expectCertificateStatus,
  waitForJob,
} from '../support/certificate-jobs.js';
import { countListenerJobs, newClientToken } from '../support/client-tokens.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { listenerStatus, prepareListener } from '../support/listener-state.js';

// DryRun=true runs every check and stops before the change: a request that passes gets 400
// DryRunOperation and starts nothing, and a request that fails a check gets that check's error.

async function dryRunAssociate(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  return callCertificateAction(context.client, associateAction, listenerId, [certificateId], { dryRun: true });
}

clause('ACWL-DRY-002', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);

  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], { dryRun: true });

  context.expectError(result, { code: 'DryRunOperation', status: 400 });
  expect(
    await countListenerJobs(context, listenerId, associateAction),
    `${associateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore);
  expect(await listenerStatus(context, listenerId)).toBe('Running');
  await expectCertificateStatus(context, listenerId, certificateId, undefined);
});

clause('ACWL-DRY-003', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);
  const jobsBefore = await countListenerJobs(context, listenerId, dissociateAction);

  const result = await callCertificateAction(context.client, dissociateAction, listenerId, [certificateId], { dryRun: true });

  context.expectError(result, { code: 'DryRunOperation', status: 400 });
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
  expect(
    await countListenerJobs(context, listenerId, dissociateAction),
    `${dissociateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore);
});

clause('ACWL-DRY-004', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));

  const result = await callCertificateAction(context.client, associateAction, listenerId, [context.certificate('missing')], {
    dryRun: true,
  });

  context.expectError(result, { code: 'ResourceNotFound.Certificate', status: 404 });
});

clause('ACWL-DRY-005', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, dissociateAction, listenerId, [certificateId], { dryRun: true });

  context.expectError(result, { code: 'ResourceNotAssociated.Certificate', status: 400 });
});

clause('ACWL-DRY-006', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], { dryRun: false });

  await waitForJob(context, String(context.expectOk(result)['JobId']));
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});

clause('ACWL-DRY-007', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);

  const dryRun = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], { clientToken, dryRun: true });
  context.expectError(dryRun, { code: 'DryRunOperation', status: 400 });
  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], { clientToken });

  await waitForJob(context, String(context.expectOk(result)['JobId']));
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});

clause('ACWL-DRY-008', async (context) => {
  context.expectError(await dryRunAssociate(context), {
    code: 'DryRunOperation',
    status: 400,
    message: 'Request validation has been passed with DryRun flag set.',
  });
});
