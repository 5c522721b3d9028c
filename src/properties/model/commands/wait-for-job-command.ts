import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { callExpectingSuccess, readBackListener } from '../model-target.js';
import type { TargetModel } from '../model-types.js';
import { reconcileJob } from '../observations.js';
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

    const body = await real.context.waitFor(() => callExpectingSuccess(real, 'ListAsynJobs', { JobIds: [jobId] }), {
      describe: `job ${jobId} of listener ${this.listenerId} to be Succeeded`,
      until: (response) => (response['Jobs'] as Array<{ Status?: string }> | undefined)?.[0]?.Status !== 'Processing',
    });
    reconcileJob(model, jobId, body);

    await readBackListener(model, real, this.listenerId);
  }

  toString(): string {
    return `wait for the job of ${this.listenerId}`;
  }
}
