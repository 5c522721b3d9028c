import type { RpcResult } from '../../src/conformance/wire-contract.js';
import {
  associateAction,
  associateAndWait,
  callCertificateAction,
  dissociateAction,
  startCertificateJob,
} from '../support/certificate-jobs.js';
import { expectOneOfErrors } from '../support/expect-one-of-errors.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';
import { unknownListenerId } from '../support/unknown-ids.js';

// Error codes of DissociateAdditionalCertificatesFromListener. Core clauses check the code and the HTTP
// status, and strict clauses the exact message of the spec's x-acs-errors.

async function dissociateCertificateNotAssociated(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  return callCertificateAction(context.client, dissociateAction, listenerId, [certificateId]);
}

async function dissociateDefaultCertificate(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));

  return callCertificateAction(context.client, dissociateAction, listenerId, [context.certificate('default')]);
}

/** Associates one certificate, starts the association of a second, and dissociates the first meanwhile. */
async function dissociateWhileCertificateJobRuns(context: ClauseContext): Promise<{ listenerId: string; result: RpcResult }> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);
  await associateAndWait(context, listenerId, [first]);

  await startCertificateJob(context, associateAction, listenerId, [second]);
  const result = await callCertificateAction(context.client, dissociateAction, listenerId, [first]);

  return { listenerId, result };
}

clause('ACWL-ERR-012', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, dissociateAction, unknownListenerId, [certificateId]);

  context.expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
});

clause('ACWL-ERR-013', async (context) => {
  context.expectError(await dissociateCertificateNotAssociated(context), { code: 'ResourceNotAssociated.Certificate', status: 400 });
});

clause('ACWL-ERR-014', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  // ListListenerCertificates rejects HTTP listeners, so there is nothing to record for a cleanup.
  const result = await callCertificateAction(context.client, dissociateAction, context.listener('http'), [certificateId]);

  context.expectError(result, { code: 'OperationDenied.HttpListenerNotSupport', status: 400 });
});

clause('ACWL-ERR-015', async (context) => {
  const listenerId = context.listener('stopped');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);

  const result = await callCertificateAction(context.client, dissociateAction, listenerId, [certificateId]);

  context.expectError(result, { code: 'IncorrectStatus.Listener', status: 400 });
});

clause('ACWL-ERR-016', async (context) => {
  context.expectError(await dissociateDefaultCertificate(context), { code: 'OperationDenied.DefaultCertificateUsed', status: 400 });
});

clause('ACWL-ERR-017', async (context) => {
  const { result } = await dissociateWhileCertificateJobRuns(context);

  expectOneOfErrors(result, { codes: ['ResourceInConfiguring.Listener', 'IncorrectStatus.Listener'], status: 400 });
});

clause('ACWL-ERR-028', async (context) => {
  const { listenerId, result } = await dissociateWhileCertificateJobRuns(context);

  context.expectError(result, {
    code: 'ResourceInConfiguring.Listener',
    status: 400,
    message: `The specified resource of ${listenerId} is being configured, please try again later.`,
  });
});

clause('ACWL-ERR-032', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  context.expectError(await dissociateCertificateNotAssociated(context), {
    code: 'ResourceNotAssociated.Certificate',
    status: 400,
    message: `The specified resource ${certificateId} is not associated.`,
  });
});

clause('ACWL-ERR-037', async (context) => {
  const certificateId = context.certificate('default');

  context.expectError(await dissociateDefaultCertificate(context), {
    code: 'OperationDenied.DefaultCertificateUsed',
    status: 400,
    message: `The operation is not allowed because of ${certificateId}.`,
  });
});
