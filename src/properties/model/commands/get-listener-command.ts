import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { callExpectingSuccess, readBackListener } from '../model-target.js';
import type { TargetModel } from '../model-types.js';
import { reconcileListenerAttribute } from '../observations.js';

/** GetListenerAttribute: the listener's status, load balancer and default certificate, compared with the model. */
export class GetListenerCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(readonly listenerId: string) {}

  check(): boolean {
    return true;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const body = await callExpectingSuccess(real, 'GetListenerAttribute', { ListenerId: this.listenerId });
    reconcileListenerAttribute(model, this.listenerId, body);

    await readBackListener(model, real, this.listenerId);
  }

  toString(): string {
    return `GetListenerAttribute ListenerId=${this.listenerId}`;
  }
}
