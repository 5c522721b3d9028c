import { expect } from 'vitest';
import {
  associateAction,
  associateAndWait,
  callCertificateAction,
  dissociateAction,
  expectCertificateStatus,
  listJobsById,
  startCertificateJob,
  waitForJob,
} from '../support/certificate-jobs.js';
import { countListenerJobs, newClientToken } from '../support/client-tokens.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// Replays: the same ClientToken with the same parameters returns the first response and changes nothing more.

clause('ACWL-IDEM-002', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);

  const firstJobId = await startCertificateJob(context, associateAction, listenerId, [certificateId], { clientToken });
  const replayedJobId = await startCertificateJob(context, associateAction, listenerId, [certificateId], { clientToken });
  await waitForJob(context, firstJobId);

  expect(
    (await listJobsById(context, replayedJobId)).map((job) => job.Id),
    `jobs listed for the replayed JobId ${replayedJobId}`,
  ).toEqual([firstJobId]);
  expect(
    await countListenerJobs(context, listenerId, associateAction),
    `${associateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore + 1);
});

clause('ACWL-IDEM-008', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);

  const firstJobId = await startCertificateJob(context, associateAction, listenerId, [certificateId], { clientToken });
  await waitForJob(context, firstJobId);
  const jobsBefore = await countListenerJobs(context, listenerId, associateAction);
  const replay = await callCertificateAction(context.client, associateAction, listenerId, [certificateId], { clientToken });

  expect(context.expectOk(replay)['JobId'], 'JobId of the replayed request').toBe(firstJobId);
  expect(
    await countListenerJobs(context, listenerId, associateAction),
    `${associateAction} jobs of listener ${listenerId} in ListAsynJobs`,
  ).toBe(jobsBefore);
  await expectCertificateStatus(context, listenerId, certificateId, 'Associated');
});

clause('ACWL-IDEM-009', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const clientToken = newClientToken(context);
  await associateAndWait(context, listenerId, [certificateId]);

  const firstJobId = await startCertificateJob(context, dissociateAction, listenerId, [certificateId], { clientToken });
  const replayedJobId = await startCertificateJob(context, dissociateAction, listenerId, [certificateId], { clientToken });

  expect(replayedJobId, 'JobId of the replayed request').toBe(firstJobId);
  await waitForJob(context, firstJobId);
  await expectCertificateStatus(context, listenerId, certificateId, undefined);
});
