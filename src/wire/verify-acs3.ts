import {
  ACS3_ALGORITHM,
  buildAcs3CanonicalRequest,
  buildAcs3StringToSign,
  computeAcs3Signature,
  isAcs3SignedHeaderName,
  sha256Hex,
} from './acs3-canonical-request.js';
import { parseQueryString } from './percent-encoding.js';
import type { ReceivedRequest } from './types.js';
import { checkSecurityToken, entriesToParameters, isAcsTimestamp, timingSafeEqualText } from './verify-common.js';
import { rejectRequest } from './verify-result.js';
import type { CredentialLookup, VerifyResult } from './verify-result.js';

interface Acs3Authorization {
  credential: string;
  signedHeaders: string[];
  signature: string;
}

/**
 * Verifies an ACS3-HMAC-SHA256 (V3) request as a server: rebuilds the canonical request from the
 * decoded query, the headers named in SignedHeaders and the body hash, then compares signatures.
 * `headers` must have lower-case names.
 */
export function verifyAcs3Request(request: ReceivedRequest, lookupCredentials: CredentialLookup): VerifyResult {
  const authorization = parseAuthorization(request.headers.authorization ?? '');
  if (typeof authorization === 'string') return rejectRequest('IncompleteSignature', authorization);

  const headerProblem = checkSignedHeaders(request.headers, authorization.signedHeaders);
  if (headerProblem) return rejectRequest('IncompleteSignature', headerProblem);

  const timestamp = request.headers['x-acs-date'];
  const nonce = request.headers['x-acs-signature-nonce'];
  const contentSha256 = request.headers['x-acs-content-sha256'];
  if (timestamp === undefined) return rejectRequest('IncompleteSignature', 'the x-acs-date header is missing');
  if (nonce === undefined || nonce === '') {
    return rejectRequest('IncompleteSignature', 'the x-acs-signature-nonce header is missing or empty');
  }
  if (contentSha256 === undefined) {
    return rejectRequest('IncompleteSignature', 'the x-acs-content-sha256 header is missing. Send the hex SHA-256 of the body');
  }
  if (!isAcsTimestamp(timestamp)) {
    return rejectRequest('InvalidTimeStamp.Format', `x-acs-date "${timestamp}" is not a UTC time such as 2026-12-04T19:51:12Z`);
  }

  const accessKeyId = authorization.credential;
  const stored = lookupCredentials(accessKeyId);
  if (stored === undefined) {
    return rejectRequest('InvalidAccessKeyId.NotFound', `AccessKey ${accessKeyId} is not known to this server`);
  }

  const headerAccessKeyId = request.headers['x-acs-accesskey-id'];
  if (headerAccessKeyId !== undefined && headerAccessKeyId !== accessKeyId) {
    return rejectRequest(
      'SignatureDoesNotMatch',
      `x-acs-accesskey-id ${headerAccessKeyId} differs from the Credential ${accessKeyId} in the Authorization header`,
    );
  }
  const securityToken = request.headers['x-acs-security-token'];
  const tokenProblem = checkSecurityToken(accessKeyId, securityToken, stored.securityToken);
  if (tokenProblem) return tokenProblem;

  const bodyHash = sha256Hex(request.body);
  if (contentSha256 !== bodyHash) {
    return rejectRequest(
      'SignatureDoesNotMatch',
      `x-acs-content-sha256 ${contentSha256} is not the SHA-256 of the ${Buffer.byteLength(request.body)}-byte body (${bodyHash})`,
    );
  }

  const parsedQuery = parseQueryString(request.rawQuery);
  if (!parsedQuery.ok) return rejectRequest('SignatureDoesNotMatch', `the query string cannot be decoded: ${parsedQuery.reason}`);
  const query = entriesToParameters(parsedQuery.entries);
  if (!query.ok) {
    return rejectRequest('SignatureDoesNotMatch', `query parameter ${query.repeatedKey} appears more than once. Send each parameter once`);
  }

  const canonicalRequest = buildAcs3CanonicalRequest({
    method: request.method,
    path: request.path,
    query: query.parameters,
    signedHeaders: authorization.signedHeaders.map((name) => [name, request.headers[name] ?? '']),
    hashedPayload: contentSha256,
  });
  const expected = computeAcs3Signature(stored.accessKeySecret, buildAcs3StringToSign(canonicalRequest));
  if (!timingSafeEqualText(authorization.signature, expected)) {
    return rejectRequest(
      'SignatureDoesNotMatch',
      `the V3 signature does not match the request signed with the secret of AccessKey ${accessKeyId}. Check the secret, the canonical query encoding and the signed headers`,
    );
  }

  return {
    ok: true,
    style: ACS3_ALGORITHM,
    accessKeyId,
    timestamp,
    nonce,
    ...(securityToken === undefined ? {} : { securityToken }),
  };
}

/** Parses `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...`, or returns the problem as text. */
function parseAuthorization(header: string): Acs3Authorization | string {
  const prefix = `${ACS3_ALGORITHM} `;
  if (!header.startsWith(prefix)) return `the Authorization header does not start with "${prefix}"`;

  const fields = new Map<string, string>();
  for (const part of header.slice(prefix.length).split(',')) {
    const separator = part.indexOf('=');
    const name = part.slice(0, separator === -1 ? part.length : separator).trim();
    if (separator === -1 || !['Credential', 'SignedHeaders', 'Signature'].includes(name)) {
      return `the Authorization header has the unexpected part "${name}". Expected Credential=, SignedHeaders= and Signature=`;
    }
    if (fields.has(name)) return `the Authorization header has ${name}= twice`;
    fields.set(name, part.slice(separator + 1).trim());
  }

  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential) return 'the Authorization header has no Credential=<AccessKeyId>';
  if (!signedHeaders) return 'the Authorization header has no SignedHeaders=<names>';
  if (!signature) return 'the Authorization header has no Signature=<hex>';

  return { credential, signedHeaders: signedHeaders.split(';'), signature };
}

/**
 * Checks that SignedHeaders names lower-case, distinct, received headers, and that it covers `host`
 * and every received `x-acs-*` and `content-type` header, so none of them can be changed unnoticed.
 */
function checkSignedHeaders(headers: Record<string, string>, signedHeaders: string[]): string | undefined {
  const signed = new Set<string>();

  for (const name of signedHeaders) {
    if (name === '' || name !== name.toLowerCase()) {
      return `SignedHeaders entry "${name}" is invalid. List lower-case header names separated by ";"`;
    }
    if (signed.has(name)) return `SignedHeaders lists ${name} twice`;
    if (headers[name] === undefined) return `SignedHeaders lists ${name} but the request has no such header`;
    signed.add(name);
  }

  if (!signed.has('host')) return 'SignedHeaders must include host';

  const unsigned = Object.keys(headers).filter((name) => isAcs3SignedHeaderName(name) && !signed.has(name));
  if (unsigned.length > 0) {
    return `the headers ${unsigned.join(', ')} are not in SignedHeaders. Sign host, content-type and every x-acs-* header`;
  }
  return undefined;
}
