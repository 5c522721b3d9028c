import { ACS3_ALGORITHM } from './acs3-canonical-request.js';
import type { ReceivedRequest } from './types.js';
import { verifyAcs3Request } from './verify-acs3.js';
import { readSignedParameters, verifyRpcV1Request } from './verify-rpc-v1.js';
import { rejectRequest } from './verify-result.js';
import type { CredentialLookup, VerifyResult } from './verify-result.js';

/**
 * Verifies the signature of a received RPC request. An `Authorization: ACS3-HMAC-SHA256 ...` header
 * selects V3 and a `Signature` query or form parameter selects V1 (HMAC-SHA1). Timestamp freshness
 * and nonce reuse are not checked here: the result returns both for the caller to check with its
 * own clock. Header names may come in any letter case.
 */
export function verifySignature(request: ReceivedRequest, lookupCredentials: CredentialLookup): VerifyResult {
  const normalized: ReceivedRequest = { ...request, headers: lowerCaseHeaderNames(request.headers) };
  const authorization = normalized.headers.authorization;

  if (authorization !== undefined && authorization !== '') {
    if (authorization.startsWith(`${ACS3_ALGORITHM} `)) return verifyAcs3Request(normalized, lookupCredentials);

    // Echo the scheme only when it looks like one, because a bare token must not reach logs.
    const scheme = authorization.split(' ')[0] ?? '';
    const shownScheme = /^[A-Za-z0-9-]{1,40}$/.test(scheme) ? `"${scheme}"` : '(unreadable)';
    return rejectRequest(
      'IncompleteSignature',
      `the Authorization scheme ${shownScheme} is not supported. Sign with ${ACS3_ALGORITHM}, or with HMAC-SHA1 in a Signature parameter`,
    );
  }

  const parameters = readSignedParameters(normalized);
  if (typeof parameters === 'string') return rejectRequest('SignatureDoesNotMatch', parameters);
  if (parameters.Signature !== undefined) return verifyRpcV1Request(normalized, lookupCredentials);

  return rejectRequest(
    'IncompleteSignature',
    'the request is not signed: it has neither an Authorization header (V3) nor a Signature parameter (V1)',
  );
}

function lowerCaseHeaderNames(headers: Record<string, string>): Record<string, string> {
  const lowerCased: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lowerCased[name.toLowerCase()] = value;
  return lowerCased;
}
