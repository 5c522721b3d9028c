import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactKnownSecrets } from '../clause/redact-secrets.js';
import type { RunReport } from './clause-record.js';
import { sortClauseRecords } from './clause-order.js';
import { renderCoverageMarkdown } from './coverage-markdown.js';
import { renderHtmlReport } from './html-report.js';
import { renderJunitReport } from './junit-report.js';

/** The files `writeReports` writes into the report directory. */
export const reportFileNames = ['report.json', 'junit.xml', 'report.html', 'coverage.md'] as const;

/** Raised when some report files could not be written; `written` lists the files that were. */
export class ReportWriteError extends Error {
  readonly written: readonly string[];

  constructor(failures: readonly string[], written: readonly string[]) {
    super(
      `Failed to write the reports after the run:\n  ${failures.join('\n  ')}\n` +
        'Free disk space or fix the paths (a report path must not be a directory), then run again.',
    );
    this.name = 'ReportWriteError';
    this.written = written;
  }
}

/**
 * Writes report.json, junit.xml, report.html and coverage.md into `directory` and returns their paths.
 * Every file passes through a last redaction of the given secrets. A file that cannot be written does
 * not stop the others.
 *
 * @throws ReportWriteError naming each path that could not be written and why
 */
export function writeReports(report: RunReport, directory: string, secrets: readonly string[]): string[] {
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new ReportWriteError([`${directory}: ${(error as Error).message}`], []);
  }

  const contents: Record<(typeof reportFileNames)[number], string> = {
    // Without indentation, because indentation makes a full run's report.json about half as large again.
    'report.json': `${JSON.stringify({ ...report, clauses: sortClauseRecords(report.clauses) })}\n`,
    'junit.xml': renderJunitReport(report),
    'report.html': renderHtmlReport(report),
    'coverage.md': renderCoverageMarkdown(report.coverage),
  };

  const written: string[] = [];
  const failures: string[] = [];
  for (const name of reportFileNames) {
    const path = join(directory, name);
    try {
      writeFileSync(path, redactKnownSecrets(contents[name], secrets));
      written.push(path);
    } catch (error) {
      failures.push(`${path}: ${(error as Error).message}`);
    }
  }

  if (failures.length > 0) {
    throw new ReportWriteError(failures, written);
  }
  return written;
}
