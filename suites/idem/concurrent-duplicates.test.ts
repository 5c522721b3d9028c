import { expect } from 'vitest';
import { associateAction, callCertificateAction, expectCertificateStatus, waitForJob } from '../support/certificate-jobs.js';
import { countListenerJobs, newClientToken } from '../support/client-tokens.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// TODO: an extended clause that requires IdempotenceProcessing for a copy sent inside the target's
// in-flight window needs the target configuration to declare that window (alb-emulator --accept-latency-ms).

/** How many copies of the request are sent at once. */
const concurrentCopies = 3;

clause('ACWL-IDEM-007', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);

  const results = await Promise.all(
    Array.from({ length: concurrentCopies }, () =>
      callCertificateAction(context.client, associateAction, listenerId, [certificateId], { clientToken }),
    ),
  );

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

  await waitForJob(context, [...jobIds][0] ?? '');
  expect(
    await countListenerJobs(context, listenerId, associateAction),
    `${associateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore + 1);
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});
