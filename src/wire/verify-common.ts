import { timingSafeEqual } from 'node:crypto';

import { formatAcsTimestamp } from './timestamp.js';
import { rejectRequest } from './verify-result.js';
import type { VerifyResult } from './verify-result.js';

const TIMESTAMP_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Compares two strings in time that depends only on their lengths, not on where they differ. */
export function timingSafeEqualText(received: string, expected: string): boolean {
  const receivedBytes = Buffer.from(received, 'utf8');
  const expectedBytes = Buffer.from(expected, 'utf8');

  if (receivedBytes.length !== expectedBytes.length) {
    timingSafeEqual(expectedBytes, expectedBytes);
    return false;
  }
  return timingSafeEqual(receivedBytes, expectedBytes);
}

/** Tells whether a timestamp is a real UTC time written as `2026-12-04T19:51:12Z`. */
export function isAcsTimestamp(timestamp: string): boolean {
  if (!TIMESTAMP_FORMAT.test(timestamp)) return false;

  // Date accepts 2026-02-30 and rolls it over, so a round trip catches impossible dates.
  const parsed = new Date(timestamp);
  return !Number.isNaN(parsed.getTime()) && formatAcsTimestamp(parsed) === timestamp;
}

/**
 * Checks the security token a request carries against the one stored for its AccessKey.
 * Returns a failure, or undefined when both agree (including when neither has one).
 */
export function checkSecurityToken(
  accessKeyId: string,
  received: string | undefined,
  expected: string | undefined,
): VerifyResult | undefined {
  const hasReceived = received !== undefined && received !== '';
  const hasExpected = expected !== undefined && expected !== '';

  if (hasReceived && !hasExpected) {
    return rejectRequest(
      'InvalidSecurityToken.Malformed',
      `AccessKey ${accessKeyId} is a permanent key but the request carries a security token. Remove the token or use the STS AccessKey it belongs to`,
    );
  }
  if (!hasReceived && hasExpected) {
    return rejectRequest(
      'InvalidSecurityToken.Malformed',
      `AccessKey ${accessKeyId} is a temporary STS key and requires its security token, but the request carries none`,
    );
  }
  if (hasReceived && hasExpected && !timingSafeEqualText(received, expected)) {
    return rejectRequest(
      'InvalidSecurityToken.Malformed',
      `the security token does not belong to AccessKey ${accessKeyId}. Send the token issued with that key`,
    );
  }
  return undefined;
}

/** Tells whether a Content-Type names an `application/x-www-form-urlencoded` body. */
export function isFormContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/x-www-form-urlencoded';
}

/** Converts decoded entries to parameters, or returns the first repeated key when there is one. */
export function entriesToParameters(
  entries: [string, string][],
): { ok: true; parameters: Record<string, string> } | { ok: false; repeatedKey: string } {
  // A null prototype keeps a `__proto__` key an ordinary parameter.
  const parameters = Object.create(null) as Record<string, string>;

  for (const [key, value] of entries) {
    if (Object.hasOwn(parameters, key)) return { ok: false, repeatedKey: key };
    parameters[key] = value;
  }
  return { ok: true, parameters };
}
