import type { ClauseEvidence, RecordedCall } from '../clause/clause-evidence.js';
import type { ClauseRecord, RunReport } from './clause-record.js';
import { renderCoverageHtml } from './coverage-html.js';
import { countOutcomes, formatCounts, groupByArea, isNotSelected } from './outcome-counts.js';
import { renderTable } from './html-table.js';
import { areaTitle, reportAreaOrder } from './report-areas.js';
import { describeSelection } from './run-selection.js';
import type { ReportArea } from './report-areas.js';
import { escapeElementText, escapeMarkup, formatValue } from './xml-text.js';

const styles = `
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
pre { background: #f6f6f6; padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
details { margin: 0.3rem 0; }
details.clause { border-left: 4px solid #9e9e9e; padding-left: 0.6rem; }
details.passed { border-color: #2e7d32; }
details.failed { border-color: #c62828; }
details.skipped { border-color: #9e9e9e; }
.status { font-weight: bold; font-family: monospace; }
.passed .status { color: #2e7d32; }
.failed .status { color: #c62828; }
.skipped .status { color: #616161; }
.missing { color: #c62828; }
dt { font-weight: bold; }
`;

/** Renders a run as one self-contained HTML page: no scripts, no external assets, every value escaped. */
export function renderHtmlReport(report: RunReport): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>alb-conformance report</title>',
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<h1>ALB listener-certificate conformance report</h1>',
    renderRunFacts(report),
    renderFailedClauses(report),
    renderAreaSummary(report),
    renderRunErrors(report),
    ...groupByArea(report.clauses, reportAreaOrder).map((group) => renderArea(group.area, group.records)),
    renderCoverageHtml(report.coverage),
    '</body>',
    '</html>',
    '',
  ];
  return parts.join('\n');
}

function renderRunFacts(report: RunReport): string {
  const totals = report.totals;
  const rows: Array<[string, string]> = [
    ['Target', report.target],
    ['Selection', describeSelection({ clauseIds: report.selectedClauses ?? [], tiers: report.tiers, ...(report.shard === undefined ? {} : { shard: report.shard }) })],
    ['Started', report.startedAt],
    ['Duration', `${(report.durationMs / 1000).toFixed(1)} s`],
    ['Result', formatCounts(totals)],
    ['Tool', `${report.tool.name} ${report.tool.version}`],
  ];
  return renderTable(['', ''], rows.map(([name, value]) => [`<th>${escapeMarkup(name)}</th>`, escapeMarkup(value)]), true);
}

/** Lists the failed clauses at the top of the page, each linked to its details, in the order of the page. */
function renderFailedClauses(report: RunReport): string {
  const failed = groupByArea(report.clauses, reportAreaOrder)
    .flatMap((group) => group.records)
    .filter((record) => record.status === 'failed');
  if (failed.length === 0) {
    return '<h2 id="failed-clauses">Failed clauses</h2>\n<p>None.</p>';
  }

  const items = failed.map((record) => {
    const message = firstLine(record.failure?.message ?? record.errors[0] ?? 'failed without a message');
    return `<li><a href="#${escapeMarkup(record.id)}"><code>${escapeMarkup(record.id)}</code></a> ${escapeMarkup(message)}</li>`;
  });
  return `<h2 id="failed-clauses">Failed clauses (${failed.length})</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function renderAreaSummary(report: RunReport): string {
  const rows = groupByArea(report.clauses, reportAreaOrder).map((group) => {
    const counts = countOutcomes(group.records);
    return [
      `<a href="#area-${group.area}">${escapeMarkup(`${group.area} ${areaTitle(group.area)}`)}</a>`,
      String(counts.passed),
      String(counts.failed),
      String(counts.skipped),
      String(counts.notSelected),
    ];
  });
  return `<h2>Summary by area</h2>\n${renderTable(['Area', 'Passed', 'Failed', 'Skipped', 'Not selected'], rows)}`;
}

function renderRunErrors(report: RunReport): string {
  if (report.runErrors.length === 0) {
    return '';
  }
  const items = report.runErrors.map(
    (error) => `<li>${error.file ? `<code>${escapeMarkup(error.file)}</code>: ` : ''}<pre>${escapeMarkup(error.message)}</pre></li>`,
  );
  return `<h2>Run errors</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function renderArea(area: ReportArea, records: readonly ClauseRecord[]): string {
  const heading = `<h2 id="area-${area}">${escapeMarkup(`${area} ${areaTitle(area)}`)}</h2>`;
  return [heading, ...records.map(renderClause)].join('\n');
}

function renderClause(record: ClauseRecord): string {
  const duration = record.durationMs === undefined ? '' : ` (${record.durationMs} ms)`;
  const summary =
    `<summary><span class="status">${isNotSelected(record) ? 'NOT SELECTED' : record.status.toUpperCase()}</span> <code>${escapeMarkup(record.id)}</code> ` +
    `${escapeMarkup(record.requirement)}${escapeMarkup(duration)}</summary>`;

  const body = [renderClauseFacts(record), renderFailure(record), renderCalls(record.evidence), renderWaits(record), renderNotes(record)];
  const open = record.status === 'failed' ? ' open' : '';
  return `<details class="clause ${record.status}" id="${escapeMarkup(record.id)}"${open}>\n${summary}\n${body.join('\n')}\n</details>`;
}

function renderClauseFacts(record: ClauseRecord): string {
  const facts: Array<[string, string]> = [
    ['Tier', record.tier ?? 'none'],
    ['Operations', record.operations.join(', ') || 'none'],
    ['Source', record.source ? `${record.source.kind}: ${record.source.reference}` : 'none'],
    ['Suite file', record.file],
  ];
  if (record.skipReason !== undefined) {
    facts.push([isNotSelected(record) ? 'Not selected because' : 'Skipped because', record.skipReason]);
  }
  if (record.status === 'failed') {
    facts.push(['Rerun', record.rerunCommand]);
  }
  return `<dl>\n${facts.map(([name, value]) => `<dt>${escapeMarkup(name)}</dt><dd>${escapeMarkup(value)}</dd>`).join('\n')}\n</dl>`;
}

function renderFailure(record: ClauseRecord): string {
  if (record.status !== 'failed') {
    return '';
  }

  const failure = record.failure;
  const parts = [`<h4>Failure</h4>\n<pre>${escapeMarkup(failure?.message ?? record.errors.join('\n'))}</pre>`];
  if (failure?.expected !== undefined) {
    parts.push(`<h4>Expected</h4>\n<pre>${escapeMarkup(formatValue(failure.expected))}</pre>`);
  }
  if (failure?.received !== undefined) {
    parts.push(`<h4>Received</h4>\n<pre>${escapeMarkup(formatValue(failure.received))}</pre>`);
  }
  for (const cleanupError of record.evidence.cleanupErrors) {
    parts.push(`<pre>${escapeMarkup(cleanupError)}</pre>`);
  }
  return parts.join('\n');
}

/**
 * Renders the calls of a clause, each with its request and response. A run of calls whose exchanges the
 * report limits dropped becomes one collapsed list of their one-line summaries.
 */
function renderCalls(evidence: ClauseEvidence): string {
  const calls = evidence.calls;
  if (calls.length === 0) {
    return '';
  }

  const omitted = evidence.omittedExchanges ?? 0;
  const items: string[] = [];
  let index = 0;
  while (index < calls.length) {
    const end = omitted > 0 ? endOfOmittedRun(calls, index) : index;
    if (end > index) {
      items.push(renderOmittedRun(calls, index, end));
      index = end;
    } else {
      items.push(renderCall(calls[index] as RecordedCall, index + 1));
      index += 1;
    }
  }

  const note = omitted > 0 ? `, ${omitted} exchanges omitted` : '';
  return `<details><summary>Requests and responses (${calls.length} calls${note})</summary>\n${items.join('\n')}\n</details>`;
}

/** Returns the index after the run of calls without an exchange that starts at `start` (`start` itself when there is none). */
function endOfOmittedRun(calls: readonly RecordedCall[], start: number): number {
  let end = start;
  while (end < calls.length && calls[end]?.exchange === undefined && calls[end]?.clientError === undefined) {
    end += 1;
  }
  return end;
}

function renderOmittedRun(calls: readonly RecordedCall[], start: number, end: number): string {
  const lines = calls.slice(start, end).map((call, offset) => escapeElementText(callSummary(call, start + offset + 1)));
  return (
    `<details><summary>Calls ${start + 1} to ${end}: ${end - start} exchanges omitted (action, status and code kept)</summary>\n` +
    `<pre>${lines.join('\n')}</pre>\n</details>`
  );
}

function renderCall(call: RecordedCall, number: number): string {
  const parts = [`<details><summary>${escapeMarkup(callSummary(call, number))}</summary>`];

  if (call.schemaViolations.length > 0) {
    parts.push(`<p class="missing">Schema violations:</p>\n<pre>${escapeElementText(call.schemaViolations.join('\n'))}</pre>`);
  }
  const exchange = call.exchange;
  if (exchange !== undefined) {
    const request = exchange.request;
    parts.push(`<h5>Request</h5>\n<pre>${escapeElementText(`${request.method} ${request.url}\n${formatHeaders(request.headers)}\n\n${request.body}`)}</pre>`);
    if (exchange.response !== undefined) {
      const response = exchange.response;
      parts.push(`<h5>Response</h5>\n<pre>${escapeElementText(`HTTP ${response.status}\n${formatHeaders(response.headers)}\n\n${response.body}`)}</pre>`);
    }
  }
  parts.push('</details>');
  return parts.join('\n');
}

/** Summarises a call in one line: number, phase, action and outcome. */
function callSummary(call: RecordedCall, number: number): string {
  const outcome = call.clientError ?? `HTTP ${call.status ?? '?'}${call.code ? ` ${call.code}` : ''}`;
  return `${number}. [${call.phase}] ${call.action}: ${outcome}`;
}

function renderWaits(record: ClauseRecord): string {
  if (record.evidence.waits.length === 0) {
    return '';
  }
  const items = record.evidence.waits.map(
    (wait) =>
      `<li>${escapeMarkup(`${wait.describe}: ${wait.outcome} after ${wait.elapsedMs} ms`)}<pre>${escapeMarkup(wait.observations.join('\n'))}</pre></li>`,
  );
  return `<details><summary>Waits (${record.evidence.waits.length})</summary>\n<ul>\n${items.join('\n')}\n</ul>\n</details>`;
}

function renderNotes(record: ClauseRecord): string {
  if (record.evidence.notes.length === 0) {
    return '';
  }
  return `<h4>Notes</h4>\n<ul>\n${record.evidence.notes.map((note) => `<li>${escapeMarkup(note)}</li>`).join('\n')}\n</ul>`;
}

function formatHeaders(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
