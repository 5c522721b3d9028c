import { describe, expect, it } from 'vitest';

import {
  associate,
  certificate,
  certificateStatuses,
  createHarness,
  defaultCertificateId,
  dissociate,
  expectApiError,
  httpsListenerId,
  jobStatus,
  listenerStatus,
  otherAccessKeyId,
} from './core-harness.js';

describe('job failure injection', () => {
  it('failed Associate rolls the certificates back', async () => {
    const harness = createHarness({ faults: { jobFailureRate: 1 } });

    const { JobId } = await associate(harness, httpsListenerId, [certificate(1)]);
    harness.clock.advance(5000);

    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([
      `${defaultCertificateId}:Associated`,
      `${certificate(30)}:Associated`,
    ]);
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Running');
    const job = await jobStatus(harness, JobId as string);
    expect(job.Status).toBe('Failed');
    expect(job.ErrorCode).toBe('506');
    expect(job.ErrorMessage).toBe(
      `The job ${JobId as string} of AssociateAdditionalCertificatesWithListener failed on ${httpsListenerId} (injected fault); the change was rolled back.`,
    );
    const loadBalancer = harness.core.snapshot().loadBalancers.find((item) => item.loadBalancerId === 'alb-standard-01');
    expect(loadBalancer?.certificateUsage).toBe(1);
  });

  it('failed Dissociate restores Associated', async () => {
    const harness = createHarness({ faults: { jobFailureRate: 1 } });

    const { JobId } = await dissociate(harness, httpsListenerId, [certificate(30)]);
    harness.clock.advance(5000);

    expect(await certificateStatuses(harness, httpsListenerId)).toEqual([
      `${defaultCertificateId}:Associated`,
      `${certificate(30)}:Associated`,
    ]);
    expect((await jobStatus(harness, JobId as string)).Status).toBe('Failed');
    expect(await listenerStatus(harness, httpsListenerId)).toBe('Running');
  });

  it('same random seed fails the same jobs', async () => {
    const outcomes = async () => {
      const harness = createHarness({ jobDurationMs: 0, faults: { jobFailureRate: 0.5, randomSeed: 42 } });
      const statuses: string[] = [];
      for (let index = 1; index <= 12; index += 1) {
        const { JobId } = await associate(harness, httpsListenerId, [certificate(index)]);
        statuses.push((await jobStatus(harness, JobId as string)).Status as string);
      }
      return statuses;
    };

    const first = await outcomes();
    const second = await outcomes();

    expect(second).toEqual(first);
    expect(first).toContain('Failed');
    expect(first).toContain('Succeeded');
  });

  it('rejects a failure rate above 1', () => {
    expect(() => createHarness({ faults: { jobFailureRate: 1.5 } })).toThrow(
      'faults.jobFailureRate must be from 0 to 1, got 1.5',
    );
  });
});

describe('ListAsynJobs', () => {
  async function harnessWithThreeJobs() {
    const harness = createHarness();
    const jobIds: string[] = [];
    for (const listenerId of [httpsListenerId, 'lsn-quic-standard-01', 'lsn-https-basic-01']) {
      const { JobId } = await associate(harness, listenerId, [certificate(1)]);
      jobIds.push(JobId as string);
      harness.clock.advance(1000);
    }
    return { harness, jobIds };
  }

  it('JobIds returns exactly that job', async () => {
    const { harness, jobIds } = await harnessWithThreeJobs();

    const body = await harness.call('ListAsynJobs', { JobIds: [jobIds[1]] });

    expect(body.TotalCount).toBe(1);
    expect((body.Jobs as { Id: string }[]).map((job) => job.Id)).toEqual([jobIds[1]]);
  });

  it('filters by ResourceIds and ApiName', async () => {
    const { harness, jobIds } = await harnessWithThreeJobs();
    await harness.call('UpdateListenerAttribute', { ListenerId: 'lsn-https-stopped-01', IdleTimeout: 20 });

    const byResource = await harness.call('ListAsynJobs', { ResourceIds: [httpsListenerId, 'lsn-https-basic-01'] });
    const byApiName = await harness.call('ListAsynJobs', { ApiName: 'UpdateListenerAttribute', ResourceType: 'listener' });

    expect((byResource.Jobs as { Id: string }[]).map((job) => job.Id)).toEqual([jobIds[0], jobIds[2]]);
    expect((byApiName.Jobs as { ResourceId: string }[]).map((job) => job.ResourceId)).toEqual(['lsn-https-stopped-01']);
  });

  it('filters by ResourceType', async () => {
    const { harness } = await harnessWithThreeJobs();

    const body = await harness.call('ListAsynJobs', { ResourceType: 'loadbalancer' });

    expect(body.TotalCount).toBe(0);
    expect(body.Jobs).toEqual([]);
  });

  it('filters by creation time range', async () => {
    const { harness, jobIds } = await harnessWithThreeJobs();

    const body = await harness.call('ListAsynJobs', { BeginTime: 1_800_000_001_000, EndTime: 1_800_000_001_000 });

    expect((body.Jobs as { Id: string }[]).map((job) => job.Id)).toEqual([jobIds[1]]);
  });

  it('lists only the caller account jobs', async () => {
    const { harness } = await harnessWithThreeJobs();

    const body = await harness.call('ListAsynJobs', {}, otherAccessKeyId);

    expect(body.TotalCount).toBe(0);
  });

  it('pages with MaxResults and NextToken', async () => {
    const { harness, jobIds } = await harnessWithThreeJobs();

    const first = await harness.call('ListAsynJobs', { MaxResults: 2 });
    const second = await harness.call('ListAsynJobs', { MaxResults: 2, NextToken: first.NextToken });

    expect((first.Jobs as { Id: string }[]).map((job) => job.Id)).toEqual(jobIds.slice(0, 2));
    expect(first.TotalCount).toBe(3);
    expect(typeof first.NextToken).toBe('string');
    expect((second.Jobs as { Id: string }[]).map((job) => job.Id)).toEqual(jobIds.slice(2));
    expect(second.NextToken).toBeUndefined();
  });

  it('forged NextToken is InvalidParameter', async () => {
    const { harness } = await harnessWithThreeJobs();
    await expectApiError(
      harness.call('ListAsynJobs', { MaxResults: 1, NextToken: Buffer.from('1.0000').toString('base64url') }),
      'InvalidParameter',
      400,
      'The specified parameter NextToken is not valid: unknown token.',
    );
  });
});
