import type { ListenerRole } from '../../conformance/config/target-config.js';

/** An additional certificate's status in ListListenerCertificates; `Diassociating` is the API's spelling. */
export type AssociationStatus = 'Associating' | 'Associated' | 'Diassociating';

/** The two operations that change a listener's additional certificates. */
export type CertificateChangeAction = 'AssociateAdditionalCertificatesWithListener' | 'DissociateAdditionalCertificatesFromListener';

/**
 * A job the target started. `Processing` means it may have finished already: the model learns that
 * it has when a response shows it (ListAsynJobs Succeeded, the listener Running again, or a change
 * the busy listener would have rejected).
 */
export interface ModelJob {
  readonly jobId: string;
  readonly action: CertificateChangeAction;
  readonly listenerId: string;
  readonly certificateIds: readonly string[];
  status: 'Processing' | 'Succeeded';
}

export interface ModelListener {
  readonly role: ListenerRole;
  readonly listenerId: string;
  readonly loadBalancerId: string;
  readonly defaultCertificateId?: string;
  /** Additional certificates by id. */
  readonly certificates: Map<string, AssociationStatus>;
  /** The Processing job that keeps the listener Configuring, if any. */
  activeJobId?: string;
}

export interface ModelLoadBalancer {
  readonly loadBalancerId: string;
  /** The number of additional certificates its listeners may have together. */
  readonly quota: number;
  /** Additional certificates on listeners outside the model, which count against the quota too. */
  readonly otherUsage: number;
}

/** A certificate's type in the certificate store; an id the model has no kind for does not exist there. */
export type CertificateKind = 'Server' | 'Ca';

/** A change the target accepted with a ClientToken, which the same request must replay. */
export interface RememberedChange {
  readonly clientToken: string;
  readonly action: CertificateChangeAction;
  readonly request: Readonly<Record<string, unknown>>;
  readonly jobId: string;
}

/** The state the target should have, as far as the listener-certificate API shows it. */
export interface TargetModel {
  readonly listeners: Map<string, ModelListener>;
  readonly loadBalancers: Map<string, ModelLoadBalancer>;
  /** Every job the model started, oldest first. */
  readonly jobs: ModelJob[];
  readonly certificateKinds: ReadonlyMap<string, CertificateKind>;
  readonly rememberedChanges: RememberedChange[];
}
