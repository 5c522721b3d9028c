/** Raised for a command line that cannot run: the message names the option, the value and the fix. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
