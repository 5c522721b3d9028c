/** The report of a failed property clause, with enough to read the failure and to replay exactly that case. */
export interface PropertyFailureReport {
  readonly clauseId: string;
  readonly seed: number;
  /** The `--path` value that replays the counterexample. */
  readonly path: string;
  /** Runs until the first failure, and how many times fast-check shrank it since. */
  readonly numRuns: number;
  readonly numShrinks: number;
  /** The requests and checks of the shrunk counterexample, one line each. */
  readonly requestLog: readonly string[];
  /** Why the counterexample failed: the message of the error it raised. */
  readonly cause: string;
  readonly replayCommand: string;
}

/** Builds `npx alb-conformance run <target flags> --clause ID --seed S --path P`, quoting for a POSIX shell. */
export function replayCommandFor(clauseId: string, seed: number, path: string, targetArguments: readonly string[]): string {
  const words = ['npx', 'alb-conformance', 'run', ...targetArguments, '--clause', clauseId, '--seed', String(seed), '--path', path];

  return words.map(quoteForShell).join(' ');
}

/** Renders the report in the order a developer reads it: what failed, the requests, how to replay. */
export function formatPropertyFailure(report: PropertyFailureReport): string {
  const log = report.requestLog.length === 0 ? ['  (no request was sent)'] : report.requestLog.map((line, index) => `  ${index + 1}. ${line}`);

  return [
    `Property ${report.clauseId} failed after ${report.numRuns} run(s); the counterexample was shrunk ${report.numShrinks} time(s).`,
    `Cause: ${report.cause}`,
    'Request log of the shrunk counterexample:',
    ...log,
    `Seed: ${report.seed}, path: ${report.path}`,
    `Replay exactly this case: ${report.replayCommand}`,
  ].join('\n');
}

function quoteForShell(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) {
    return word;
  }

  return `'${word.replaceAll("'", `'"'"'`)}'`;
}
