import { escapeMarkup } from './xml-text.js';

/** Renders a table; cells are HTML already (escape them first). The first column becomes row headers when `rowHeaders` is set. */
export function renderTable(headings: readonly string[], rows: ReadonlyArray<readonly string[]>, rowHeaders = false): string {
  const head = rowHeaders ? '' : `<tr>${headings.map((heading) => `<th>${escapeMarkup(heading)}</th>`).join('')}</tr>\n`;
  const body = rows.map((cells) => `<tr>${cells.map((cell) => (cell.startsWith('<th>') ? cell : `<td>${cell}</td>`)).join('')}</tr>`);
  return `<table>\n${head}${body.join('\n')}\n</table>`;
}
