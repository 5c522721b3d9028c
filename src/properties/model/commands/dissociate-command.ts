import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { sendChange } from '../model-target.js';
import type { TargetModel } from '../model-types.js';
import { requireListener } from '../target-model.js';

/**
 * DissociateAdditionalCertificatesFromListener. The certificates are picked when the command runs,
 * from the listener's additional certificates in the model (`picks` are positions in their id order),
 * so that most dissociations name certificates the listener has. `extraCertificateId` adds one that
 * it may not have. `fallbackCertificateId` is sent when the listener has none.
 */
export class DissociateCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(
    readonly listenerId: string,
    readonly picks: readonly number[],
    readonly extraCertificateId: string | undefined,
    readonly fallbackCertificateId: string,
    readonly dryRun: boolean,
    readonly withClientToken: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const change = {
      action: 'DissociateAdditionalCertificatesFromListener',
      listenerId: this.listenerId,
      certificateIds: this.pickCertificates(model),
      dryRun: this.dryRun,
    } as const;

    await sendChange(model, real, change, this.withClientToken ? real.freshClientToken() : undefined);
  }

  toString(): string {
    const picked = this.picks.map((pick) => `#${pick}`);
    const extra = this.extraCertificateId === undefined ? [] : [this.extraCertificateId];
    const options = [...(this.dryRun ? ['DryRun=true'] : []), ...(this.withClientToken ? ['ClientToken=<fresh>'] : [])];

    return ['DissociateAdditionalCertificatesFromListener', `ListenerId=${this.listenerId}`, `Certificates=[${[...picked, ...extra].join(', ')}]`, ...options].join(' ');
  }

  private pickCertificates(model: TargetModel): string[] {
    const held = [...requireListener(model, this.listenerId).certificates.keys()].sort();
    const picked = held.length === 0 ? [] : this.picks.map((pick) => held[pick % held.length] as string);
    const withExtra = this.extraCertificateId === undefined ? picked : [...picked, this.extraCertificateId];
    const distinct = [...new Set(withExtra)];

    return distinct.length === 0 ? [this.fallbackCertificateId] : distinct;
  }
}
