/** The source of time for jobs, job timestamps and the in-flight window of ClientToken requests. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Sleeper {
  wakeAt: number;
  resolve: () => void;
}

/**
 * A clock that moves only when a test calls `advance` or `set`. Sleepers whose wake time has come
 * resolve during that call, in wake-time order.
 */
export class ManualClock implements Clock {
  private current: number;
  private sleepers: Sleeper[] = [];

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    if (ms <= 0) {
      return Promise.resolve();
    }

    return new Promise((resolve) => {
      this.sleepers.push({ wakeAt: this.current + ms, resolve });
    });
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`ManualClock.advance: ms must be a finite number >= 0, got ${ms}`);
    }

    this.set(this.current + ms);
  }

  set(ms: number): void {
    this.current = ms;

    const due = this.sleepers.filter((sleeper) => sleeper.wakeAt <= ms).sort((a, b) => a.wakeAt - b.wakeAt);
    this.sleepers = this.sleepers.filter((sleeper) => sleeper.wakeAt > ms);
    for (const sleeper of due) {
      sleeper.resolve();
    }
  }

  /** The number of sleepers still waiting, so a test can wait until its requests reached the in-flight window. */
  get pendingSleepers(): number {
    return this.sleepers.length;
  }
}
