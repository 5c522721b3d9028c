/** Time between two "still running" lines of one clause. */
export const heartbeatIntervalMs = 10_000;

/**
 * Prints `... <clause id> still running (<n> s)` every `intervalMs` while a clause runs, so that a long
 * clause shows it is alive. The suite runs one clause at a time, so the terminal and CI logs get at most
 * one such line per interval. The timers do not keep the process alive.
 */
export class ClauseHeartbeat {
  readonly #write: (text: string) => void;
  readonly #intervalMs: number;
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(write: (text: string) => void, intervalMs: number = heartbeatIntervalMs) {
    this.#write = write;
    this.#intervalMs = intervalMs;
  }

  /** Starts the lines of one running clause; `key` identifies the test, as clause ids may repeat across files. */
  start(key: string, clauseId: string): void {
    this.stop(key);

    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
      this.#write(`... ${clauseId} still running (${(ticks * this.#intervalMs) / 1000} s)\n`);
    }, this.#intervalMs);
    timer.unref();
    this.#timers.set(key, timer);
  }

  stop(key: string): void {
    clearInterval(this.#timers.get(key));
    this.#timers.delete(key);
  }

  stopAll(): void {
    for (const key of [...this.#timers.keys()]) {
      this.stop(key);
    }
  }
}
