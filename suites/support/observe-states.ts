import type { ClauseContext } from './index.js';

/** Options of `observeStates`. */
export interface ObserveOptions<T> {
  /** The awaited condition, for the timeout message. */
  readonly describe: string;
  /** The end condition, given the latest state and every distinct state so far (the latest included). */
  readonly until: (state: T, states: readonly T[]) => boolean;
  /** The job the states depend on; a Failed job stops the observation (see `WaitOptions.jobId`). */
  readonly jobId?: string;
}

/**
 * Polls `probe` from now until `until` returns true (within the target's polling deadline) and returns the
 * distinct states observed in order, the first and the last included. A transition shows up as
 * neighbours in the list, e.g. `['Associating', 'Associated']`.
 */
export async function observeStates<T>(
  context: ClauseContext,
  probe: () => Promise<T>,
  options: ObserveOptions<T>,
): Promise<T[]> {
  const states: T[] = [];

  await context.waitFor(
    async () => {
      const state = await probe();
      if (states.length === 0 || states.at(-1) !== state) {
        states.push(state);
      }
      return state;
    },
    {
      describe: options.describe,
      until: (state) => options.until(state, states),
      ...(options.jobId === undefined ? {} : { jobId: options.jobId }),
    },
  );

  return states;
}
