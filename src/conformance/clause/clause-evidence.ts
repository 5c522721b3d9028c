import type { WireExchange } from '../wire-contract.js';

/** The part of a clause that made a call: the clause body, or the cleanup that restores the target. */
export type CallPhase = 'clause' | 'cleanup';

/** One RPC call made by a clause, as recorded for the report (secrets redacted). */
export interface RecordedCall {
  readonly phase: CallPhase;
  readonly action: string;
  /** Wire parameter names in catalogue form, e.g. `Certificates.N.CertificateId`. */
  readonly parameters: readonly string[];
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  /** Why the call got no response: the target was unreachable, timed out, or the request failed validation. */
  readonly clientError?: string;
  readonly schemaViolations: readonly string[];
  readonly exchange?: WireExchange;
}

/** Expected and received values of a clause, when they differed. */
export interface RecordedFailure {
  readonly message: string;
  readonly expected?: unknown;
  readonly received?: unknown;
}

/** One `waitFor` of a clause: the distinct values it observed, in order. */
export interface RecordedWait {
  readonly describe: string;
  readonly observations: readonly string[];
  /** `job failed`: the job the wait depended on ended Failed before the state was reached. */
  readonly outcome: 'reached' | 'timed out' | 'job failed';
  readonly elapsedMs: number;
}

/** Everything a clause recorded, attached to the vitest task meta as `conformance`. */
export interface ClauseEvidence {
  readonly clauseId: string;
  readonly calls: readonly RecordedCall[];
  readonly failures: readonly RecordedFailure[];
  readonly waits: readonly RecordedWait[];
  readonly notes: readonly string[];
  readonly cleanupErrors: readonly string[];
  /** How many calls lost their exchange to the report's limits; those calls keep their metadata. */
  readonly omittedExchanges?: number;
}
