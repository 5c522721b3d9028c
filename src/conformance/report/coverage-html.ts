import type { CoverageItem, CoverageReport, OperationGroup } from '../coverage/coverage-types.js';
import { operationGroupTitles, operationsOf, summariseCoverage } from './coverage-markdown.js';
import { renderTable } from './html-table.js';
import { escapeMarkup } from './xml-text.js';

/**
 * Renders the coverage section of the HTML report; items the run did not exercise are marked.
 * The certificate operations come first, and the listener set-up operations follow apart.
 */
export function renderCoverageHtml(coverage: CoverageReport): string {
  const parts = ['<h2 id="coverage">Coverage</h2>', '<p>What the clause bodies exercised, compared with the spec catalogue. Cleanup calls do not count.</p>'];

  parts.push(...renderGroup(coverage, 'certificate'));
  parts.push('<h3>Gateway error codes</h3>', renderItems('Error code', coverage.gatewayErrorCodes));
  parts.push('<h3>Status transitions</h3>', renderItems('Transition', coverage.transitions));
  if (coverage.unlistedErrorCodes.length > 0) {
    parts.push('<h3>Error codes the catalogue does not list</h3>', renderItems('Error code', coverage.unlistedErrorCodes));
  }
  parts.push(...renderGroup(coverage, 'listener-setup'));
  return parts.join('\n');
}

function renderGroup(coverage: CoverageReport, group: OperationGroup): string[] {
  const operations = operationsOf(coverage, group);
  if (operations.length === 0) {
    return [];
  }

  const parts = [
    `<h3>${escapeMarkup(operationGroupTitles[group])}</h3>`,
    `<p>${escapeMarkup(summariseCoverage(coverage, group))}</p>`,
    renderTable(['Operation', 'Calls'], operations.map((operation) => [escapeMarkup(operation.action), countCell(operation.calls)])),
  ];
  for (const operation of operations) {
    parts.push(`<details><summary>${escapeMarkup(operation.action)}: parameters and error codes</summary>`);
    parts.push(renderItems('Parameter', operation.parameters));
    parts.push(renderItems('Error code', operation.errorCodes));
    parts.push('</details>');
  }
  return parts;
}

function renderItems(heading: string, items: readonly CoverageItem[]): string {
  if (items.length === 0) {
    return '<p>None in the catalogue.</p>';
  }
  return renderTable([heading, 'Exercised'], items.map((item) => [`<code>${escapeMarkup(item.name)}</code>`, countCell(item.count)]));
}

function countCell(count: number): string {
  return count === 0 ? '<span class="missing">not exercised</span>' : String(count);
}
