// Types
export type {
  Credentials,
  FlatParameters,
  ParameterPlacement,
  ReceivedRequest,
  SignatureStyle,
  WireExchange,
  WireRequest,
  WireResponse,
} from './types.js';
export type { ParsedQueryString, ParseQueryStringOptions } from './percent-encoding.js';
export type { UnflattenResult } from './unflatten.js';
export type { Acs3SignedRequest, Acs3SigningInput } from './sign-acs3.js';
export type { Acs3CanonicalRequestParts } from './acs3-canonical-request.js';
export type { RpcV1SignedRequest, RpcV1SigningInput } from './sign-rpc-v1.js';

// Parameters and encoding
export { flattenParameters } from './flatten.js';
export { unflattenParameters } from './unflatten.js';
export { encodeFormBody, encodeWireQuery, parseQueryString, percentEncode } from './percent-encoding.js';

// Signatures
export {
  ACS3_ALGORITHM,
  buildAcs3CanonicalRequest,
  buildAcs3StringToSign,
  buildCanonicalQuery,
  computeAcs3Signature,
  isAcs3SignedHeaderName,
  sha256Hex,
} from './acs3-canonical-request.js';
export { signAcs3 } from './sign-acs3.js';
export {
  buildRpcV1StringToSign,
  computeRpcV1Signature,
  RPC_V1_SIGNATURE_METHOD,
  RPC_V1_SIGNATURE_VERSION,
  rpcV1CommonParameters,
  signRpcV1,
} from './sign-rpc-v1.js';
export { createSignatureNonce, formatAcsTimestamp } from './timestamp.js';

// Server-side verification
export type { CredentialLookup, SignatureFailureCode, VerifyResult } from './verify-result.js';
export { verifySignature } from './verify-signature.js';

// Client
export type { CallOptions, WireClientOptions } from './client.js';
export type { RpcFailure, RpcResult, RpcSuccess } from './rpc-result.js';
export type { ResolveCredentialsOptions } from './credentials.js';
export type { ResolveEndpointOptions } from './endpoint.js';
export { WireClient } from './client.js';
export { ALB_API_VERSION, buildWireRequest } from './build-wire-request.js';
export { NOT_JSON_RESPONSE_CODE, toRpcResult } from './rpc-result.js';
export { resolveCredentials } from './credentials.js';
export { resolveEndpoint } from './endpoint.js';
export { InvalidRequestError, WireConfigurationError, WireError } from './errors.js';
export { REDACTED, redactExchange, redactUrl } from './redact.js';
