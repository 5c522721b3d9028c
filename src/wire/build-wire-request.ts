import { encodeFormBody, encodeWireQuery } from './percent-encoding.js';
import { signAcs3 } from './sign-acs3.js';
import { rpcV1CommonParameters, signRpcV1 } from './sign-rpc-v1.js';
import type { Credentials, FlatParameters, ParameterPlacement, SignatureStyle, WireRequest } from './types.js';

/** The ALB API version every request names. */
export const ALB_API_VERSION = '2020-06-16';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export interface WireRequestInput {
  action: string;
  /** The flattened business parameters of the operation. */
  parameters: FlatParameters;
  /** Query parameters added after the business ones and signed with them. They win on a name clash. */
  extraQuery: FlatParameters;
  style: SignatureStyle;
  placement: ParameterPlacement;
  credentials: Credentials;
  /** The base URL without a trailing slash, such as `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** `x-acs-date` or `Timestamp`, such as `2026-12-04T19:51:12Z`. */
  timestamp: string;
  nonce: string;
  userAgent: string;
}

/**
 * Builds a signed `POST /` request the way the official SDK lays it out. With placement `query` the
 * business parameters go in the URL query and the body is empty. With placement `form` they go in an
 * `application/x-www-form-urlencoded` body: V3 then signs the body through its hash, and V1 keeps only
 * the common parameters in the query and signs query and body together, as Terraform's RPC client does.
 */
export function buildWireRequest(input: WireRequestInput): WireRequest {
  const inForm = input.placement === 'form';
  const bodyParameters = inForm ? input.parameters : {};
  const queryParameters = inForm ? input.extraQuery : { ...input.parameters, ...input.extraQuery };
  const body = inForm ? encodeFormBody(bodyParameters) : '';

  const headers: Record<string, string> = {
    'x-acs-action': input.action,
    'x-acs-version': ALB_API_VERSION,
    'user-agent': input.userAgent,
    accept: 'application/json',
    'x-acs-credentials-provider': input.credentials.securityToken ? 'static_sts' : 'static_ak',
  };
  if (inForm) headers['content-type'] = FORM_CONTENT_TYPE;

  if (input.style === 'HMAC-SHA1') {
    return buildRpcV1Request(input, queryParameters, bodyParameters, headers, body);
  }

  const host = new URL(input.baseUrl).host;
  const signed = signAcs3({
    method: 'POST',
    host,
    path: '/',
    query: queryParameters,
    headers,
    body,
    credentials: input.credentials,
    date: input.timestamp,
    nonce: input.nonce,
  });

  return { method: 'POST', url: buildUrl(input.baseUrl, queryParameters), headers: signed.headers, body };
}

function buildRpcV1Request(
  input: WireRequestInput,
  queryParameters: FlatParameters,
  bodyParameters: FlatParameters,
  headers: Record<string, string>,
  body: string,
): WireRequest {
  const common = rpcV1CommonParameters({
    action: input.action,
    version: ALB_API_VERSION,
    timestamp: input.timestamp,
    nonce: input.nonce,
  });
  const signed = signRpcV1({
    method: 'POST',
    query: { ...common, ...queryParameters },
    body: bodyParameters,
    credentials: input.credentials,
  });

  return { method: 'POST', url: buildUrl(input.baseUrl, signed.query), headers, body };
}

function buildUrl(baseUrl: string, query: FlatParameters): string {
  const queryString = encodeWireQuery(query);
  return queryString === '' ? `${baseUrl}/` : `${baseUrl}/?${queryString}`;
}
