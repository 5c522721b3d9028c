import type { ClauseRecord, RunReport } from './clause-record.js';
import { countOutcomes, groupByArea } from './outcome-counts.js';
import { areaTitle, reportAreaOrder } from './report-areas.js';
import type { ReportArea } from './report-areas.js';
import { escapeMarkup, formatValue } from './xml-text.js';

/** Renders a run as JUnit XML: one testsuite per area, one testcase per clause; clauses not selected count as skipped. */
export function renderJunitReport(report: RunReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const totals = report.totals;
  const seconds = formatSeconds(report.durationMs);
  lines.push(
    `<testsuites name="alb-conformance" tests="${report.clauses.length}" failures="${totals.failed}" ` +
      `errors="${report.runErrors.length}" skipped="${totals.skipped + totals.notSelected}" time="${seconds}">`,
  );

  for (const group of groupByArea(report.clauses, reportAreaOrder)) {
    lines.push(...renderSuite(group.area, group.records));
  }

  if (report.runErrors.length > 0) {
    lines.push(...renderRunErrors(report));
  }

  lines.push('</testsuites>', '');
  return lines.join('\n');
}

function renderSuite(area: ReportArea, records: readonly ClauseRecord[]): string[] {
  const counts = countOutcomes(records);
  const title = areaTitle(area);
  const durationMs = records.reduce((sum, record) => sum + (record.durationMs ?? 0), 0);
  const lines = [
    `  <testsuite name="${escapeMarkup(`${area} ${title}`)}" tests="${records.length}" failures="${counts.failed}" ` +
      `errors="0" skipped="${counts.skipped + counts.notSelected}" time="${formatSeconds(durationMs)}">`,
  ];
  for (const record of records) {
    lines.push(...renderTestCase(record));
  }
  lines.push('  </testsuite>');
  return lines;
}

function renderTestCase(record: ClauseRecord): string[] {
  const attributes =
    `name="${escapeMarkup(`${record.id} ${record.requirement}`)}" classname="alb-conformance.${record.area}" ` +
    `file="${escapeMarkup(record.file)}" time="${formatSeconds(record.durationMs ?? 0)}"`;

  if (record.status === 'passed') {
    return [`    <testcase ${attributes}/>`];
  }
  if (record.status === 'skipped') {
    return [`    <testcase ${attributes}>`, `      <skipped message="${escapeMarkup(record.skipReason ?? '')}"/>`, '    </testcase>'];
  }

  const message = record.failure?.message ?? record.errors[0] ?? 'failed';
  return [
    `    <testcase ${attributes}>`,
    `      <failure message="${escapeMarkup(firstLine(message))}" type="ClauseFailure">${escapeMarkup(failureDetails(record))}</failure>`,
    '    </testcase>',
  ];
}

function failureDetails(record: ClauseRecord): string {
  const lines = [record.failure?.message ?? record.errors.join('\n')];
  if (record.failure?.expected !== undefined) {
    lines.push(`Expected: ${formatValue(record.failure.expected)}`);
  }
  if (record.failure?.received !== undefined) {
    lines.push(`Received: ${formatValue(record.failure.received)}`);
  }
  lines.push(`Rerun: ${record.rerunCommand}`);
  return lines.join('\n');
}

function renderRunErrors(report: RunReport): string[] {
  const lines = [`  <testsuite name="Run errors" tests="${report.runErrors.length}" failures="0" errors="${report.runErrors.length}" skipped="0" time="0">`];
  report.runErrors.forEach((error, index) => {
    lines.push(
      `    <testcase name="${escapeMarkup(error.file ?? `run error ${index + 1}`)}" classname="alb-conformance.run">`,
      `      <error message="${escapeMarkup(firstLine(error.message))}">${escapeMarkup(error.message)}</error>`,
      '    </testcase>',
    );
  });
  lines.push('  </testsuite>');
  return lines;
}

function formatSeconds(durationMs: number): string {
  return (durationMs / 1000).toFixed(3);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
