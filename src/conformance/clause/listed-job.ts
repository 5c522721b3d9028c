import type { ConformanceClient } from './conformance-client.js';
import { expectOk } from './expectations.js';

/** One item of ListAsynJobs `Jobs`. ErrorCode and ErrorMessage are set on Failed jobs. */
export interface ListedJob {
  readonly Id: string;
  readonly Status: string;
  readonly ApiName?: string;
  readonly ResourceId?: string;
  readonly ResourceType?: string;
  readonly OperateType?: string;
  readonly ErrorCode?: string;
  readonly ErrorMessage?: string;
}

/** Reads one job from ListAsynJobs with `JobIds.1=<jobId>`, the query Terraform polls with; undefined when it is not listed. */
export async function findListedJob(client: ConformanceClient, jobId: string): Promise<ListedJob | undefined> {
  const body = expectOk(await client.call('ListAsynJobs', { JobIds: [jobId] }));
  const jobs = (body['Jobs'] as ListedJob[] | undefined) ?? [];
  return jobs.find((job) => job.Id === jobId);
}

/** Raised when ListAsynJobs reports a job Failed; names the JobId, its ErrorCode and its ErrorMessage. */
export class JobFailedError extends Error {
  readonly job: ListedJob;

  constructor(job: ListedJob, context: string) {
    super(
      `Job ${job.Id} ended Failed in ListAsynJobs with ErrorCode ${job.ErrorCode ?? '(none)'} and ErrorMessage ` +
        `${JSON.stringify(job.ErrorMessage ?? '(none)')}; ${context}`,
    );
    this.name = 'JobFailedError';
    this.job = job;
  }
}
