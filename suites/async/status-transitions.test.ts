import { expect } from 'vitest';
import {
  associateAction,
  associateAndWait,
  certificateStatus,
  dissociateAction,
  listJobsById,
  startCertificateJob,
} from '../support/certificate-jobs.js';
import { clause } from '../support/index.js';
import { listenerStatus, prepareListener } from '../support/listener-state.js';
import { observeStates } from '../support/observe-states.js';

// Status transitions, observed by polling from the moment the operation returns its JobId. A target
// whose job finishes before the first poll cannot show the intermediate state and fails these clauses.

const absent = '(absent)';

/**
 * Drops a first state that only shows the change has not started yet: a target may list a new
 * certificate or job a moment after it returns the JobId (the spec's `absentMeans: pending`).
 */
function fromFirstChange<T>(states: readonly T[], notStarted: T): T[] {
  return states[0] === notStarted ? states.slice(1) : [...states];
}

clause('ACWL-ASYNC-002', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const jobId = await startCertificateJob(context, associateAction, listenerId, [certificateId]);
  const states = await observeStates(context, async () => (await certificateStatus(context, listenerId, certificateId)) ?? absent, {
    describe: `certificate ${certificateId} to be Associated on listener ${listenerId}`,
    until: (status) => status === 'Associated',
    jobId,
  });

  expect(fromFirstChange(states, absent), `statuses of certificate ${certificateId} polled after Associate`).toEqual(['Associating', 'Associated']);
});

clause('ACWL-ASYNC-003', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);

  const jobId = await startCertificateJob(context, dissociateAction, listenerId, [certificateId]);
  const states = await observeStates(context, async () => (await certificateStatus(context, listenerId, certificateId)) ?? absent, {
    describe: `certificate ${certificateId} to be gone from listener ${listenerId}`,
    until: (status) => status === absent,
    jobId,
  });

  expect(
    fromFirstChange(states, 'Associated'),
    `statuses of certificate ${certificateId} polled after Dissociate`,
  ).toEqual(['Diassociating', absent]);
});

clause('ACWL-ASYNC-004', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const before = await listenerStatus(context, listenerId);

  await startCertificateJob(context, associateAction, listenerId, [certificateId]);
  const states = await observeStates(context, () => listenerStatus(context, listenerId), {
    describe: `listener ${listenerId} to be Configuring, then Running again`,
    until: (status, seen) => status === 'Running' && seen.includes('Configuring'),
  });

  expect(before, `status of listener ${listenerId} before Associate`).toBe('Running');
  expect(fromFirstChange(states, 'Running'), `statuses of listener ${listenerId} polled after Associate`).toEqual(['Configuring', 'Running']);
});

clause('ACWL-ASYNC-005', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const jobId = await startCertificateJob(context, associateAction, listenerId, [certificateId]);
  const states = await observeStates(context, async () => (await listJobsById(context, jobId)).find((job) => job.Id === jobId)?.Status ?? absent, {
    describe: `job ${jobId} to be Succeeded in ListAsynJobs`,
    until: (status) => status === 'Succeeded' || status === 'Failed',
  });

  expect(fromFirstChange(states, absent), `statuses of job ${jobId} polled after Associate`).toEqual(['Processing', 'Succeeded']);
});

clause('ACWL-ASYNC-006', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  const associateJobId = await associateAndWait(context, listenerId, [certificateId]);
  await startCertificateJob(context, dissociateAction, listenerId, [certificateId]);

  const body = context.expectOk(await context.client.call('ListAsynJobs', { JobIds: [associateJobId] }));

  const jobs = (body['Jobs'] ?? []) as Array<{ Id: string; Status: string }>;
  expect(jobs.map((job) => job.Id), `jobs listed for JobIds.1=${associateJobId}`).toEqual([associateJobId]);
  expect(jobs[0]?.Status).toBe('Succeeded');
  expect(body['TotalCount']).toBe(1);
});

clause('ACWL-ASYNC-007', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);

  await startCertificateJob(context, dissociateAction, listenerId, [certificateId]);
  const states = await observeStates(context, () => listenerStatus(context, listenerId), {
    describe: `listener ${listenerId} to be Configuring, then Running again`,
    until: (status, seen) => status === 'Running' && seen.includes('Configuring'),
  });

  expect(fromFirstChange(states, 'Running'), `statuses of listener ${listenerId} polled after Dissociate`).toEqual(['Configuring', 'Running']);
});
