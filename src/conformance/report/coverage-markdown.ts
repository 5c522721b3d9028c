import type { CoverageItem, CoverageReport } from '../coverage/coverage-types.js';

/** Renders the coverage tables as Markdown, with a count per item and "not exercised" where it is 0. */
export function renderCoverageMarkdown(coverage: CoverageReport): string {
  const lines = ['# Coverage', '', 'What the clause bodies exercised, compared with the spec catalogue. Cleanup calls do not count.', ''];

  lines.push('## Operations', '', '| Operation | Calls | Parameters exercised | Error codes exercised |', '| --- | --- | --- | --- |');
  for (const operation of coverage.operations) {
    lines.push(
      `| ${operation.action} | ${formatCount(operation.calls)} | ${ratio(operation.parameters)} | ${ratio(operation.errorCodes)} |`,
    );
  }
  lines.push('');

  for (const operation of coverage.operations) {
    lines.push(`## ${operation.action}`, '');
    lines.push(...itemTable('Parameter', operation.parameters));
    lines.push(...itemTable('Error code', operation.errorCodes));
  }

  lines.push('## Gateway error codes', '', ...itemTable('Error code', coverage.gatewayErrorCodes));
  lines.push('## Status transitions', '', ...itemTable('Transition', coverage.transitions));
  if (coverage.unlistedErrorCodes.length > 0) {
    lines.push('## Error codes the catalogue does not list', '', ...itemTable('Error code', coverage.unlistedErrorCodes));
  }
  return lines.join('\n');
}

/** Summarises coverage in one line: items exercised out of items listed, per kind. */
export function summariseCoverage(coverage: CoverageReport): string {
  const operations = coverage.operations.filter((operation) => operation.calls > 0).length;
  const parameters = coverage.operations.flatMap((operation) => operation.parameters);
  const errorCodes = [...coverage.operations.flatMap((operation) => operation.errorCodes), ...coverage.gatewayErrorCodes];
  return (
    `${operations}/${coverage.operations.length} operations, ${ratio(parameters)} parameters, ` +
    `${ratio(errorCodes)} error codes, ${ratio(coverage.transitions)} transitions`
  );
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
