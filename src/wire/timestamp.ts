import { randomBytes } from 'node:crypto';

/** Formats a date as the UTC, second-precision timestamp both signatures carry: `2026-12-04T19:51:12Z`. */
export function formatAcsTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Creates a signature nonce of 64 hex characters, the length the official SDK 1.3.x sends. */
export function createSignatureNonce(): string {
  return randomBytes(32).toString('hex');
}
