import { createHash, createHmac } from 'node:crypto';

import { percentEncode } from './percent-encoding.js';
import type { FlatParameters } from './types.js';

/** The V3 signature algorithm name, as it appears at the start of the Authorization header. */
export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** The parts of a V3 canonical request, already decoded. */
export interface Acs3CanonicalRequestParts {
  method: string;
  path: string;
  query: FlatParameters;
  /** The signed headers as `[lower-case name, value]`, in the order of SignedHeaders. */
  signedHeaders: [name: string, value: string][];
  hashedPayload: string;
}

/**
 * Builds the V3 canonical request: method, URI, canonical query, canonical headers, SignedHeaders
 * and hashed payload, one per line. Canonical headers end in a newline, so an empty line precedes
 * SignedHeaders.
 */
export function buildAcs3CanonicalRequest(parts: Acs3CanonicalRequestParts): string {
  const canonicalHeaders = parts.signedHeaders.map(([name, value]) => `${name}:${value.trim()}\n`).join('');
  const signedHeaderNames = parts.signedHeaders.map(([name]) => name).join(';');

  return [
    parts.method,
    parts.path,
    buildCanonicalQuery(parts.query),
    canonicalHeaders,
    signedHeaderNames,
    parts.hashedPayload,
  ].join('\n');
}

/**
 * Builds the V3 canonical query: keys sorted by UTF-16 code unit (so `Ids.10` sorts before `Ids.2`),
 * each emitted as `key=value` with the value RFC 3986 strict encoded. Keys are not encoded, as in
 * the official SDK (`@alicloud/openapi-core` 1.0.8), because ALB parameter names never need encoding.
 */
export function buildCanonicalQuery(query: FlatParameters): string {
  return Object.keys(query)
    .sort()
    .map((key) => `${key}=${percentEncode(query[key] ?? '')}`)
    .join('&');
}

/** Builds the V3 string to sign from a canonical request. */
export function buildAcs3StringToSign(canonicalRequest: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** Computes the V3 signature: lower-case hex HMAC-SHA256 keyed with the raw AccessKey secret. */
export function computeAcs3Signature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
}

/** Returns the lower-case hex SHA-256 of a UTF-8 string, the form of `x-acs-content-sha256`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Tells whether V3 signs a header: `host`, `content-type` and every `x-acs-*` header. */
export function isAcs3SignedHeaderName(lowerCaseName: string): boolean {
  return lowerCaseName === 'host' || lowerCaseName === 'content-type' || lowerCaseName.startsWith('x-acs-');
}
