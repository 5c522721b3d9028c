import type { PollingClock } from '../../../src/conformance/clause/wait-for.js';

/** Creates a polling clock whose sleeps advance time at once, so waits run without real delays. */
export function manualPollingClock(start = 0): PollingClock & { readonly sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
