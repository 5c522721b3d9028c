import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactKnownSecrets } from '../clause/redact-secrets.js';
import type { RunReport } from './clause-record.js';
import { renderCoverageMarkdown } from './coverage-markdown.js';
import { renderHtmlReport } from './html-report.js';
import { renderJunitReport } from './junit-report.js';

/** The files `writeReports` writes into the report directory. */
export const reportFileNames = ['report.json', 'junit.xml', 'report.html', 'coverage.md'] as const;

/**
 * Writes report.json, junit.xml, report.html and coverage.md into `directory` and returns their paths.
 * Every file passes through a last redaction of the given secrets.
 */
export function writeReports(report: RunReport, directory: string, secrets: readonly string[]): string[] {
  mkdirSync(directory, { recursive: true });

  const contents: Record<(typeof reportFileNames)[number], string> = {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'junit.xml': renderJunitReport(report),
    'report.html': renderHtmlReport(report),
    'coverage.md': renderCoverageMarkdown(report.coverage),
  };

  return reportFileNames.map((name) => {
    const path = join(directory, name);
    writeFileSync(path, redactKnownSecrets(contents[name], secrets));
    return path;
  });
}
