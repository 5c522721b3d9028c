import type { ClauseTier } from '../registry/clause-types.js';
import type { IdempotenceSettings, PollingSettings, PropertyClauseSettings, TargetResources } from '../config/target-config.js';
import type { Credentials } from '../wire-contract.js';

export type TargetKind = 'emulator' | 'endpoint' | 'region';

/**
 * The implementation under test, resolved once per run and handed to the suites through vitest's
 * `provide`/`inject`. It is plain data so it survives the trip to the test workers.
 * It carries credentials: never print it or write it to a report (use `describeTarget`).
 */
export interface ConformanceTarget {
  readonly kind: TargetKind;
  /** Base URL for `emulator` and `endpoint`; undefined for `region`. */
  readonly endpoint?: string;
  readonly region: string;
  /** Credential pairs by role; `default` is always present, and `sts` carries a security token. */
  readonly credentials: Readonly<{ default: Credentials; restricted?: Credentials; sts?: Credentials }>;
  readonly resources: TargetResources;
  readonly polling: PollingSettings;
  readonly tiers: readonly ClauseTier[];
  readonly allowCostly: boolean;
  readonly allowDestructive: boolean;
  /** Guarantees of the target about ClientToken requests. Without them, clauses that need an in-flight window are skipped. */
  readonly idempotence?: IdempotenceSettings;
  /** Settings of the property-based and model-based clauses, from the configuration file. */
  readonly properties?: PropertyClauseSettings;
}

/** A one-line description of a target without any secret, for terminals and reports. */
export function describeTarget(target: ConformanceTarget): string {
  switch (target.kind) {
    case 'emulator':
      return `embedded emulator at ${target.endpoint ?? '(not started)'}`;
    case 'endpoint':
      return `endpoint ${target.endpoint ?? '(none)'} (region ${target.region})`;
    case 'region':
      return `Alibaba Cloud ALB in region ${target.region}`;
  }
}
