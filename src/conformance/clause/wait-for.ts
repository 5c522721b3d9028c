import type { PollingSettings } from '../config/target-config.js';
import type { EvidenceRecorder } from './evidence-recorder.js';
import type { ListedJob } from './listed-job.js';
import { JobFailedError } from './listed-job.js';

/** Options of `waitFor`. */
export interface WaitOptions<T> {
  /** Description of the awaited state, for the timeout message: "certificate 2000-x to be Associated on listener lsn-y". */
  readonly describe: string;
  /** @defaultValue the target's polling deadline */
  readonly deadlineMs?: number;
  /** @defaultValue the target's polling interval */
  readonly intervalMs?: number;
  /** When the wait is over; by default as soon as the probe returns something other than undefined, null or false. */
  readonly until?: (value: T) => boolean;
  /**
   * The JobId of the job the awaited state depends on. The wait then reads the job from ListAsynJobs when
   * the observed value changes without meeting `until`, and once more before it times out, and stops with
   * JobFailedError when the job is Failed. A job that fails before the first poll is therefore reported
   * at the deadline, not at once.
   */
  readonly jobId?: string;
}

/** Reads a job from ListAsynJobs; undefined when the target does not list it. */
export type JobLookup = (jobId: string) => Promise<ListedJob | undefined>;

/** Time as `waitFor` reads it; tests pass a manual clock. */
export interface PollingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The system clock. */
export const systemPollingClock: PollingClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Raised when a wait reaches its deadline; names what was awaited and what was observed. */
export class WaitTimeoutError extends Error {
  readonly observations: readonly string[];

  constructor(describe: string, deadlineMs: number, observations: readonly string[]) {
    const last = observations.at(-1) ?? 'nothing';
    super(
      `Timed out after ${deadlineMs} ms waiting for ${describe}; last observed ${last}` +
        (observations.length > 1 ? ` (observed in order: ${observations.join(', ')})` : ''),
    );
    this.name = 'WaitTimeoutError';
    this.observations = observations;
  }
}

/** Raised by a wait whose clause ran out of time. */
export class WaitAbortedError extends Error {
  constructor(describe: string) {
    super(`Stopped waiting for ${describe} because the clause ran out of time`);
    this.name = 'WaitAbortedError';
  }
}

/**
 * Polls `probe` until `until` is true or the deadline passes, and returns the last value.
 * The first probe runs at once; a probe that throws ends the wait with that error.
 * An aborted `signal` stops the wait before the next probe. With `options.jobId`, `lookupJob` reads the
 * job and a Failed job ends the wait with JobFailedError. The distinct values observed are recorded as evidence.
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  options: WaitOptions<T>,
  polling: PollingSettings,
  recorder: EvidenceRecorder,
  clock: PollingClock = systemPollingClock,
  signal?: AbortSignal,
  lookupJob?: JobLookup,
): Promise<T> {
  const deadlineMs = options.deadlineMs ?? polling.deadlineMs;
  const intervalMs = options.intervalMs ?? polling.intervalMs;
  const until = options.until ?? isPresent;
  const observations: string[] = [];
  const startedAt = clock.now();
  if (options.jobId !== undefined && lookupJob === undefined) {
    throw new Error(`waitFor received jobId ${options.jobId} for ${options.describe} without a job lookup; call context.waitFor instead`);
  }

  for (;;) {
    if (signal?.aborted) {
      throw new WaitAbortedError(options.describe);
    }

    const value = await probe();
    const changed = noteObservation(observations, value) && observations.length > 1;

    const elapsedMs = clock.now() - startedAt;
    if (until(value)) {
      recorder.recordWait({ describe: options.describe, observations, outcome: 'reached', elapsedMs });
      return value;
    }

    const lastPoll = elapsedMs + intervalMs > deadlineMs;
    if (options.jobId !== undefined && lookupJob !== undefined && (changed || lastPoll)) {
      const job = await lookupJob(options.jobId);
      if (job?.Status === 'Failed') {
        recorder.recordWait({ describe: options.describe, observations, outcome: 'job failed', elapsedMs });
        throw new JobFailedError(job, `stopped waiting for ${options.describe} after ${elapsedMs} ms; last observed ${observations.at(-1) ?? 'nothing'}`);
      }
    }

    if (lastPoll) {
      recorder.recordWait({ describe: options.describe, observations, outcome: 'timed out', elapsedMs });
      throw new WaitTimeoutError(options.describe, deadlineMs, observations);
    }
    await clock.sleep(intervalMs);
  }
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** Adds the value to the observations unless it equals the last one; returns whether it was added. */
function noteObservation(observations: string[], value: unknown): boolean {
  const text = value === undefined ? '(absent)' : (JSON.stringify(value) ?? String(value));
  if (observations.at(-1) === text) {
    return false;
  }
  observations.push(text);
  return true;
}
