/** Characters XML 1.0 does not allow in a document, even escaped. */
const invalidXmlCharacters = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML or HTML element or a double-quoted attribute, dropping characters XML forbids. */
export function escapeMarkup(text: string): string {
  return text
    .replace(invalidXmlCharacters, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Escapes text for the content of an XML or HTML element, not an attribute: quotes stay as they are,
 * which keeps JSON bodies in the HTML report about as long as the bodies themselves.
 */
export function escapeElementText(text: string): string {
  return text.replace(invalidXmlCharacters, '\uFFFD').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Renders a value for a report: strings as they are, everything else as indented JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value, null, 2) ?? String(value);
}
