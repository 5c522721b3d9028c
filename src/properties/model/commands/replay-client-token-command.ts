import type fc from 'fast-check';

import { ClauseExpectationError } from '../../../conformance/clause/expectations.js';
import type { ModelTarget } from '../model-target.js';
import { readBackListener } from '../model-target.js';
import type { TargetModel } from '../model-types.js';

/**
 * Sends an accepted change again with the same ClientToken and parameters (`pick` is its position,
 * oldest first). The target must return the first JobId and change nothing.
 */
export class ReplayClientTokenCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(readonly pick: number) {}

  check(model: Readonly<TargetModel>): boolean {
    return model.rememberedChanges.length > 0;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const remembered = model.rememberedChanges[this.pick % model.rememberedChanges.length];
    if (remembered === undefined) {
      return;
    }

    const result = await real.client.call(remembered.action, remembered.request);
    const jobId = result.ok ? result.body['JobId'] : undefined;
    if (jobId !== remembered.jobId) {
      throw new ClauseExpectationError(
        `${remembered.action} repeated with ClientToken ${remembered.clientToken} must return the first JobId`,
        { status: 200, JobId: remembered.jobId },
        result.ok ? { status: result.status, JobId: jobId } : { status: result.status, code: result.code, message: result.message },
      );
    }

    await readBackListener(model, real, String(remembered.request['ListenerId']));
  }

  toString(): string {
    return `repeat accepted change #${this.pick} with its ClientToken`;
  }
}
