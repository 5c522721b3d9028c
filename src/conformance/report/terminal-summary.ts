import type { RecordedCall } from '../clause/clause-evidence.js';
import type { ClauseRecord, RunReport } from './clause-record.js';
import { summariseCoverage } from './coverage-markdown.js';
import { countOutcomes, formatCounts, groupByArea, isNotSelected } from './outcome-counts.js';
import { areaTitle, reportAreaOrder } from './report-areas.js';
import { formatValue } from './xml-text.js';

/** Maximum length of a response body on the terminal. The HTML report shows the whole body. */
const maxBodyCharacters = 2000;

/**
 * Renders the end-of-run summary. It shows counts and failed clause ids by area, the skip reasons with
 * their clause ids, and one line per reason for the clauses not selected. Each failure gets the clause,
 * expected and received values, the last request and response (secrets redacted) and a rerun command.
 * Clauses appear by area and by id within an area, whatever order they ran in.
 */
export function renderTerminalSummary(report: RunReport, reportFiles: readonly string[]): string {
  const groups = groupByArea(report.clauses, reportAreaOrder);
  const lines: string[] = ['', 'Summary by area'];
  for (const group of groups) {
    const counts = countOutcomes(group.records);
    const failedIds = group.records.filter((record) => record.status === 'failed').map((record) => record.id);
    lines.push(
      `  ${group.area.padEnd(7)}${areaTitle(group.area).padEnd(28)}${formatCounts(counts)}` +
        (failedIds.length > 0 ? ` (failed: ${failedIds.join(', ')})` : ''),
    );
  }

  const sorted = groups.flatMap((group) => group.records);
  lines.push(...renderSkipped(sorted.filter((record) => !isNotSelected(record))));
  lines.push(...renderNotSelected(sorted.filter(isNotSelected)));
  lines.push(...renderRunErrors(report));
  for (const record of sorted.filter((clause) => clause.status === 'failed')) {
    lines.push(...renderFailure(record));
  }

  const totals = report.totals;
  const runErrors = report.runErrors.length > 0 ? `, ${report.runErrors.length} run errors` : '';
  lines.push(
    '',
    `Coverage of the certificate operations: ${summariseCoverage(report.coverage, 'certificate')}`,
    `Coverage of the listener set-up operations: ${summariseCoverage(report.coverage, 'listener-setup')}`,
    `Total: ${formatCounts(totals)}${runErrors} ` +
      `in ${(report.durationMs / 1000).toFixed(1)} s against ${report.target}`,
  );
  if (reportFiles.length > 0) {
    lines.push(`Reports: ${reportFiles.join(', ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

function renderSkipped(records: readonly ClauseRecord[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const record of records.filter((clause) => clause.status === 'skipped')) {
    const reason = record.skipReason ?? 'no reason given';
    byReason.set(reason, [...(byReason.get(reason) ?? []), record.id]);
  }
  if (byReason.size === 0) {
    return [];
  }

  const lines = ['', 'Skipped'];
  for (const [reason, ids] of byReason) {
    lines.push(`  ${ids.join(', ')}: ${reason}`);
  }
  return lines;
}

/** Summarises the clauses the run did not select in one line per reason, e.g. "58 clauses: tier core not selected (...)". */
function renderNotSelected(records: readonly ClauseRecord[]): string[] {
  const countByReason = new Map<string, number>();
  for (const record of records) {
    const reason = record.skipReason ?? 'no reason given';
    countByReason.set(reason, (countByReason.get(reason) ?? 0) + 1);
  }
  if (countByReason.size === 0) {
    return [];
  }

  const lines = ['', 'Not selected'];
  for (const [reason, count] of countByReason) {
    lines.push(`  ${count} ${count === 1 ? 'clause' : 'clauses'}: ${reason}`);
  }
  return lines;
}

function renderRunErrors(report: RunReport): string[] {
  if (report.runErrors.length === 0) {
    return [];
  }
  return ['', 'Run errors', ...report.runErrors.map((error) => `  ${error.file ? `${error.file}: ` : ''}${error.message}`)];
}

function renderFailure(record: ClauseRecord): string[] {
  const lines = ['', `FAIL ${record.id} ${record.requirement}`];
  lines.push(...indent('  ', record.failure?.message ?? (record.errors.join('\n') || 'failed without a message')));
  if (record.failure?.expected !== undefined) {
    lines.push('  Expected:', ...indent('    ', formatValue(record.failure.expected)));
  }
  if (record.failure?.received !== undefined) {
    lines.push('  Received:', ...indent('    ', formatValue(record.failure.received)));
  }
  for (const cleanupError of record.evidence.cleanupErrors) {
    lines.push(...indent('  ', cleanupError));
  }

  const call = lastClauseCall(record.evidence.calls);
  if (call?.exchange !== undefined) {
    lines.push(...renderExchange(call));
  }
  lines.push(`  Rerun: ${record.rerunCommand}`);
  return lines;
}

function renderExchange(call: RecordedCall): string[] {
  const exchange = call.exchange;
  if (exchange === undefined) {
    return [];
  }

  const request = exchange.request;
  const lines = [`  Last request (${call.action}):`, `    ${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) {
    lines.push(`    ${name}: ${value}`);
  }
  if (request.body !== '') {
    lines.push(...indent('    ', request.body));
  }

  if (exchange.response === undefined) {
    lines.push(`  No response: ${exchange.error ?? call.clientError ?? 'unknown error'}`);
    return lines;
  }
  const body = exchange.response.body;
  lines.push(`  Response: HTTP ${exchange.response.status}`);
  lines.push(...indent('    ', body.length > maxBodyCharacters ? `${body.slice(0, maxBodyCharacters)}...` : body));
  return lines;
}

function lastClauseCall(calls: readonly RecordedCall[]): RecordedCall | undefined {
  return [...calls].reverse().find((call) => call.phase === 'clause');
}

function indent(prefix: string, text: string): string[] {
  return text.split('\n').map((line) => `${prefix}${line}`);
}
