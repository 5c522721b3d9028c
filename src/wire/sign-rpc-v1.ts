import { createHmac } from 'node:crypto';

import { percentEncode } from './percent-encoding.js';
import type { Credentials, FlatParameters } from './types.js';

export interface RpcV1SigningInput {
  method: string;
  /**
   * The query parameters to send, common ones included (`Action`, `Format`, `Version`, `Timestamp`,
   * `SignatureNonce`, as `rpcV1CommonParameters` builds them). The signer appends the credential parameters.
   */
  query: FlatParameters;
  /** Form body parameters, which V1 signs together with the query. */
  body?: FlatParameters;
  credentials: Credentials;
}

export interface RpcV1SignedRequest {
  /** The full query to send: the input, then `SecurityToken` (STS only), `SignatureMethod`,
   * `SignatureVersion`, `AccessKeyId` and `Signature`, in the order the official SDK writes them. */
  query: FlatParameters;
  stringToSign: string;
}

/** The V1 parameters that name the signature method. */
export const RPC_V1_SIGNATURE_METHOD = 'HMAC-SHA1';
export const RPC_V1_SIGNATURE_VERSION = '1.0';

/**
 * Signs an RPC request with HMAC-SHA1 (wire `SignatureVersion=1.0`, which the SDK selects with
 * `signatureAlgorithm: 'v2'`). Query and body parameters are signed together.
 */
export function signRpcV1(input: RpcV1SigningInput): RpcV1SignedRequest {
  const { accessKeyId, accessKeySecret, securityToken } = input.credentials;
  const query: FlatParameters = { ...input.query };
  if (securityToken !== undefined && securityToken !== '') query.SecurityToken = securityToken;
  query.SignatureMethod = RPC_V1_SIGNATURE_METHOD;
  query.SignatureVersion = RPC_V1_SIGNATURE_VERSION;
  query.AccessKeyId = accessKeyId;

  const stringToSign = buildRpcV1StringToSign(input.method, { ...query, ...input.body });
  query.Signature = computeRpcV1Signature(accessKeySecret, stringToSign);

  return { query, stringToSign };
}

/** Builds the query parameters every V1 call starts with, in the official SDK's order. */
export function rpcV1CommonParameters(input: {
  action: string;
  version: string;
  timestamp: string;
  nonce: string;
}): FlatParameters {
  return {
    Action: input.action,
    Format: 'json',
    Version: input.version,
    Timestamp: input.timestamp,
    SignatureNonce: input.nonce,
  };
}

/**
 * Builds the V1 string to sign: `METHOD&%2F&` followed by the encoded canonical query. The canonical
 * query sorts every parameter except `Signature` by key and joins `encode(key)=encode(value)` with
 * `&`, so values end up encoded twice (`*` becomes `%252A`). The path is always `/`, as in the SDK.
 */
export function buildRpcV1StringToSign(method: string, parameters: FlatParameters): string {
  const canonicalQuery = Object.keys(parameters)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(parameters[key] ?? '')}`)
    .join('&');

  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery)}`;
}

/** Computes the V1 signature: base64 HMAC-SHA1 keyed with the AccessKey secret followed by `&`. */
export function computeRpcV1Signature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}
