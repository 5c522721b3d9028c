import type { CoverageItem, CoverageReport, OperationCoverage, OperationGroup } from '../coverage/coverage-types.js';

/** Headings of the operation groups in every coverage report. */
export const operationGroupTitles: Readonly<Record<OperationGroup, string>> = {
  certificate: 'Certificate operations',
  'listener-setup': 'Listener set-up operations',
};

/**
 * Renders the coverage tables as Markdown, with a count per item and "not exercised" where it is 0.
 * The certificate operations come first. The listener set-up operations, which the suite calls only to
 * prepare listeners, follow in their own section.
 */
export function renderCoverageMarkdown(coverage: CoverageReport): string {
  const lines = ['# Coverage', '', 'What the clause bodies exercised, compared with the spec catalogue. Cleanup calls do not count.', ''];

  lines.push(`Certificate operations: ${summariseCoverage(coverage, 'certificate')}.`, '');
  lines.push(`Listener set-up operations: ${summariseCoverage(coverage, 'listener-setup')}.`, '');

  lines.push(...renderGroup(coverage, 'certificate'));
  lines.push('## Gateway error codes', '', ...itemTable('Error code', coverage.gatewayErrorCodes));
  lines.push('## Status transitions', '', ...itemTable('Transition', coverage.transitions));
  if (coverage.unlistedErrorCodes.length > 0) {
    lines.push('## Error codes the catalogue does not list', '', ...itemTable('Error code', coverage.unlistedErrorCodes));
  }
  lines.push(...renderGroup(coverage, 'listener-setup'));
  return lines.join('\n');
}

/**
 * Summarises the coverage of one operation group in one line: items exercised out of items listed.
 * For the certificate operations, the error codes include the gateway codes and the line counts the
 * transitions. The listener set-up line has neither.
 */
export function summariseCoverage(coverage: CoverageReport, group: OperationGroup): string {
  const operations = operationsOf(coverage, group);
  const exercised = operations.filter((operation) => operation.calls > 0).length;
  const parameters = operations.flatMap((operation) => operation.parameters);
  const businessCodes = operations.flatMap((operation) => operation.errorCodes);

  if (group === 'listener-setup') {
    return `${exercised}/${operations.length} operations, ${ratio(parameters)} parameters, ${ratio(businessCodes)} error codes`;
  }
  const errorCodes = [...businessCodes, ...coverage.gatewayErrorCodes];
  return (
    `${exercised}/${operations.length} operations, ${ratio(parameters)} parameters, ` +
    `${ratio(errorCodes)} error codes, ${ratio(coverage.transitions)} transitions`
  );
}

/** Returns the operations of one group, in catalogue order. */
export function operationsOf(coverage: CoverageReport, group: OperationGroup): OperationCoverage[] {
  return coverage.operations.filter((operation) => operation.group === group);
}

function renderGroup(coverage: CoverageReport, group: OperationGroup): string[] {
  const operations = operationsOf(coverage, group);
  if (operations.length === 0) {
    return [];
  }

  const lines = [`## ${operationGroupTitles[group]}`, '', '| Operation | Calls | Parameters exercised | Error codes exercised |', '| --- | --- | --- | --- |'];
  for (const operation of operations) {
    lines.push(`| ${operation.action} | ${formatCount(operation.calls)} | ${ratio(operation.parameters)} | ${ratio(operation.errorCodes)} |`);
  }
  lines.push('');

  for (const operation of operations) {
    lines.push(`### ${operation.action}`, '');
    lines.push(...itemTable('Parameter', operation.parameters));
    lines.push(...itemTable('Error code', operation.errorCodes));
  }
  return lines;
}

function itemTable(heading: string, items: readonly CoverageItem[]): string[] {
  if (items.length === 0) {
    return [`No ${heading.toLowerCase()}s in the catalogue.`, ''];
  }
  return [
    `| ${heading} | Exercised |`,
    '| --- | --- |',
    ...items.map((item) => `| \`${item.name.replaceAll('|', '\\|')}\` | ${formatCount(item.count)} |`),
    '',
  ];
}

function ratio(items: readonly CoverageItem[]): string {
  return `${items.filter((item) => item.count > 0).length}/${items.length}`;
}

function formatCount(count: number): string {
  return count === 0 ? 'not exercised' : String(count);
}
