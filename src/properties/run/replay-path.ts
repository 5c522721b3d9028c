/**
 * The position of one counterexample: fast-check's counterexample path, and for a property over
 * fc.commands the replay path that records which commands ran. Without the replay path, fast-check
 * cannot walk the shrinks of a command sequence again.
 */
export interface ReplayPath {
  readonly counterexamplePath: string;
  readonly commandsReplayPath?: string;
}

/** Joins the two paths as `3:0:1@AC:B`, the form `--path` takes. */
export function formatReplayPath(replay: ReplayPath): string {
  return replay.commandsReplayPath === undefined
    ? replay.counterexamplePath
    : `${replay.counterexamplePath}@${replay.commandsReplayPath}`;
}

/** Splits a `--path` value into its two paths. */
export function parseReplayPath(path: string): ReplayPath {
  const separator = path.indexOf('@');
  if (separator === -1) {
    return { counterexamplePath: path };
  }

  return { counterexamplePath: path.slice(0, separator), commandsReplayPath: path.slice(separator + 1) };
}

/** Reads the replay path of fc.commands from a stringified counterexample (`/*replayPath="AC:B"*\/`). */
export function findCommandsReplayPath(stringifiedCounterexample: string): string | undefined {
  return /replayPath="([^"]*)"/.exec(stringifiedCounterexample)?.[1];
}
