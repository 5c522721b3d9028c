/** The areas a clause id names, in report order. */
export const clauseAreas = ['VAL', 'ERR', 'ASYNC', 'IDEM', 'DRY', 'AUTH', 'SCHEMA', 'PROP', 'MODEL'] as const;

export type ClauseArea = (typeof clauseAreas)[number];

/** Human titles of the areas, for reports. */
export const clauseAreaTitles: Readonly<Record<ClauseArea, string>> = {
  VAL: 'Request validation',
  ERR: 'Error codes',
  ASYNC: 'Status transitions',
  IDEM: 'Idempotency',
  DRY: 'Dry run',
  AUTH: 'Signing and authentication',
  SCHEMA: 'Response schema',
  PROP: 'Properties',
  MODEL: 'Model-based',
};

/** Clause tiers: `core` for every implementation, `strict` for exact messages and check order, `extended` for the rest. */
export const clauseTiers = ['core', 'strict', 'extended'] as const;

export type ClauseTier = (typeof clauseTiers)[number];

export type ClauseSourceKind = 'documentation' | 'sdk' | 'public-report' | 'inference';

/** Source of the requirement of a clause. */
export interface ClauseSource {
  readonly kind: ClauseSourceKind;
  readonly reference: string;
}

export type ClauseStatus = 'active' | 'retired';

/** One entry of `suites/registry/clauses.yaml`. */
export interface ClauseDefinition {
  readonly id: string;
  readonly requirement: string;
  readonly source: ClauseSource;
  readonly tier: ClauseTier;
  readonly operations: readonly string[];
  readonly errorCodes: readonly string[];
  readonly transitions: readonly string[];
  readonly needs: readonly string[];
  readonly status: ClauseStatus;
  readonly retiredReason?: string;
}

/** The loaded registry, keyed by clause id, in file order. */
export interface ClauseRegistry {
  readonly clauses: readonly ClauseDefinition[];
  get(id: string): ClauseDefinition | undefined;
}
