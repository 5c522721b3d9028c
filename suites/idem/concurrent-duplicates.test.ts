import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { associateAction, callCertificateAction, expectCertificateStatus, waitForJob } from '../support/certificate-jobs.js';
import { countListenerJobs, newClientToken } from '../support/client-tokens.js';
import { ClauseExpectationError, clause } from '../support/index.js';
import type { ClauseContext } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

/** How many copies of the request ACWL-IDEM-007 sends at once. */
const concurrentCopies = 3;

clause('ACWL-IDEM-007', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);

  const results = await sendCopiesAtOnce(context, concurrentCopies, listenerId, certificateId, clientToken);

  // A copy that arrives while the first is in flight may get IdempotenceProcessing, but never starts a job of its own.
  const jobIds = new Set<string>();
  for (const result of results) {
    if (result.ok) {
      jobIds.add(String(result.body['JobId']));
    } else {
      context.expectError(result, { code: 'IdempotenceProcessing', status: 400 });
    }
  }
  expect([...jobIds], `JobIds of ${concurrentCopies} concurrent copies of one request`).toHaveLength(1);

  await expectOneAssociationJob(context, { listenerId, certificateId, jobId: [...jobIds][0] ?? '', jobsBefore });
});

clause('ACWL-IDEM-010', async (context) => {
  const windowMs = context.target.idempotence?.inFlightWindowMs;
  context.note(`The target declares an in-flight window of ${String(windowMs)} ms for ClientToken requests.`);
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);

  const results = await sendCopiesAtOnce(context, 2, listenerId, certificateId, clientToken);

  // With two copies, both lists have an entry exactly when one copy was accepted and the other rejected.
  const [acceptedCopy] = results.filter((result) => result.ok);
  const [rejectedCopy] = results.filter((result) => !result.ok);
  if (acceptedCopy === undefined || rejectedCopy === undefined) {
    throw new ClauseExpectationError(
      `Expected one copy to return a JobId and the other IdempotenceProcessing, because they were sent at the same time, ` +
        `inside the in-flight window of ${String(windowMs)} ms, but received ${results.map(describeCopy).join(' and ')}`,
      ['a JobId', { code: 'IdempotenceProcessing', status: 400 }],
      results.map(describeCopy),
    );
  }
  context.expectError(rejectedCopy, { code: 'IdempotenceProcessing', status: 400 });

  const jobId = String(context.expectOk(acceptedCopy)['JobId']);
  await expectOneAssociationJob(context, { listenerId, certificateId, jobId, jobsBefore });
});

/** Sends `copies` identical Associate requests with one ClientToken at the same time. */
function sendCopiesAtOnce(
  context: ClauseContext,
  copies: number,
  listenerId: string,
  certificateId: string,
  clientToken: string,
): Promise<RpcResult[]> {
  return Promise.all(
    Array.from({ length: copies }, () =>
      callCertificateAction(context.client, associateAction, listenerId, [certificateId], { clientToken }),
    ),
  );
}

/** Checks that the job succeeds, that it is the only new association job of the listener, and that the certificate is Associated. */
async function expectOneAssociationJob(
  context: ClauseContext,
  association: { listenerId: string; certificateId: string; jobId: string; jobsBefore: number },
): Promise<void> {
  const { listenerId, certificateId, jobId, jobsBefore } = association;

  await waitForJob(context, jobId);
  expect(
    await countListenerJobs(context, listenerId, associateAction),
    `${associateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore + 1);
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
}

function describeCopy(result: RpcResult): string {
  return result.ok ? `JobId ${String(result.body['JobId'])}` : `HTTP ${result.status} ${result.code}`;
}
