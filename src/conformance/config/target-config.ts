import type { ClauseTier } from '../registry/clause-types.js';

/** Source of a credential pair: environment variable names (preferred) or inline values. */
export interface CredentialsSource {
  readonly accessKeyIdEnv?: string;
  readonly accessKeySecretEnv?: string;
  readonly securityTokenEnv?: string;
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  readonly securityToken?: string;
}

/** The listener roles a clause may need. */
export const listenerRoles = ['https', 'quic', 'http', 'basicQuota', 'stopped', 'noDefault'] as const;

export type ListenerRole = (typeof listenerRoles)[number];

/** The single-certificate roles a clause may need. */
export const certificateRoles = ['default', 'ca', 'missing'] as const;

export type CertificateRole = (typeof certificateRoles)[number];

/** Listeners and certificates of the target that clauses may use. */
export interface TargetResources {
  readonly listeners: Readonly<Partial<Record<ListenerRole, string>>>;
  readonly certificates: Readonly<Partial<Record<CertificateRole, string>>> & { readonly free: readonly string[] };
  /**
   * The additional-certificate quota of the load balancer of each listener role, for the model-based
   * clauses. A role without one gets its edition's documented quota (10 for basicQuota, 25 otherwise).
   */
  readonly certificateQuotas?: Readonly<Partial<Record<ListenerRole, number>>>;
}

/** Polling settings of clauses that wait for jobs and statuses. */
export interface PollingSettings {
  readonly deadlineMs: number;
  readonly intervalMs: number;
}

/** Guarantees of the target about requests that carry a ClientToken. */
export interface IdempotenceSettings {
  /**
   * How long a request with a ClientToken stays in flight before the target runs it, in milliseconds.
   * A copy of the request that arrives within this time gets IdempotenceProcessing.
   */
  readonly inFlightWindowMs?: number;
}

/** The target configuration file as written by the user, after schema validation. */
export interface TargetConfig {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: {
    readonly default?: CredentialsSource;
    readonly restricted?: CredentialsSource;
    /** A temporary STS AccessKey; its security token is required. */
    readonly sts?: CredentialsSource;
  };
  readonly resources?: {
    readonly listeners?: TargetResources['listeners'];
    readonly certificates?: Partial<TargetResources['certificates']>;
    readonly certificateQuotas?: TargetResources['certificateQuotas'];
  };
  readonly polling?: Partial<PollingSettings>;
  readonly tiers?: readonly ClauseTier[];
  readonly allowCostly?: boolean;
  readonly allowDestructive?: boolean;
  readonly idempotence?: IdempotenceSettings;
  readonly properties?: PropertyClauseSettings;
}

/** Settings of the property-based and model-based clauses. */
export interface PropertyClauseSettings {
  /** Cases per property clause; unset, each clause uses its own default. */
  readonly numRuns?: number;
}
