import { parseArgs } from 'node:util';
import { PropertySettingsError, validatePropertySettings } from '../property-settings.js';
import { clauseIdPattern } from '../registry/clause-id.js';
import type { ClauseTier } from '../registry/clause-types.js';
import { TierListError, parseTierList } from '../registry/parse-tier-list.js';
import { withoutFinalPeriod } from '../without-final-period.js';
import { UsageError } from './usage-error.js';

/** The options of `alb-conformance run`, after validation. */
export interface RunOptions {
  readonly endpoint?: string;
  readonly region?: string;
  readonly configPath?: string;
  /** Empty when every clause is selected. */
  readonly clauseIds: readonly string[];
  readonly tiers?: readonly ClauseTier[];
  readonly reportDir: string;
  readonly shard?: { readonly index: number; readonly count: number };
  /** The fast-check seed of the property clauses (--seed). */
  readonly seed?: number;
  /** The path of one counterexample to replay (--path); needs --seed and one --clause. */
  readonly path?: string;
  /** Cases per property clause (--num-runs). */
  readonly numRuns?: number;
  /**
   * Keeps the full exchange of every call in the reports instead of applying `reportExchangeLimits`.
   * No flag sets it; the fixture recorder does, because a fixture contains every exchange of a clause.
   */
  readonly keepEveryExchange?: boolean;
}

/** A parsed `run` command line: its help, or a run. */
export type ParsedCommand = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: RunOptions };

const endpointPattern = /^https?:\/\/[^\s/?#]+\/?$/;
const regionPattern = /^[a-z]+(-[a-z0-9]+)+$/;

/** Parses the arguments after the program name, which start with `run`; throws UsageError naming the bad option. */
export function parseCommandLine(args: readonly string[]): ParsedCommand {
  const [command, ...rest] = args;
  if (command !== 'run') {
    const problem = command === undefined ? 'Missing command' : `Unknown command "${command}"`;
    throw new UsageError(`${problem}: the commands are run and fixtures (alb-conformance --help)`);
  }

  const values = parseRunFlags(rest);
  if (values.help) {
    return { kind: 'help' };
  }
  return { kind: 'run', options: validateRunFlags(values) };
}

/** The flags of `alb-conformance run`, as node:util parseArgs takes them. */
export const runFlagDefinitions = {
  endpoint: { type: 'string' },
  region: { type: 'string' },
  config: { type: 'string' },
  clause: { type: 'string', multiple: true },
  tier: { type: 'string' },
  'report-dir': { type: 'string' },
  shard: { type: 'string' },
  seed: { type: 'string' },
  path: { type: 'string' },
  'num-runs': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type RunFlags = ReturnType<typeof parseRunFlags>;

function parseRunFlags(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: runFlagDefinitions,
    }).values;
  } catch (error) {
    throw new UsageError(`${withoutFinalPeriod((error as Error).message)}. Run alb-conformance run --help for the options.`);
  }
}

function validateRunFlags(values: RunFlags): RunOptions {
  if (values.endpoint !== undefined && values.region !== undefined) {
    throw new UsageError('--endpoint and --region are mutually exclusive; give one of them');
  }
  if (values.endpoint !== undefined && !endpointPattern.test(values.endpoint)) {
    throw new UsageError(
      `--endpoint must be a base URL with scheme and host, such as http://127.0.0.1:8080, but it is "${values.endpoint}"`,
    );
  }
  if (values.region !== undefined && !regionPattern.test(values.region)) {
    throw new UsageError(`--region must be a region id such as cn-hangzhou, but it is "${values.region}"`);
  }
  if (values['report-dir'] === '') {
    throw new UsageError('--report-dir must name a directory, but it is empty');
  }

  const clauseIds = parseClauseIds(values.clause ?? []);
  const property = parsePropertyFlags(values, clauseIds);

  return {
    ...(values.endpoint === undefined ? {} : { endpoint: values.endpoint }),
    ...(values.region === undefined ? {} : { region: values.region }),
    ...(values.config === undefined ? {} : { configPath: values.config }),
    clauseIds,
    ...(values.tier === undefined ? {} : { tiers: parseTiers(values.tier) }),
    reportDir: values['report-dir'] ?? 'reports',
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    ...property,
  };
}

/** Largest --seed: fast-check seeds are 32-bit integers, and the property clauses print seeds from 0 to this. */
const maxSeed = 0x7fffffff;

/** Largest --num-runs, the same bound as properties.numRuns of the target configuration. */
const maxNumRuns = 100_000;

/** Reads --seed, --path and --num-runs; a path replays one case, so it needs its seed and its one clause. */
function parsePropertyFlags(values: RunFlags, clauseIds: readonly string[]): Pick<RunOptions, 'seed' | 'path' | 'numRuns'> {
  const seed = values.seed;
  const numRuns = values['num-runs'];
  const settings = {
    ...(seed === undefined ? {} : { seed: parseWholeNumberFlag('--seed', seed, 0, maxSeed) }),
    ...(values.path === undefined ? {} : { path: values.path }),
    ...(numRuns === undefined ? {} : { numRuns: parseWholeNumberFlag('--num-runs', numRuns, 1, maxNumRuns) }),
  };

  try {
    validatePropertySettings(settings);
  } catch (error) {
    if (error instanceof PropertySettingsError) {
      throw new UsageError(`--path: ${error.message}`);
    }
    throw error;
  }
  if (settings.path !== undefined && clauseIds.length !== 1) {
    throw new UsageError('--path replays one case of one property clause; give exactly one --clause with it');
  }
  return settings;
}

/** Reads a flag value of decimal digits only, so that "1e3", "0x10", " 5" or "-1" are rejected rather than converted. */
function parseWholeNumberFlag(flag: string, value: string, min: number, max: number): number {
  const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} in decimal digits, but it is "${value}"`);
  }
  return number;
}

function parseClauseIds(values: readonly string[]): string[] {
  const ids = values
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  for (const id of ids) {
    if (!clauseIdPattern.test(id)) {
      throw new UsageError(`--clause "${id}" is not a clause id; clause ids look like ACWL-ERR-001`);
    }
  }
  if (values.length > 0 && ids.length === 0) {
    throw new UsageError('--clause needs a clause id such as ACWL-ERR-001');
  }
  return [...new Set(ids)];
}

function parseTiers(value: string): ClauseTier[] {
  try {
    return parseTierList(value);
  } catch (error) {
    if (error instanceof TierListError) {
      throw new UsageError(`--tier: ${error.message}`);
    }
    throw error;
  }
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be I/N with 1 <= I <= N, such as 1/3, but it is "${value}"`);
  }
  return { index, count };
}
