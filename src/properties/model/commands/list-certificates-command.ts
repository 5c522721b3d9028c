import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { readBackListener } from '../model-target.js';
import type { TargetModel } from '../model-types.js';

/** ListListenerCertificates over all pages, compared with the model. */
export class ListCertificatesCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(readonly listenerId: string) {}

  check(): boolean {
    return true;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    await readBackListener(model, real, this.listenerId);
  }

  toString(): string {
    return `ListListenerCertificates ListenerId=${this.listenerId}`;
  }
}
