import type { FlatParameters } from './types.js';

/**
 * Percent-encodes a value the RFC 3986 strict way: only `A-Za-z0-9-_.~` stay literal, hex digits are
 * upper-case. Both signatures use this encoding for their canonical strings.
 * Throws URIError when the value contains a lone UTF-16 surrogate, which has no UTF-8 form.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, escapeCharacter);
}

/**
 * Encodes parameters the way the official TypeScript SDK writes its URL query: Node's
 * `querystring.stringify` followed by legacy `url.parse`. Spaces become `%20`, `'` becomes `%27`,
 * and `* ( ) ! ~` stay literal. This is not the canonical encoding that gets signed.
 */
export function encodeWireQuery(parameters: FlatParameters): string {
  return Object.entries(parameters)
    .map(([key, value]) => `${encodeWireComponent(key)}=${encodeWireComponent(value)}`)
    .join('&');
}

/**
 * Encodes parameters the way the SDK writes an `application/x-www-form-urlencoded` body (Node's
 * `querystring.stringify`): spaces become `%20`, never `+`, and `' * ( ) ! ~` stay literal.
 */
export function encodeFormBody(parameters: FlatParameters): string {
  return Object.entries(parameters)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

export type ParsedQueryString =
  | { ok: true; entries: [key: string, value: string][] }
  | { ok: false; reason: string };

export interface ParseQueryStringOptions {
  /**
   * Decode `+` as a space, as `application/x-www-form-urlencoded` bodies require.
   * The official SDK never sends `+` for a space (it sends `%20`, and a literal plus as `%2B`), so
   * this only matters for other clients.
   * @defaultValue false, so a `+` in a URL query stays a plus sign
   */
  plusAsSpace?: boolean;
}

/**
 * Splits and decodes a query string or form body into entries, keeping duplicates and order.
 * Rejects malformed percent-escapes (`%zz`, a truncated `%4`) and escapes that do not form valid
 * UTF-8, instead of throwing. Empty segments (`a=1&&b=2`, a trailing `&`) are skipped, and a segment
 * without `=` is a key with an empty value.
 */
export function parseQueryString(raw: string, options: ParseQueryStringOptions = {}): ParsedQueryString {
  const entries: [string, string][] = [];

  for (const segment of raw.split('&')) {
    if (segment === '') continue;

    const separator = segment.indexOf('=');
    const rawKey = separator === -1 ? segment : segment.slice(0, separator);
    const rawValue = separator === -1 ? '' : segment.slice(separator + 1);

    const key = decodeComponent(rawKey, options.plusAsSpace ?? false);
    if (!key.ok) return { ok: false, reason: `invalid parameter name "${rawKey}": ${key.reason}` };

    const value = decodeComponent(rawValue, options.plusAsSpace ?? false);
    if (!value.ok) return { ok: false, reason: `invalid value of parameter "${key.text}": ${value.reason}` };

    entries.push([key.text, value.text]);
  }

  return { ok: true, entries };
}

function encodeWireComponent(text: string): string {
  return encodeURIComponent(text).replace(/'/g, '%27');
}

function escapeCharacter(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}

type DecodedComponent = { ok: true; text: string } | { ok: false; reason: string };

const MALFORMED_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function decodeComponent(raw: string, plusAsSpace: boolean): DecodedComponent {
  const malformed = MALFORMED_ESCAPE.exec(raw);
  if (malformed) {
    const escape = raw.slice(malformed.index, malformed.index + 3);
    return { ok: false, reason: `malformed percent-escape "${escape}" at offset ${malformed.index}` };
  }

  const withSpaces = plusAsSpace ? raw.replace(/\+/g, ' ') : raw;

  // decodeURIComponent throws URIError on byte sequences that are not valid UTF-8 (stray
  // continuation bytes, truncated or overlong sequences, encoded surrogates).
  try {
    return { ok: true, text: decodeURIComponent(withSpaces) };
  } catch {
    return { ok: false, reason: `percent-escapes in "${raw}" do not form valid UTF-8` };
  }
}
