import type { WireExchange } from './types.js';
import { isFormContentType } from './verify-common.js';

/** The text that replaces every secret in a redacted exchange. */
export const REDACTED = '<redacted>';

const SECRET_PARAMETERS = new Set(['Signature', 'AccessKeyId', 'SecurityToken']);
const SECRET_HEADERS = new Set(['x-acs-security-token', 'x-acs-accesskey-id']);

/**
 * Returns a copy of an exchange that is safe for logs and reports: the Credential and Signature of
 * the Authorization header, the `x-acs-security-token` and `x-acs-accesskey-id` headers, and the
 * `Signature`, `AccessKeyId` and `SecurityToken` parameters of the URL and form body become `<redacted>`.
 */
export function redactExchange(exchange: WireExchange): WireExchange {
  const { request } = exchange;
  const contentType = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];

  return {
    ...exchange,
    request: {
      method: request.method,
      url: redactUrl(request.url),
      headers: redactHeaders(request.headers),
      body: isFormContentType(contentType) ? redactParameterString(request.body) : request.body,
    },
  };
}

/** Redacts the secret parameters of a URL's query string. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;

  const fragmentStart = url.indexOf('#', queryStart);
  const queryEnd = fragmentStart === -1 ? url.length : fragmentStart;
  return url.slice(0, queryStart + 1) + redactParameterString(url.slice(queryStart + 1, queryEnd)) + url.slice(queryEnd);
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const redacted: Record<string, string> = {};

  for (const [name, value] of Object.entries(headers)) {
    const lowerCaseName = name.toLowerCase();
    if (SECRET_HEADERS.has(lowerCaseName)) {
      redacted[name] = REDACTED;
    } else if (lowerCaseName === 'authorization') {
      redacted[name] = redactAuthorization(value);
    } else {
      redacted[name] = value;
    }
  }

  return redacted;
}

// Keeps the scheme and SignedHeaders of a V3 header. Any other scheme is redacted whole.
function redactAuthorization(value: string): string {
  if (!/^ACS3-[A-Z0-9-]+ /.test(value)) return REDACTED;
  return value.replace(/(Credential|Signature)=[^,\s]*/g, `$1=${REDACTED}`);
}

// Keys are compared decoded, because a server decodes `Signatur%65` to `Signature` as well.
function redactParameterString(raw: string): string {
  return raw
    .split('&')
    .map((segment) => {
      const separator = segment.indexOf('=');
      const rawKey = separator === -1 ? segment : segment.slice(0, separator);
      return SECRET_PARAMETERS.has(decodeKey(rawKey)) ? `${rawKey}=${REDACTED}` : segment;
    })
    .join('&');
}

function decodeKey(rawKey: string): string {
  try {
    return decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    return rawKey;
  }
}
