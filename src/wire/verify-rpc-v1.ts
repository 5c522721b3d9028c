import { parseQueryString } from './percent-encoding.js';
import {
  buildRpcV1StringToSign,
  computeRpcV1Signature,
  RPC_V1_SIGNATURE_METHOD,
  RPC_V1_SIGNATURE_VERSION,
} from './sign-rpc-v1.js';
import type { ReceivedRequest } from './types.js';
import {
  checkSecurityToken,
  entriesToParameters,
  isAcsTimestamp,
  isFormContentType,
  timingSafeEqualText,
} from './verify-common.js';
import { rejectRequest } from './verify-result.js';
import type { CredentialLookup, VerifyResult } from './verify-result.js';

const REQUIRED_PARAMETERS = ['AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'Timestamp', 'SignatureNonce'];

/**
 * Verifies an HMAC-SHA1 (V1) request as a server: merges the query with an
 * `application/x-www-form-urlencoded` body, rebuilds the string to sign and compares signatures.
 */
export function verifyRpcV1Request(request: ReceivedRequest, lookupCredentials: CredentialLookup): VerifyResult {
  const parameters = readSignedParameters(request);
  if (typeof parameters === 'string') return rejectRequest('SignatureDoesNotMatch', parameters);

  const missing = REQUIRED_PARAMETERS.filter((name) => !parameters[name]);
  if (missing.length > 0) {
    return rejectRequest('IncompleteSignature', `the V1 signature parameters ${missing.join(', ')} are missing or empty`);
  }

  const { AccessKeyId: accessKeyId = '', Timestamp: timestamp = '', SignatureNonce: nonce = '' } = parameters;
  if (parameters.SignatureMethod !== RPC_V1_SIGNATURE_METHOD) {
    return rejectRequest('IncompleteSignature', `SignatureMethod "${parameters.SignatureMethod}" is not supported. Use ${RPC_V1_SIGNATURE_METHOD}`);
  }
  if (parameters.SignatureVersion !== RPC_V1_SIGNATURE_VERSION) {
    return rejectRequest('IncompleteSignature', `SignatureVersion "${parameters.SignatureVersion}" is not supported. Use ${RPC_V1_SIGNATURE_VERSION}`);
  }
  if (!isAcsTimestamp(timestamp)) {
    return rejectRequest('InvalidTimeStamp.Format', `Timestamp "${timestamp}" is not a UTC time such as 2026-12-04T19:51:12Z`);
  }

  const stored = lookupCredentials(accessKeyId);
  if (stored === undefined) {
    return rejectRequest('InvalidAccessKeyId.NotFound', `AccessKey ${accessKeyId} is not known to this server`);
  }
  const securityToken = parameters.SecurityToken;
  const tokenProblem = checkSecurityToken(accessKeyId, securityToken, stored.securityToken);
  if (tokenProblem) return tokenProblem;

  const stringToSign = buildRpcV1StringToSign(request.method, parameters);
  const expected = computeRpcV1Signature(stored.accessKeySecret, stringToSign);
  if (!timingSafeEqualText(parameters.Signature ?? '', expected)) {
    return rejectRequest(
      'SignatureDoesNotMatch',
      `the V1 signature does not match the parameters signed with the secret of AccessKey ${accessKeyId}. Check the secret and the RFC 3986 encoding of every query and body parameter`,
    );
  }

  return {
    ok: true,
    style: 'HMAC-SHA1',
    accessKeyId,
    timestamp,
    nonce,
    ...(securityToken === undefined ? {} : { securityToken }),
  };
}

/** Reads query and form body parameters into one set, or returns the problem as text. */
export function readSignedParameters(request: ReceivedRequest): Record<string, string> | string {
  const query = parseQueryString(request.rawQuery);
  if (!query.ok) return `the query string cannot be decoded: ${query.reason}`;

  const entries = [...query.entries];
  if (isFormContentType(request.headers['content-type'])) {
    const body = parseQueryString(request.body, { plusAsSpace: true });
    if (!body.ok) return `the form body cannot be decoded: ${body.reason}`;
    entries.push(...body.entries);
  }

  const parameters = entriesToParameters(entries);
  if (!parameters.ok) {
    return `parameter ${parameters.repeatedKey} appears more than once in the query and form body. Send each parameter once`;
  }
  return parameters.parameters;
}
