import type fc from 'fast-check';

import type { ModelTarget } from '../model-target.js';
import { sendChange } from '../model-target.js';
import type { TargetModel } from '../model-types.js';

/** AssociateAdditionalCertificatesWithListener with certificates chosen when the command was generated. */
export class AssociateCommand implements fc.AsyncCommand<TargetModel, ModelTarget> {
  constructor(
    readonly listenerId: string,
    readonly certificateIds: readonly string[],
    readonly dryRun: boolean,
    readonly withClientToken: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: TargetModel, real: ModelTarget): Promise<void> {
    const change = { action: 'AssociateAdditionalCertificatesWithListener', listenerId: this.listenerId, certificateIds: this.certificateIds, dryRun: this.dryRun } as const;

    await sendChange(model, real, change, this.withClientToken ? real.freshClientToken() : undefined);
  }

  toString(): string {
    const certificates = this.certificateIds.map((certificateId, index) => `Certificates.${index + 1}.CertificateId=${certificateId}`);
    const options = [...(this.dryRun ? ['DryRun=true'] : []), ...(this.withClientToken ? ['ClientToken=<fresh>'] : [])];

    return ['AssociateAdditionalCertificatesWithListener', `ListenerId=${this.listenerId}`, ...certificates, ...options].join(' ');
  }
}
