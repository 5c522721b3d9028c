import { verifySignature } from '../../wire/index.js';
import type { SignatureStyle } from '../../wire/index.js';
import type { Clock, EmulatorCore } from '../core/index.js';

import { gatewayError } from './gateway-error.js';
import type { GatewayErrorCode } from './gateway-error.js';
import { NonceStore } from './nonce-store.js';
import type { RpcHttpRequest } from './types.js';

/**
 * Maximum distance between the request's timestamp and the emulator clock, and how long a nonce
 * stays used: 15 minutes, as the Alibaba Cloud API gateway documents for InvalidTimeStamp.Expired.
 */
export const timestampWindowMs = 15 * 60 * 1000;

/** Upper bound of the remembered nonces, so memory stays flat under load. */
const maxRememberedNonces = 200_000;

/** The verified caller of a request. */
export interface Caller {
  accessKeyId: string;
  accountId: string;
  style: SignatureStyle;
}

/** Checks the signature, the timestamp and the nonce of a request; throws a GatewayError when one fails. */
export type Authenticator = (request: RpcHttpRequest) => Caller;

/** Creates an {@link Authenticator} that looks access keys up in the core and reads time from `clock`. */
export function createAuthenticator(core: Pick<EmulatorCore, 'lookupAccessKey'>, clock: Clock): Authenticator {
  const nonces = new NonceStore({ windowMs: timestampWindowMs, maxEntries: maxRememberedNonces });

  return (request) => {
    const verdict = verifySignature(toReceivedRequest(request), (accessKeyId) => core.lookupAccessKey(accessKeyId));
    if (!verdict.ok) {
      throw withDetail(gatewayError(verdict.code as GatewayErrorCode), verdict.reason);
    }

    const now = clock.now();
    assertFreshTimestamp(verdict.timestamp, now);

    if (!nonces.claim(verdict.accessKeyId, verdict.nonce, now)) {
      throw withDetail(gatewayError('SignatureNonceUsed'), `nonce ${verdict.nonce} was used by this access key within the last 15 minutes`);
    }

    const accessKey = core.lookupAccessKey(verdict.accessKeyId);
    if (accessKey === undefined) {
      throw gatewayError('InvalidAccessKeyId.NotFound');
    }

    return { accessKeyId: verdict.accessKeyId, accountId: accessKey.accountId, style: verdict.style };
  };
}

function toReceivedRequest(request: RpcHttpRequest): Parameters<typeof verifySignature>[0] {
  return {
    method: request.method.toUpperCase(),
    path: request.path,
    rawQuery: request.rawQuery,
    headers: request.headers,
    body: request.body,
  };
}

function assertFreshTimestamp(timestamp: string, now: number): void {
  const signedAt = Date.parse(timestamp);

  if (Number.isNaN(signedAt)) {
    throw withDetail(gatewayError('InvalidTimeStamp.Format'), `timestamp ${timestamp} is not an ISO 8601 UTC time such as 2026-01-01T00:00:00Z`);
  }

  if (Math.abs(now - signedAt) > timestampWindowMs) {
    const emulatorTime = new Date(now).toISOString();
    throw withDetail(gatewayError('InvalidTimeStamp.Expired'), `timestamp ${timestamp} is more than 15 minutes from the emulator clock ${emulatorTime}`);
  }
}

function withDetail<T extends { detail: string | undefined }>(error: T, detail: string): T {
  error.detail = detail;

  return error;
}
