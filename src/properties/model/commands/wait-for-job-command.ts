import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { readBackListener, waitForJob } from '../model-target.js';
import type { TargetModel } from '../model-types.js';
import { requireListener } from '../target-model.js';

/** Polls ListAsynJobs until the listener's running job is Succeeded, then reads the listener back. */
export class WaitForJobCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(readonly listenerId: string) {}

  check(model: Readonly<TargetModel>): boolean {
    return model.listeners.get(this.listenerId)?.activeJobId !== undefined;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const jobId = requireListener(model, this.listenerId).activeJobId;
    if (jobId === undefined) {
      return;
    }

    await waitForJob(model, real, jobId, this.listenerId);
    await readBackListener(model, real, this.listenerId);
  }

  toString(): string {
    return `wait for the job of ${this.listenerId}`;
  }
}
