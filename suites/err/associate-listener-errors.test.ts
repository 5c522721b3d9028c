import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import {
  associateAction,
  callCertificateAction,
  certificateStatus,
  expectCertificateStatus,
  startCertificateJob,
} from '../support/certificate-jobs.js';
import { expectOneOfErrors } from '../support/expect-one-of-errors.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { listenerAttributes, prepareListener } from '../support/listener-state.js';
import { unknownListenerId } from '../support/unknown-ids.js';

// Errors of AssociateAdditionalCertificatesWithListener that depend on the listener. Core clauses check
// the code and the HTTP status, and strict clauses the exact message of the spec's x-acs-errors.

/** ListListenerCertificates rejects HTTP listeners, so there is nothing to record for a cleanup. */
function associateWithHttpListener(context: ClauseContext): Promise<RpcResult> {
  const [certificateId = ''] = context.freeCertificates(1);
  return callCertificateAction(context.client, associateAction, context.listener('http'), [certificateId]);
}

async function associateWithStoppedListener(context: ClauseContext): Promise<RpcResult> {
  const listenerId = context.listener('stopped');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);

  return callCertificateAction(context.client, associateAction, listenerId, [certificateId]);
}

async function associateWithListenerWithoutDefault(context: ClauseContext): Promise<RpcResult> {
  const listenerId = context.listener('noDefault');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);

  return callCertificateAction(context.client, associateAction, listenerId, [certificateId]);
}

async function associateWithRestrictedKey(context: ClauseContext): Promise<RpcResult> {
  const listenerId = context.listener('https');
  const [certificateId = ''] = context.freeCertificates(1);
  await context.restoreListenerCertificates(listenerId);

  return callCertificateAction(context.clientFor('restricted'), associateAction, listenerId, [certificateId]);
}

/** Starts an association, then sends a second one for another certificate while the first job runs. */
async function associateWhileCertificateJobRuns(context: ClauseContext): Promise<{ listenerId: string; result: RpcResult }> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [first = '', second = ''] = context.freeCertificates(2);

  await startCertificateJob(context, associateAction, listenerId, [first]);
  const result = await callCertificateAction(context.client, associateAction, listenerId, [second]);

  if (result.ok) {
    context.note(`The second association was accepted; certificate ${second} is now ${String(await certificateStatus(context, listenerId, second))}`);
  }
  return { listenerId, result };
}

clause('ACWL-ERR-003', async (context) => {
  context.expectError(await associateWithHttpListener(context), { code: 'OperationDenied.HttpListenerNotSupport', status: 400 });
});

clause('ACWL-ERR-004', async (context) => {
  context.expectError(await associateWithStoppedListener(context), { code: 'IncorrectStatus.Listener', status: 400 });
});

clause('ACWL-ERR-005', async (context) => {
  const [, second = ''] = context.freeCertificates(2);

  const { listenerId, result } = await associateWhileCertificateJobRuns(context);

  expectOneOfErrors(result, { codes: ['ResourceInConfiguring.Listener', 'IncorrectStatus.Listener'], status: 400 });
  await expectCertificateStatus(context, listenerId, second, undefined);
});

clause('ACWL-ERR-007', async (context) => {
  context.expectError(await associateWithListenerWithoutDefault(context), {
    code: 'OperationFailed.DefaultCertificateNotFound',
    status: 400,
  });
});

clause('ACWL-ERR-011', async (context) => {
  context.expectError(await associateWithRestrictedKey(context), { code: 'Forbidden.LoadBalancer', status: 403 });
});

clause('ACWL-ERR-022', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await changeIdleTimeoutTemporarily(context, listenerId);

  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId]);

  context.expectError(result, {
    code: 'IncorrectStatus.Listener',
    status: 400,
    message: `The status of ${listenerId} [Configuring] is incorrect.`,
  });
});

clause('ACWL-ERR-023', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, associateAction, unknownListenerId, [certificateId]);

  context.expectError(result, {
    code: 'ResourceNotFound.Listener',
    status: 404,
    message: `The specified resource ${unknownListenerId} is not found.`,
  });
});

clause('ACWL-ERR-025', async (context) => {
  context.expectError(await associateWithHttpListener(context), {
    code: 'OperationDenied.HttpListenerNotSupport',
    status: 400,
    message: 'The operation is not allowed because of HttpListenerNotSupport.',
  });
});

clause('ACWL-ERR-026', async (context) => {
  const listenerId = context.listener('stopped');

  context.expectError(await associateWithStoppedListener(context), {
    code: 'IncorrectStatus.Listener',
    status: 400,
    message: `The status of ${listenerId} [Stopped] is incorrect.`,
  });
});

clause('ACWL-ERR-027', async (context) => {
  const { listenerId, result } = await associateWhileCertificateJobRuns(context);

  context.expectError(result, {
    code: 'ResourceInConfiguring.Listener',
    status: 400,
    message: `The specified resource ${listenerId} is configuring, please try again later.`,
  });
});

clause('ACWL-ERR-030', async (context) => {
  const listenerId = context.listener('noDefault');

  context.expectError(await associateWithListenerWithoutDefault(context), {
    code: 'OperationFailed.DefaultCertificateNotFound',
    status: 400,
    message: `The operation failed because of ${listenerId}.`,
  });
});

clause('ACWL-ERR-034', async (context) => {
  context.expectError(await associateWithRestrictedKey(context), {
    code: 'Forbidden.LoadBalancer',
    status: 403,
    message: 'Authentication has failed for LoadBalancer.',
  });
});

/**
 * Changes the listener's IdleTimeout with UpdateListenerAttribute, which makes it Configuring while the
 * job runs, and registers the cleanup that sets the original value again once the listener is Running.
 */
async function changeIdleTimeoutTemporarily(context: ClauseContext, listenerId: string): Promise<void> {
  const original = Number((await listenerAttributes(context, listenerId))['IdleTimeout']);
  const changed = original === 15 ? 16 : 15;

  context.onCleanup(`set IdleTimeout of listener ${listenerId} back to ${original}`, async () => {
    await updateIdleTimeoutWhenRunning(context, listenerId, original);
  });

  context.expectOk(await context.client.call('UpdateListenerAttribute', { ListenerId: listenerId, IdleTimeout: changed }));
}

async function updateIdleTimeoutWhenRunning(context: ClauseContext, listenerId: string, idleTimeout: number): Promise<void> {
  const attributes = await context.waitFor(() => listenerAttributes(context, listenerId), {
    describe: `listener ${listenerId} to be Running`,
    until: (listener) => listener['ListenerStatus'] === 'Running',
  });
  if (attributes['IdleTimeout'] === idleTimeout) {
    return;
  }

  context.expectOk(await context.client.call('UpdateListenerAttribute', { ListenerId: listenerId, IdleTimeout: idleTimeout }));
  await context.waitFor(() => listenerAttributes(context, listenerId), {
    describe: `listener ${listenerId} to be Running with IdleTimeout ${idleTimeout}`,
    until: (listener) => listener['ListenerStatus'] === 'Running' && listener['IdleTimeout'] === idleTimeout,
  });
}
