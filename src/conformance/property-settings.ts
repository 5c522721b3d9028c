/**
 * Settings of the property clauses: how many cases to run, and which case to replay.
 * `alb-conformance run` sets them from `--num-runs`, `--seed` and `--path`, and a direct vitest run
 * reads the environment variables below. Unset fields fall back to the clause's defaults and a fresh
 * random seed.
 */
export interface PropertySettings {
  readonly numRuns?: number;
  readonly seed?: number;
  /** A path printed by a failed property: fast-check's counterexample path, for commands with `@<replayPath>`. */
  readonly path?: string;
  /** The flags that name the target of this run, so a printed replay command reaches the same target. */
  readonly targetArguments?: readonly string[];
}

// `alb-conformance run` provides the settings of --seed, --path and --num-runs to the test workers.
declare module 'vitest' {
  interface ProvidedContext {
    propertySettings?: PropertySettings;
  }
}

/** The environment variables of a direct vitest run that play the part of `--seed`, `--path` and `--num-runs`. */
export const propertySettingsVariables = {
  seed: 'ALB_CONFORMANCE_SEED',
  path: 'ALB_CONFORMANCE_PATH',
  numRuns: 'ALB_CONFORMANCE_NUM_RUNS',
} as const;

/** The target variables of a direct vitest run (see suites/support/global-setup.ts) and the flags they stand for. */
const targetVariables = [
  ['ALB_CONFORMANCE_ENDPOINT', '--endpoint'],
  ['ALB_CONFORMANCE_REGION', '--region'],
  ['ALB_CONFORMANCE_CONFIG', '--config'],
  ['ALB_CONFORMANCE_TIERS', '--tier'],
] as const;

/** Thrown for a setting that is not a number, seed or path fast-check accepts; the message names it and the fix. */
export class PropertySettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PropertySettingsError';
  }
}

/**
 * Reads the settings from the environment variables.
 *
 * @throws PropertySettingsError when a variable has an invalid value.
 */
export function propertySettingsFromEnvironment(env: NodeJS.ProcessEnv): PropertySettings {
  const seed = env[propertySettingsVariables.seed];
  const path = env[propertySettingsVariables.path];
  const numRuns = env[propertySettingsVariables.numRuns];
  const targetArguments = targetVariables.flatMap(([variable, flag]) => {
    const value = env[variable];
    return value === undefined || value === '' ? [] : [flag, value];
  });

  return validatePropertySettings({
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
    ...(path === undefined || path === '' ? {} : { path }),
    ...(numRuns === undefined || numRuns === '' ? {} : { numRuns: Number(numRuns) }),
    targetArguments,
  });
}

/**
 * Checks that the seed is a 32-bit integer, the path a replay path and numRuns a positive integer.
 *
 * @throws PropertySettingsError naming the setting, its value and what it must be.
 */
export function validatePropertySettings(settings: PropertySettings): PropertySettings {
  const { seed, path, numRuns } = settings;

  if (seed !== undefined && !(Number.isInteger(seed) && seed >= -0x80000000 && seed <= 0xffffffff)) {
    throw new PropertySettingsError(`The property seed must be a 32-bit integer, such as 1893461, but it is ${String(seed)}`);
  }
  if (path !== undefined && !replayPathPattern.test(path)) {
    throw new PropertySettingsError(
      `The property path must be the path a failed property printed, such as 3:0:1 or 3:0:1@AC:B, but it is "${path}"`,
    );
  }
  if (path !== undefined && seed === undefined) {
    throw new PropertySettingsError(`The property path ${path} replays a case only together with its seed; give the seed it was printed with`);
  }
  if (numRuns !== undefined && !(Number.isInteger(numRuns) && numRuns >= 1)) {
    throw new PropertySettingsError(`The number of property runs must be a positive integer, but it is ${String(numRuns)}`);
  }

  return settings;
}

/** fast-check's path (`3:0:1`), optionally followed by the replay path of fc.commands (`@AC:B`). */
const replayPathPattern = /^\d+(:\d+)*(@[A-Za-z0-9+/]*:[A-Za-z0-9+/]*)?$/;
