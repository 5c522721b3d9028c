import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';
import { TargetConfigError, loadTargetConfigFile } from '../config/load-target-config.js';
import { computeCoverage } from '../coverage/compute-coverage.js';
import { specCoverageCatalogue } from '../coverage/spec-catalogue.js';
import { RegistryError, loadClauseRegistry } from '../registry/load-registry.js';
import { scanClauseCalls } from '../registry/scan-suites.js';
import type { ClauseRegistry } from '../registry/clause-types.js';
import type { RunReport } from '../report/clause-record.js';
import { sortClauseRecords } from '../report/clause-order.js';
import { ConformanceReporter } from '../report/conformance-reporter.js';
import { reportExchangeLimits } from '../report/exchange-limits.js';
import { countOutcomes } from '../report/outcome-counts.js';
import { formatRunHeader } from '../report/run-selection.js';
import type { RunSelection } from '../report/run-selection.js';
import { renderTerminalSummary } from '../report/terminal-summary.js';
import { ReportDirectoryError, prepareReportDirectory } from '../report/report-directory.js';
import { ReportWriteError, writeReports } from '../report/write-reports.js';
import type { ConformanceTarget } from '../target/conformance-target.js';
import { describeTarget } from '../target/conformance-target.js';
import { planTarget } from '../target/plan-target.js';
import type { TargetPlan } from '../target/plan-target.js';
import { PreflightError, runPreflight } from '../target/preflight.js';
import { startTarget } from '../target/start-target.js';
import type { StartedTarget } from '../target/start-target.js';
import '../vitest-context.js';
import type { PropertySettings } from '../property-settings.js';
import { rerunCommandFor, targetArgumentsFor } from './rerun-command.js';
import type { RunOptions } from './run-options.js';
import { UsageError } from './usage-error.js';

/** The runner's vitest configuration. */
export const suitesConfigPath: string = fileURLToPath(new URL('../../../suites/vitest.config.ts', import.meta.url));

const packageJsonPath = fileURLToPath(new URL('../../../package.json', import.meta.url));

/** Output channels of the command: progress and summary go to `out`, warnings and errors to `err`. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Exit statuses of `alb-conformance run`. */
export const exitStatus = { passed: 0, failed: 1, usage: 2 } as const;

/**
 * Runs the selected clauses: resolves and pre-flights the target, runs the suites with vitest,
 * writes the reports and prints the summary. Returns the exit status.
 */
export async function runConformance(options: RunOptions, output: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  let registry: ClauseRegistry;
  let plan: TargetPlan;
  try {
    registry = loadClauseRegistry();
    checkSelectedClauses(options, registry);
    plan = planFromOptions(options, env);
    prepareReportDirectory(options.reportDir);
  } catch (error) {
    return reportSetupError(error, output);
  }
  for (const warning of plan.warnings) {
    output.err(`warning: ${warning}\n`);
  }

  let started: StartedTarget;
  try {
    started = await startTarget(plan);
  } catch (error) {
    output.err(`alb-conformance: cannot start the embedded emulator: ${(error as Error).message}\n`);
    return exitStatus.usage;
  }

  try {
    await runPreflight(started.target);
    return await runSuites(options, registry, started.target, output);
  } catch (error) {
    return reportSetupError(error, output);
  } finally {
    await started.close();
  }
}

function checkSelectedClauses(options: RunOptions, registry: ClauseRegistry): void {
  const unknown = options.clauseIds.filter((id) => registry.get(id) === undefined);
  if (unknown.length > 0) {
    throw new UsageError(
      `--clause names ${unknown.join(', ')}, which the registry does not list; see suites/registry/clauses.yaml for the clause ids`,
    );
  }
}

function planFromOptions(options: RunOptions, env: NodeJS.ProcessEnv): TargetPlan {
  return planTarget(
    {
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.configPath === undefined ? {} : { config: loadTargetConfigFile(options.configPath) }),
      ...(options.tiers === undefined ? {} : { tiers: options.tiers }),
    },
    env,
  );
}

async function runSuites(
  options: RunOptions,
  registry: ClauseRegistry,
  target: ConformanceTarget,
  output: CommandOutput,
): Promise<number> {
  const startedAt = new Date();
  output.out(formatRunHeader(selectionOf(options, target), describeTarget(target)));

  const reporter = new ConformanceReporter({
    registry,
    tiers: target.tiers,
    ...(options.keepEveryExchange === true ? {} : { exchangeLimits: reportExchangeLimits }),
    ...(options.clauseIds.length > 0 ? { selectedClauseIds: new Set(options.clauseIds) } : {}),
    rerunCommandFor: (clauseId) => rerunCommandFor(options, clauseId),
    write: (text) => output.out(text),
  });

  const vitest = await startVitest('test', suiteFilesOf(options.clauseIds), {
    config: suitesConfigPath,
    watch: false,
    reporters: [reporter],
    provide: { conformanceTarget: target, propertySettings: propertySettingsOf(options) },
    passWithNoTests: true,
    ...(options.clauseIds.length > 0 ? { testNamePattern: clauseNamePattern(options.clauseIds) } : {}),
    ...(options.shard === undefined ? {} : { shard: `${options.shard.index}/${options.shard.count}` }),
  });
  await vitest.close();

  const report = buildRunReport(options, target, reporter, startedAt);
  let files: string[];
  try {
    files = writeReports(report, resolve(options.reportDir), secretsOf(target));
  } catch (error) {
    if (!(error instanceof ReportWriteError)) {
      throw error;
    }
    // The clause results are complete, so they are printed even though the reports are not.
    output.out(renderTerminalSummary(report, error.written));
    output.err(`alb-conformance: ${error.message}\n`);
    return exitStatus.usage;
  }
  output.out(renderTerminalSummary(report, files));

  return report.totals.failed > 0 || report.runErrors.length > 0 ? exitStatus.failed : exitStatus.passed;
}

/** Returns the suite files that contain the selected clauses, so vitest loads no other file (empty selects every file). */
function suiteFilesOf(clauseIds: readonly string[]): string[] {
  const selected = new Set(clauseIds);
  const files = scanClauseCalls()
    .filter((call) => selected.has(call.id))
    .map((call) => call.file);
  return [...new Set(files)];
}

/** Collects the property settings for the suites: the seed, path and run count of the flags, and the target flags for replay commands. */
function propertySettingsOf(options: RunOptions): PropertySettings {
  return {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    targetArguments: targetArgumentsFor(options),
  };
}

/** Matches the test names of the selected clauses, which start with `<id> `. */
function clauseNamePattern(clauseIds: readonly string[]): string {
  return `^(${clauseIds.map((id) => id.replaceAll('-', '\\-')).join('|')}) `;
}

function buildRunReport(
  options: RunOptions,
  target: ConformanceTarget,
  reporter: ConformanceReporter,
  startedAt: Date,
): RunReport {
  const records = sortClauseRecords(reporter.records);
  const reported = new Set(records.map((record) => record.id));
  const missing = options.clauseIds
    .filter((id) => !reported.has(id))
    .map((id) => ({ message: `Clause ${id} was selected, but no test ran for it; check that a suite file calls clause('${id}', ...)` }));

  return {
    tool: { name: 'alb-conformance', version: toolVersion() },
    target: describeTarget(target),
    tiers: target.tiers,
    ...(options.clauseIds.length > 0 ? { selectedClauses: options.clauseIds } : {}),
    ...(options.shard === undefined ? {} : { shard: `${options.shard.index}/${options.shard.count}` }),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    totals: countOutcomes(records),
    clauses: records,
    runErrors: [...reporter.runErrors, ...missing],
    coverage: computeCoverage(records, specCoverageCatalogue()),
  };
}

function selectionOf(options: RunOptions, target: ConformanceTarget): RunSelection {
  return {
    clauseIds: options.clauseIds,
    tiers: target.tiers,
    ...(options.shard === undefined ? {} : { shard: `${options.shard.index}/${options.shard.count}` }),
  };
}

function secretsOf(target: ConformanceTarget): string[] {
  return Object.values(target.credentials).flatMap((credentials) =>
    credentials === undefined ? [] : [credentials.accessKeySecret, ...(credentials.securityToken ? [credentials.securityToken] : [])],
  );
}

function toolVersion(): string {
  const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version?: string };
  return packageJson.version ?? 'unknown';
}

function reportSetupError(error: unknown, output: CommandOutput): number {
  if (
    error instanceof UsageError ||
    error instanceof TargetConfigError ||
    error instanceof RegistryError ||
    error instanceof PreflightError ||
    error instanceof ReportDirectoryError
  ) {
    output.err(`alb-conformance: ${error.message}\n`);
    return exitStatus.usage;
  }
  throw error;
}
