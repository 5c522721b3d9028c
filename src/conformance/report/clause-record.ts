import type { ClauseEvidence, RecordedFailure } from '../clause/clause-evidence.js';
import type { CoverageReport } from '../coverage/coverage-types.js';
import type { ClauseArea, ClauseSource, ClauseTier } from '../registry/clause-types.js';

export type ClauseOutcomeStatus = 'passed' | 'failed' | 'skipped';

/**
 * Why a clause was skipped. The run did not select `tier-not-selected` and `retired` clauses.
 * A `need-not-met` clause was selected, but the target lacks a resource or setting it needs.
 * A `suite` clause is marked skip or todo in its suite file.
 */
export type SkipCause = 'tier-not-selected' | 'retired' | 'need-not-met' | 'suite';

/** One clause of a run, as every report renders it. */
export interface ClauseRecord {
  readonly id: string;
  /** The clause area, or `OTHER` for a test under suites/ that is not a registry clause. */
  readonly area: ClauseArea | 'OTHER';
  readonly requirement: string;
  readonly tier?: ClauseTier;
  readonly operations: readonly string[];
  /** The status transitions the clause checks, as the registry declares them. */
  readonly transitions: readonly string[];
  readonly source?: ClauseSource;
  readonly status: ClauseOutcomeStatus;
  readonly skipReason?: string;
  /** Set on skipped clauses; absent in reports written before it existed, which count as `need-not-met`. */
  readonly skipCause?: SkipCause;
  readonly durationMs?: number;
  /** The suite file, relative to the project root. */
  readonly file: string;
  /** Expected and received values of a failed clause. */
  readonly failure?: RecordedFailure;
  /** Every error vitest reported for the test (message only, no stack). */
  readonly errors: readonly string[];
  readonly evidence: ClauseEvidence;
  /** The command that reruns this clause alone. */
  readonly rerunCommand: string;
}

/** A problem outside any clause: a suite file that failed to load, or an error thrown between tests. */
export interface RunError {
  readonly file?: string;
  readonly message: string;
}

/** The counts of one area, or of the whole run. */
export interface OutcomeCounts {
  readonly passed: number;
  readonly failed: number;
  /** Selected clauses that did not run: a need was not met, or the suite skips them. */
  readonly skipped: number;
  /** Clauses of tiers the run did not select, and retired clauses. */
  readonly notSelected: number;
}

/** Everything a run produced, as written to `report.json`. */
export interface RunReport {
  readonly tool: { readonly name: string; readonly version: string };
  /** The target without secrets, e.g. "embedded emulator at http://127.0.0.1:40123". */
  readonly target: string;
  readonly tiers: readonly ClauseTier[];
  readonly selectedClauses?: readonly string[];
  readonly shard?: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly totals: OutcomeCounts;
  readonly clauses: readonly ClauseRecord[];
  readonly runErrors: readonly RunError[];
  readonly coverage: CoverageReport;
}
