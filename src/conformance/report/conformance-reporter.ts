import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { ClauseEvidence } from '../clause/clause-evidence.js';
import { areaOfClause } from '../registry/clause-id.js';
import type { ClauseDefinition, ClauseRegistry, ClauseTier } from '../registry/clause-types.js';
import { ClauseHeartbeat } from './clause-heartbeat.js';
import type { ClauseOutcomeStatus, ClauseRecord, RunError, SkipCause } from './clause-record.js';
import { limitExchanges } from './exchange-limits.js';
import type { ExchangeLimits } from './exchange-limits.js';
import { isNotSelected } from './outcome-counts.js';
import { formatProgressLine } from './progress-line.js';
import '../vitest-context.js';

type UnhandledErrors = Parameters<NonNullable<Reporter['onTestRunEnd']>>[1];

/** Settings the runner passes to the reporter. */
export interface ConformanceReporterOptions {
  readonly registry: ClauseRegistry;
  /** When set, only these clauses are reported; the others were filtered out by name. */
  readonly selectedClauseIds?: ReadonlySet<string>;
  /** The command that reruns one clause alone. */
  rerunCommandFor(clauseId: string): string;
  /** Destination of progress lines (the terminal). */
  write(text: string): void;
  /** Time between two "still running" lines of a long clause. @defaultValue 10000 ms */
  readonly heartbeatIntervalMs?: number;
  /** The tiers the run selected; a clause of another tier is recorded as not selected and gets no progress line. */
  readonly tiers?: readonly ClauseTier[];
  /** The exchanges each record keeps (see `limitExchanges`); without it, records keep every exchange, as fixtures need. */
  readonly exchangeLimits?: ExchangeLimits;
}

/**
 * A vitest reporter that prints one progress line per clause, and a "still running" line every 10 s
 * of a long clause, and turns each finished test into a clause record, with the evidence the clause
 * left in its task meta.
 */
export class ConformanceReporter implements Reporter {
  readonly records: ClauseRecord[] = [];
  readonly runErrors: RunError[] = [];

  readonly #options: ConformanceReporterOptions;
  readonly #heartbeat: ClauseHeartbeat;

  constructor(options: ConformanceReporterOptions) {
    this.#options = options;
    this.#heartbeat = new ClauseHeartbeat(options.write, options.heartbeatIntervalMs);
  }

  onTestCaseReady(testCase: TestCase): void {
    const id = clauseIdOf(testCase);
    if (this.#options.selectedClauseIds === undefined || this.#options.selectedClauseIds.has(id)) {
      this.#heartbeat.start(testCase.id, id);
    }
  }

  onTestCaseResult(testCase: TestCase): void {
    this.#heartbeat.stop(testCase.id);
    const record = this.#buildRecord(testCase);
    if (record === undefined) {
      return;
    }

    this.records.push(record);
    if (!isNotSelected(record)) {
      this.#options.write(`${formatProgressLine(record)}\n`);
    }
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: UnhandledErrors): void {
    this.#heartbeat.stopAll();
    for (const testModule of testModules) {
      for (const error of testModule.errors()) {
        this.runErrors.push({ file: testModule.relativeModuleId, message: error.message });
      }
    }
    for (const error of unhandledErrors) {
      this.runErrors.push({ message: error.message });
    }
  }

  #buildRecord(testCase: TestCase): ClauseRecord | undefined {
    const id = clauseIdOf(testCase);
    if (this.#options.selectedClauseIds !== undefined && !this.#options.selectedClauseIds.has(id)) {
      return undefined;
    }

    const result = testCase.result();
    const status = outcomeStatus(result.state);
    if (status === undefined) {
      return undefined;
    }

    const definition = this.#options.registry.get(id);
    const fullEvidence = testCase.meta().conformance ?? emptyEvidence(id);
    const limits = this.#options.exchangeLimits;
    const evidence = limits === undefined ? fullEvidence : limitExchanges(fullEvidence, status, limits);
    const errors = (result.errors ?? []).map((error) => error.message);
    const firstFailure = evidence.failures[0] ?? (errors[0] === undefined ? undefined : { message: errors[0] });
    const durationMs = testCase.diagnostic()?.duration;

    return {
      id,
      area: areaOfClause(id) ?? 'OTHER',
      requirement: definition?.requirement ?? testCase.name,
      ...(definition === undefined ? {} : { tier: definition.tier, source: definition.source }),
      operations: definition?.operations ?? [],
      transitions: definition?.transitions ?? [],
      status,
      ...(result.state === 'skipped'
        ? { skipReason: result.note ?? skipReasonOfMode(testCase), skipCause: this.#skipCause(definition, result.note) }
        : {}),
      ...(durationMs === undefined || status === 'skipped' ? {} : { durationMs: Math.round(durationMs) }),
      file: testCase.module.relativeModuleId,
      ...(status === 'failed' && firstFailure !== undefined ? { failure: firstFailure } : {}),
      errors,
      evidence,
      rerunCommand: this.#options.rerunCommandFor(id),
    };
  }

  #skipCause(definition: ClauseDefinition | undefined, note: string | undefined): SkipCause {
    if (definition?.status === 'retired') {
      return 'retired';
    }
    if (definition !== undefined && this.#options.tiers !== undefined && !this.#options.tiers.includes(definition.tier)) {
      return 'tier-not-selected';
    }
    return note === undefined ? 'suite' : 'need-not-met';
  }
}

/** Returns the clause id of a test, which the test name starts with (`<id> <requirement>`). */
function clauseIdOf(testCase: TestCase): string {
  return testCase.name.split(' ', 1)[0] ?? testCase.name;
}

function outcomeStatus(state: string): ClauseOutcomeStatus | undefined {
  if (state === 'passed' || state === 'failed' || state === 'skipped') {
    return state;
  }
  return undefined;
}

function skipReasonOfMode(testCase: TestCase): string {
  return testCase.options.mode === 'todo' ? 'not written yet (todo)' : 'skipped by the suite';
}

function emptyEvidence(clauseId: string): ClauseEvidence {
  return { clauseId, calls: [], failures: [], waits: [], notes: [], cleanupErrors: [] };
}
