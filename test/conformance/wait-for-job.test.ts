import { describe, expect, it } from 'vitest';
import { runClause } from '../../src/conformance/clause/clause-run.js';
import { EvidenceRecorder } from '../../src/conformance/clause/evidence-recorder.js';
import type { ListedJob } from '../../src/conformance/clause/listed-job.js';
import { JobFailedError } from '../../src/conformance/clause/listed-job.js';
import { specValidators } from '../../src/conformance/clause/spec-validators.js';
import { WaitTimeoutError, waitFor } from '../../src/conformance/clause/wait-for.js';
import { waitForJob } from '../../suites/support/certificate-jobs.js';
import { fakeRpcClient } from './helpers/fake-rpc.js';
import { fakeTarget } from './helpers/fake-target.js';
import { manualPollingClock } from './helpers/manual-polling-clock.js';
import { sampleClause } from './helpers/sample-clause.js';

const polling = { deadlineMs: 1000, intervalMs: 100 };

const failedJob: ListedJob = {
  Id: 'job-1',
  Status: 'Failed',
  ErrorCode: 'Job.Failed',
  ErrorMessage: 'The job job-1 failed on lsn-1 (injected fault); the change was rolled back.',
};

/** A job lookup that returns `job` and counts its calls. */
function countingLookup(job: ListedJob | undefined) {
  const lookups: string[] = [];
  return {
    lookups,
    lookup: async (jobId: string) => {
      lookups.push(jobId);
      return job;
    },
  };
}

describe('waitFor with a jobId', () => {
  it('stops when the job failed', async () => {
    const clock = manualPollingClock();
    const recorder = new EvidenceRecorder('ACWL-ASYNC-900');
    const statuses = ['Associating', 'Associating', undefined, undefined];
    const jobs = countingLookup(failedJob);

    const wait = waitFor(
      async () => statuses.shift(),
      { describe: 'certificate c to be Associated', until: (status) => status === 'Associated', jobId: 'job-1' },
      polling,
      recorder,
      clock,
      undefined,
      jobs.lookup,
    );

    await expect(wait).rejects.toBeInstanceOf(JobFailedError);
    await expect(wait).rejects.toThrowError(
      'Job job-1 ended Failed in ListAsynJobs with ErrorCode Job.Failed and ErrorMessage ' +
        '"The job job-1 failed on lsn-1 (injected fault); the change was rolled back."; ' +
        'stopped waiting for certificate c to be Associated after 200 ms; last observed (absent)',
    );
    expect(jobs.lookups).toEqual(['job-1']);
    expect(clock.now()).toBe(200);
    expect(recorder.toEvidence().waits[0]?.outcome).toBe('job failed');
  });

  it('reads no job when the state is reached', async () => {
    const statuses = ['Associating', 'Associating', 'Associated'];
    const jobs = countingLookup(failedJob);

    const status = await waitFor(
      async () => statuses.shift(),
      { describe: 'certificate c to be Associated', until: (value) => value === 'Associated', jobId: 'job-1' },
      polling,
      new EvidenceRecorder('ACWL-ASYNC-900'),
      manualPollingClock(),
      undefined,
      jobs.lookup,
    );

    expect(status).toBe('Associated');
    expect(jobs.lookups).toEqual([]);
  });

  it('reads the job before it times out', async () => {
    const clock = manualPollingClock();
    const jobs = countingLookup(failedJob);

    const wait = waitFor(
      async () => undefined,
      { describe: 'certificate c to be Associated', until: (value) => value === 'Associated', jobId: 'job-1' },
      polling,
      new EvidenceRecorder('ACWL-ASYNC-900'),
      clock,
      undefined,
      jobs.lookup,
    );

    await expect(wait).rejects.toBeInstanceOf(JobFailedError);
    expect(jobs.lookups).toEqual(['job-1']);
    expect(clock.now()).toBe(1000);
  });

  it('keeps waiting while the job has not failed', async () => {
    const statuses = ['Associating', undefined];
    const jobs = countingLookup({ Id: 'job-1', Status: 'Succeeded' });

    const wait = waitFor(
      async () => statuses.shift(),
      { describe: 'certificate c to be Associated', until: (value) => value === 'Associated', jobId: 'job-1' },
      polling,
      new EvidenceRecorder('ACWL-ASYNC-900'),
      manualPollingClock(),
      undefined,
      jobs.lookup,
    );

    await expect(wait).rejects.toBeInstanceOf(WaitTimeoutError);
    expect(jobs.lookups).toEqual(['job-1', 'job-1']);
  });

  it('rejects a jobId without a job lookup', async () => {
    const wait = waitFor(async () => 'x', { describe: 'x', jobId: 'job-1' }, polling, new EvidenceRecorder('ACWL-ASYNC-900'));

    await expect(wait).rejects.toThrowError('waitFor received jobId job-1 for x without a job lookup; call context.waitFor instead');
  });
});

describe('clause waits on a failed job', () => {
  const failingJobService = () =>
    fakeRpcClient((call) => {
      if (call.action === 'ListAsynJobs') {
        return { ok: true, body: { Jobs: [{ ...failedJob, ApiName: 'AssociateAdditionalCertificatesWithListener' }], MaxResults: 20, TotalCount: 1 } };
      }
      return { ok: true, body: { Certificates: [], MaxResults: 100, NextToken: '', TotalCount: 0 } };
    });

  it('fails context.waitFor with the job error', async () => {
    const rpcClient = failingJobService();
    const statuses = ['Associating', undefined];

    const outcome = await runClause(
      sampleClause({ id: 'ACWL-ASYNC-900' }),
      fakeTarget(),
      { createRpcClient: () => rpcClient, validators: specValidators, clock: manualPollingClock() },
      async (context) => {
        await context.waitFor(async () => statuses.shift(), { describe: 'certificate c to be Associated', until: (value) => value === 'Associated', jobId: 'job-1' });
      },
    );

    expect(outcome.error).toBeInstanceOf(JobFailedError);
    expect(outcome.evidence.failures[0]?.message).toContain('ErrorCode Job.Failed');
    expect(rpcClient.calls.map((call) => call.action)).toEqual(['ListAsynJobs']);
    expect(rpcClient.calls[0]?.request).toEqual({ JobIds: ['job-1'] });
  });

  it('fails waitForJob with the ErrorCode and ErrorMessage', async () => {
    const rpcClient = failingJobService();

    const outcome = await runClause(
      sampleClause({ id: 'ACWL-ASYNC-900' }),
      fakeTarget(),
      { createRpcClient: () => rpcClient, validators: specValidators, clock: manualPollingClock() },
      async (context) => {
        await waitForJob(context, 'job-1');
      },
    );

    expect(outcome.error).toBeInstanceOf(JobFailedError);
    expect(outcome.evidence.failures[0]?.message).toBe(
      'Job job-1 ended Failed in ListAsynJobs with ErrorCode Job.Failed and ErrorMessage ' +
        '"The job job-1 failed on lsn-1 (injected fault); the change was rolled back."; expected Succeeded',
    );
  });
});
