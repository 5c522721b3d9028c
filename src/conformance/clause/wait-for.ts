import type { PollingSettings } from '../config/target-config.js';
import type { EvidenceRecorder } from './evidence-recorder.js';

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
}

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
 * An aborted `signal` stops the wait before the next probe. The distinct values observed are
 * recorded as evidence.
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  options: WaitOptions<T>,
  polling: PollingSettings,
  recorder: EvidenceRecorder,
  clock: PollingClock = systemPollingClock,
  signal?: AbortSignal,
): Promise<T> {
  const deadlineMs = options.deadlineMs ?? polling.deadlineMs;
  const intervalMs = options.intervalMs ?? polling.intervalMs;
  const until = options.until ?? isPresent;
  const observations: string[] = [];
  const startedAt = clock.now();

  for (;;) {
    if (signal?.aborted) {
      throw new WaitAbortedError(options.describe);
    }

    const value = await probe();
    noteObservation(observations, value);

    const elapsedMs = clock.now() - startedAt;
    if (until(value)) {
      recorder.recordWait({ describe: options.describe, observations, outcome: 'reached', elapsedMs });
      return value;
    }

    if (elapsedMs + intervalMs > deadlineMs) {
      recorder.recordWait({ describe: options.describe, observations, outcome: 'timed out', elapsedMs });
      throw new WaitTimeoutError(options.describe, deadlineMs, observations);
    }
    await clock.sleep(intervalMs);
  }
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

function noteObservation(observations: string[], value: unknown): void {
  const text = value === undefined ? '(absent)' : (JSON.stringify(value) ?? String(value));
  if (observations.at(-1) !== text) {
    observations.push(text);
  }
}
