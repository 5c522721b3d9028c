import type { ListenerSettings } from './state.js';
import type { ListenerStatus } from './seed-types.js';

export type JobStatus = 'Processing' | 'Succeeded' | 'Failed';
export type JobOperateType = 'Create' | 'Update' | 'Delete';

/** The change a job applies to the state when it finishes. It is dropped once the job has finished. */
export type JobEffect =
  | { kind: 'associate'; certificateIds: string[] }
  | { kind: 'dissociate'; certificateIds: string[] }
  | { kind: 'create' }
  | { kind: 'update'; changes: Partial<ListenerSettings>; previousStatus: ListenerStatus }
  | { kind: 'delete'; previousStatus: ListenerStatus };

export interface JobRecord {
  id: string;
  accountId: string;
  apiName: string;
  resourceType: 'listener';
  resourceId: string;
  operateType: JobOperateType;
  status: JobStatus;
  /** Epoch milliseconds. */
  createTime: number;
  modifyTime: number;
  errorCode?: string;
  errorMessage?: string;
  /** Decided when the job is created, so injected failures repeat for the same random seed. */
  failureInjected: boolean;
  effect?: JobEffect;
}

/** Associate and Dissociate jobs hold the listener for a certificate change; the others for a listener change. */
export function isCertificateJob(job: JobRecord): boolean {
  return job.effect?.kind === 'associate' || job.effect?.kind === 'dissociate';
}

/** The error code that ListAsynJobs reports for a failed job, as in the ListAsynJobs example of the ALB API. */
export const failedJobErrorCode = '506';

/**
 * The job history and the jobs still Processing. Finished jobs beyond `maxFinishedJobs` are evicted
 * oldest first so that a long-running emulator keeps bounded memory.
 */
export class JobStore {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly processing = new Map<string, JobRecord>();
  private finishedCount = 0;

  constructor(private readonly maxFinishedJobs = 100_000) {}

  add(job: JobRecord): void {
    this.jobs.set(job.id, job);
    this.processing.set(job.id, job);
  }

  get(jobId: string): JobRecord | undefined {
    return this.jobs.get(jobId);
  }

  /** All jobs in creation order. */
  all(): IterableIterator<JobRecord> {
    return this.jobs.values();
  }

  /**
   * Finishes, in creation order, every Processing job whose end time has come. Jobs share one duration,
   * so creation order is also end order and the scan stops at the first job still running.
   */
  finishDue(now: number, durationMs: number, finish: (job: JobRecord, endTime: number) => void): void {
    for (const job of this.processing.values()) {
      const endTime = job.createTime + durationMs;
      if (now < endTime) {
        break;
      }

      this.processing.delete(job.id);
      finish(job, endTime);
      delete job.effect;
      this.finishedCount += 1;
    }

    this.evictOldFinishedJobs();
  }

  private evictOldFinishedJobs(): void {
    if (this.finishedCount <= this.maxFinishedJobs) {
      return;
    }

    for (const job of this.jobs.values()) {
      if (this.finishedCount <= this.maxFinishedJobs) {
        break;
      }
      if (job.status !== 'Processing') {
        this.jobs.delete(job.id);
        this.finishedCount -= 1;
      }
    }
  }
}
