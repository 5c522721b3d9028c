/** An AccessKey pair, plus the security token when the key is a temporary STS credential. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** The two request signatures ALB accepts: V3 in the Authorization header, or V1 as a `Signature` parameter. */
export type SignatureStyle = 'ACS3-HMAC-SHA256' | 'HMAC-SHA1';

/** The place of the business parameters on the wire: the URL query, or an `application/x-www-form-urlencoded` body. */
export type ParameterPlacement = 'query' | 'form';

/** Wire parameters after flattening, such as `Certificates.1.CertificateId`, in insertion order. */
export type FlatParameters = Record<string, string>;

/** A request as an HTTP server received it, before any decoding. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query string, as received (`/` for every RPC call). */
  path: string;
  /** The query string without the leading `?`, still percent-encoded. */
  rawQuery: string;
  /** Header values keyed by lower-case header name. */
  headers: Record<string, string>;
  /** The body decoded as UTF-8, or empty when there is none. */
  body: string;
}

/** The request part of a wire exchange. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The response part of a wire exchange. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP round trip as sent and received, for reports and replays. */
export interface WireExchange {
  request: WireRequest;
  /** Undefined when no response arrived (connection refused, timeout). */
  response: WireResponse | undefined;
  /** The network failure, when there was one. */
  error?: string;
  durationMs: number;
}
