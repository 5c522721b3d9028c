import fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { ConformanceClient } from '../../conformance/clause/conformance-client.js';
import { formatPropertyFailure, replayCommandFor } from './failure-report.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { RequestLog, loggingClient } from './request-log.js';
import { findCommandsReplayPath, formatReplayPath, parseReplayPath } from './replay-path.js';

/** The tools of one property case: a client whose calls go to the case's request log, and the log. */
export interface PropertyCase {
  readonly client: ConformanceClient;
  readonly log: RequestLog;
}

/** A property of a clause. */
export interface ClauseProperty<T> {
  /**
   * Builds the arbitrary of the cases. A property over fc.commands passes `commandsReplayPath` on as
   * the `replayPath` of fc.commands, so that a printed path replays its counterexample.
   */
  readonly arbitrary: (replay: { readonly commandsReplayPath?: string }) => fc.Arbitrary<T>;
  /** Checks one case and throws when it fails. */
  readonly predicate: (value: T, propertyCase: PropertyCase) => Promise<void>;
  /** Cases on the emulator and other local endpoints. @defaultValue 100 */
  readonly numRuns?: number;
  /** Cases on the real service, where each case costs real requests. @defaultValue 10 */
  readonly numRunsOnRegion?: number;
  /**
   * Time after which no new case starts, in milliseconds, so that the clause ends before its test
   * timeout. A case that has started runs to its end, and shrinking counts too.
   * @defaultValue twice the target's polling deadline
   */
  readonly timeBudgetMs?: number;
}

/** Raised when a property fails. The message is the failure report, and expected and actual come from the cause. */
export class PropertyFailureError extends Error {
  readonly expected?: unknown;
  readonly actual?: unknown;

  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'PropertyFailureError';
    if (cause instanceof Error && 'expected' in cause && 'actual' in cause) {
      this.expected = cause.expected;
      this.actual = cause.actual;
    }
  }
}

/**
 * Checks a property of a clause against its target with fast-check. The seed, the number of runs and
 * the replayed path come from `settings` (see currentPropertySettings). Without a number of runs there,
 * it comes from the target configuration's `properties.numRuns`, then from the property's defaults. The clause evidence gets the
 * seed and the run count. A failure raises PropertyFailureError whose message contains the seed, the
 * path, the request log of the shrunk counterexample and the command that replays exactly that case.
 * The same lines also go to the evidence notes.
 */
export async function checkClauseProperty<T>(
  context: ClauseContext,
  property: ClauseProperty<T>,
  settings: PropertySettings,
): Promise<void> {
  const replay = settings.path === undefined ? undefined : parseReplayPath(settings.path);
  const seed = settings.seed ?? randomSeed();
  const numRuns = settings.numRuns ?? context.target.properties?.numRuns ?? defaultNumRuns(context, property.numRuns, property.numRunsOnRegion);
  const deadline = Date.now() + (property.timeBudgetMs ?? context.polling.deadlineMs * 2);
  let startedCases = 0;
  let failingLog: RequestLog | undefined;

  const cases = property.arbitrary(replay?.commandsReplayPath === undefined ? {} : { commandsReplayPath: replay.commandsReplayPath });
  const checked = fc.asyncProperty(cases, async (value) => {
    if (Date.now() > deadline) {
      return;
    }
    startedCases += 1;

    const log = new RequestLog();
    try {
      await property.predicate(value, { client: loggingClient(context.client, () => log), log });
    } catch (error) {
      failingLog = log;
      throw error;
    }
  });

  const details = await fc.check(checked, {
    seed,
    numRuns,
    ...(replay === undefined ? {} : { path: replay.counterexamplePath, endOnFailure: true }),
  });

  if (!details.failed) {
    context.note(describePass(seed, settings.path, startedCases, numRuns));
    return;
  }

  // A replay stops at its case without shrinking, so the path it was given still names that case.
  const path =
    settings.path ??
    formatReplayPath({ counterexamplePath: details.counterexamplePath ?? '0', ...commandsReplayPathOf(details.counterexample) });
  const report = formatPropertyFailure({
    clauseId: context.clause.id,
    seed,
    path,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    requestLog: failingLog?.lines ?? [],
    cause: describeCause(details.errorInstance),
    replayCommand: replayCommandFor(context.clause.id, seed, path, settings.targetArguments ?? []),
  });
  context.note(report);
  throw new PropertyFailureError(report, details.errorInstance);
}

function defaultNumRuns(context: ClauseContext, local: number | undefined, onRegion: number | undefined): number {
  return context.target.kind === 'region' ? (onRegion ?? 10) : (local ?? 100);
}

function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

function describePass(seed: number, path: string | undefined, startedCases: number, numRuns: number): string {
  if (path !== undefined) {
    return `Replayed seed ${seed}, path ${path}: the case passed.`;
  }
  if (startedCases < numRuns) {
    return `fast-check seed ${seed}: ${startedCases} of ${numRuns} cases passed before the time budget ran out.`;
  }

  return `fast-check seed ${seed}: ${startedCases} cases passed.`;
}

function commandsReplayPathOf(counterexample: unknown): { commandsReplayPath?: string } {
  const replayPath = findCommandsReplayPath(fc.stringify(counterexample));

  return replayPath === undefined ? {} : { commandsReplayPath: replayPath };
}

function describeCause(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
