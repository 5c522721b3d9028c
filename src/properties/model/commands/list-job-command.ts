import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { callExpectingSuccess, readBackListener } from '../model-target.js';
import type { TargetModel } from '../model-types.js';
import { reconcileJob } from '../observations.js';

/** ListAsynJobs with `JobIds.1` set to one of the model's jobs (`pick` is its position, oldest first). */
export class ListJobCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(readonly pick: number) {}

  check(model: Readonly<TargetModel>): boolean {
    return model.jobs.length > 0;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const job = model.jobs[this.pick % model.jobs.length];
    if (job === undefined) {
      return;
    }

    const body = await callExpectingSuccess(real, 'ListAsynJobs', { JobIds: [job.jobId] });
    reconcileJob(model, job.jobId, body);

    await readBackListener(model, real, job.listenerId);
  }

  toString(): string {
    return `ListAsynJobs JobIds.1=<job #${this.pick}>`;
  }
}
