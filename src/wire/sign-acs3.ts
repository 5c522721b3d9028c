import {
  ACS3_ALGORITHM,
  buildAcs3CanonicalRequest,
  buildAcs3StringToSign,
  computeAcs3Signature,
  isAcs3SignedHeaderName,
  sha256Hex,
} from './acs3-canonical-request.js';
import type { Credentials, FlatParameters } from './types.js';

export interface Acs3SigningInput {
  method: string;
  /** The `host` header value, including the port when it is not the default one. */
  host: string;
  path: string;
  /** The decoded query parameters. The body is covered by its hash only. */
  query: FlatParameters;
  /** Headers to send besides the ones the signer sets (x-acs-action, x-acs-version, content-type...). */
  headers: Record<string, string>;
  body: string;
  credentials: Credentials;
  /** `x-acs-date`, UTC with second precision, e.g. `2026-12-04T19:51:12Z`. */
  date: string;
  /** `x-acs-signature-nonce`, unique per request. */
  nonce: string;
}

export interface Acs3SignedRequest {
  /** Every header to send, lower-case names, including `authorization`. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

/**
 * Signs a request with ACS3-HMAC-SHA256 (signature V3) the way the official SDK does. Sets `host`,
 * `x-acs-date`, `x-acs-signature-nonce` and `x-acs-content-sha256`, and for STS credentials
 * `x-acs-accesskey-id` and `x-acs-security-token`. Signs `host`, `content-type` and every `x-acs-*`
 * header, sorted by name, then adds the Authorization header.
 */
export function signAcs3(input: Acs3SigningInput): Acs3SignedRequest {
  const headers = lowerCaseHeaderNames(input.headers);
  headers.host = input.host;
  headers['x-acs-date'] = input.date;
  headers['x-acs-signature-nonce'] = input.nonce;
  headers['x-acs-content-sha256'] = sha256Hex(input.body);

  const { accessKeyId, accessKeySecret, securityToken } = input.credentials;
  if (securityToken !== undefined && securityToken !== '') {
    headers['x-acs-accesskey-id'] = accessKeyId;
    headers['x-acs-security-token'] = securityToken;
  }

  const signedHeaderNames = Object.keys(headers).filter(isAcs3SignedHeaderName).sort();
  const canonicalRequest = buildAcs3CanonicalRequest({
    method: input.method,
    path: input.path,
    query: input.query,
    signedHeaders: signedHeaderNames.map((name) => [name, headers[name] ?? '']),
    hashedPayload: headers['x-acs-content-sha256'],
  });
  const stringToSign = buildAcs3StringToSign(canonicalRequest);

  const signature = computeAcs3Signature(accessKeySecret, stringToSign);
  headers.authorization =
    `${ACS3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaderNames.join(';')},Signature=${signature}`;

  return { headers, canonicalRequest, stringToSign };
}

function lowerCaseHeaderNames(headers: Record<string, string>): Record<string, string> {
  const lowerCased: Record<string, string> = {};

  for (const [name, value] of Object.entries(headers)) {
    const lowerCaseName = name.toLowerCase();
    if (lowerCaseName in lowerCased) {
      throw new Error(`Header ${name} is given twice with different letter case. Pass each header once.`);
    }
    lowerCased[lowerCaseName] = value;
  }

  return lowerCased;
}
