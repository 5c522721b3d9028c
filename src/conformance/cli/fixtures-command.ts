import { parseArgs } from 'node:util';

import { AllowListError } from '../../fixtures/allow-list.js';
import { diffFixtures } from '../../fixtures/diff-fixtures.js';
import { FixtureFileError } from '../../fixtures/fixture-files.js';
import { defaultFixtureSeed, defaultFixturesDir, generateFixtures } from '../../fixtures/generate-fixtures.js';
import { recordFixtures } from '../../fixtures/record-fixtures.js';
import { formatSecretFindings, scanForSecrets } from '../../fixtures/secret-scan.js';
import { TierListError, parseTierList } from '../registry/parse-tier-list.js';
import type { ClauseTier } from '../registry/clause-types.js';
import type { CommandOutput } from './run-conformance.js';
import { exitStatus } from './run-conformance.js';
import { UsageError } from './usage-error.js';
import { withoutFinalPeriod } from '../without-final-period.js';

/** The text of `alb-conformance fixtures --help`. */
export const fixturesHelpText = `Usage: alb-conformance fixtures <command> [options]

Fixtures are the exchanges each clause made (requests and responses), one JSON file per clause,
with volatile values and secrets replaced by placeholders such as {{JobId#1}} and {{Signature}}.

Commands:
  generate [--out DIR] [--seed N]
      Runs every clause against the embedded emulator with a stepping clock and writes the
      fixtures (default DIR: ${defaultFixturesDir}, default N: ${defaultFixtureSeed}). Two runs with
      the same seed write identical files. Writes nothing when a clause fails, a response body fails
      the spec or a secret is left.
  record [--endpoint URL | --region ID] [--config FILE] --out DIR [--tier LIST]
         [--redact PATTERN]... [--seed N]
      Runs the clauses against a target and writes its fixtures, each with the clause's outcome.
      Without a target (flag or configuration), each suite file runs against a fresh embedded
      emulator with the real clock. AccessKey ids, secrets, security tokens, signatures and account
      ids are redacted, and so is every match of each --redact regular expression. A target that is
      unreachable or fails the pre-flight check fails before anything is written.
  diff A B [--allow FILE]
      Prints where two recordings (folders or files) diverge, by fixture and JSON path, ignoring
      placeholder numbers and repeated polls. FILE lists accepted divergences as
      allow: [{fixture, path, reason}]; each entry needs a reason.
  scan [DIR]
      Fails on secret-shaped strings under DIR (default: fixtures): AccessKey ids (LTAI...),
      security tokens, 40- and 64-hex and base64 signatures outside placeholders, and the
      emulator seed's secrets.

Exit status: 0 success; 1 fixtures not written, unaccepted divergences or secrets found;
2 usage error, unreadable input, or a target that failed the pre-flight check.
`;

const endpointPattern = /^https?:\/\/[^\s/?#]+\/?$/;

/** Runs `alb-conformance fixtures <command>` (arguments after `fixtures`) and returns the exit status. */
export async function runFixturesCommand(args: readonly string[], output: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    return await dispatch(args, output, env);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AllowListError || error instanceof FixtureFileError) {
      output.err(`alb-conformance fixtures: ${error.message}\n`);
      return exitStatus.usage;
    }
    throw error;
  }
}

async function dispatch(args: readonly string[], output: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || rest.includes('--help') || rest.includes('-h')) {
    if (command === undefined) {
      output.err(fixturesHelpText);
      return exitStatus.usage;
    }
    output.out(fixturesHelpText);
    return exitStatus.passed;
  }

  switch (command) {
    case 'generate':
      return generateFixtures(parseGenerate(rest), output);
    case 'record':
      return recordFixtures(parseRecord(rest), output, env);
    case 'diff':
      return diffFixtures(parseDiff(rest), output);
    case 'scan':
      return scan(parseScan(rest), output);
    default:
      throw new UsageError(`Unknown fixtures command "${command}": use generate, record, diff or scan (alb-conformance fixtures --help)`);
  }
}

function parseGenerate(args: readonly string[]) {
  const { values } = parseFlags(args, { out: { type: 'string' }, seed: { type: 'string' } }, false);
  return { out: nonEmpty(values.out, '--out') ?? defaultFixturesDir, seed: parseSeed(values.seed) };
}

function parseRecord(args: readonly string[]) {
  const { values } = parseFlags(
    args,
    {
      endpoint: { type: 'string' },
      region: { type: 'string' },
      config: { type: 'string' },
      out: { type: 'string' },
      tier: { type: 'string' },
      redact: { type: 'string', multiple: true },
      seed: { type: 'string' },
    },
    false,
  );

  if (values.endpoint !== undefined && values.region !== undefined) {
    throw new UsageError('--endpoint and --region are mutually exclusive; give one of them');
  }
  if (values.endpoint !== undefined && !endpointPattern.test(values.endpoint)) {
    throw new UsageError(`--endpoint must be a base URL with scheme and host, such as http://127.0.0.1:8080, but it is "${values.endpoint}"`);
  }
  const out = nonEmpty(values.out, '--out');
  if (out === undefined) {
    throw new UsageError('record needs --out DIR, the folder to write the fixtures to');
  }

  return {
    ...(values.endpoint === undefined ? {} : { endpoint: values.endpoint }),
    ...(values.region === undefined ? {} : { region: values.region }),
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.tier === undefined ? {} : { tiers: parseTiers(values.tier) }),
    out,
    redactPatterns: (values.redact ?? []).map(parsePattern),
    seed: parseSeed(values.seed),
  };
}

function parseDiff(args: readonly string[]) {
  const { values, positionals } = parseFlags(args, { allow: { type: 'string' } }, true);
  const [recordingA, recordingB, extra] = positionals;
  if (recordingA === undefined || recordingB === undefined || extra !== undefined) {
    throw new UsageError(`diff takes two recordings, A and B (folders or fixture files), but got ${positionals.length}`);
  }
  const allowListPath = nonEmpty(values.allow, '--allow');
  return { recordingA, recordingB, ...(allowListPath === undefined ? {} : { allowListPath }) };
}

function parseScan(args: readonly string[]): string {
  const { positionals } = parseFlags(args, {}, true);
  if (positionals.length > 1) {
    throw new UsageError(`scan takes at most one folder, but got ${positionals.length}`);
  }
  return positionals[0] ?? 'fixtures';
}

function scan(root: string, output: CommandOutput): number {
  const findings = scanForSecrets({ root });
  if (findings.length === 0) {
    output.out(`alb-conformance fixtures scan: no secrets under ${root}\n`);
    return exitStatus.passed;
  }
  output.err(`alb-conformance fixtures scan: ${findings.length} secret-shaped strings under ${root}; remove them or re-record with --redact:\n${formatSecretFindings(findings)}\n`);
  return exitStatus.failed;
}

type FlagDefinitions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

function parseFlags<T extends FlagDefinitions>(args: readonly string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(`${withoutFinalPeriod((error as Error).message)}. Run alb-conformance fixtures --help for the options.`);
  }
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === '') {
    throw new UsageError(`${flag} must name a path, but it is empty`);
  }
  return value;
}

function parseSeed(value: string | undefined): number {
  if (value === undefined) {
    return defaultFixtureSeed;
  }
  if (!/^\d{1,9}$/.test(value)) {
    throw new UsageError(`--seed must be a whole number from 0 to 999999999, but it is "${value}"`);
  }
  return Number(value);
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

function parsePattern(source: string): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'g');
  } catch (error) {
    throw new UsageError(`--redact "${source}" is not a valid regular expression: ${(error as Error).message}`);
  }
  if (new RegExp(source).test('')) {
    throw new UsageError(`--redact "${source}" matches the empty string, so it would redact between every character; give a pattern that needs at least one character`);
  }
  return pattern;
}
