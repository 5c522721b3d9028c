import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const binPath = fileURLToPath(new URL('../../../bin/alb-conformance.js', import.meta.url));

/** The exit status and output of one `alb-conformance` process. */
export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One clause of report.json, with the fields these tests read. */
export interface ReportedClause {
  readonly id: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly skipReason?: string;
  readonly evidence: { readonly notes: readonly string[] };
}

/** A finished run: the process result and the clauses of its report.json. */
export interface ConformanceRun extends CommandResult {
  readonly clauses: readonly ReportedClause[];
}

/**
 * Runs `alb-conformance run <args> --report-dir <temporary directory>` as a child process and reads
 * the report. The child gets only PATH and HOME, so no ALIBABA_CLOUD_* credentials of the caller leak in.
 */
export async function runConformance(args: readonly string[]): Promise<ConformanceRun> {
  const reportDir = mkdtempSync(join(tmpdir(), 'alb-conformance-run-'));

  const result = await runConformanceCommand(['run', ...args, '--report-dir', reportDir]);

  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { clauses: ReportedClause[] };
  return { ...result, clauses: report.clauses };
}

/** Lists the ids of the clauses with `status`, sorted. */
export function clauseIdsWithStatus(run: ConformanceRun, status: ReportedClause['status']): string[] {
  return run.clauses
    .filter((clause) => clause.status === status)
    .map((clause) => clause.id)
    .sort();
}

/**
 * Runs `alb-conformance <args>` as a child process and returns its exit status and output, without
 * reading any report. The child gets only PATH and HOME, like the runs of `runConformance`.
 */
export function runConformanceCommand(args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
