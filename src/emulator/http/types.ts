/**
 * One HTTP request as the RPC pipeline receives it, independent of the transport (node:http or fetch).
 * Header names are lower-case; `rawQuery` is the URL query without the leading `?`.
 */
export interface RpcHttpRequest {
  method: string;
  path: string;
  rawQuery: string;
  headers: Record<string, string>;
  body: string;
  remoteAddress?: string;
}

/** The response to an {@link RpcHttpRequest}; header names are lower-case. */
export interface RpcHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The transport-neutral entry point that both adapters call. */
export type RpcRequestHandler = (request: RpcHttpRequest) => Promise<RpcHttpResponse>;

/**
 * Faults injected by the HTTP layer so that users can test their retry logic.
 * Rates are probabilities between 0 and 1, drawn from a PRNG seeded with `randomSeed`.
 */
export interface HttpFaultOptions {
  /** Delay added before every response, in milliseconds of wall-clock time. */
  latencyMs?: number;
  /** Share of requests that fail with 503 ServiceUnavailable or 500 InternalError. */
  errorRate?: number;
  /** Share of requests that fail with 400 Throttling.User and an `x-acs-retry-after` header. */
  throttleRate?: number;
  /** Value of the `x-acs-retry-after` header on throttled responses, in milliseconds. */
  throttleRetryAfterMs?: number;
  /** Share of certificate jobs that end Failed; passed to the emulator core. */
  jobFailureRate?: number;
  /** Seed of the fault PRNG, so that a run can be replayed. */
  randomSeed?: number;
}
