// The parts of the wire client (src/wire) that the runner uses.
import type { CallOptions, RpcResult } from '../wire/index.js';

export type {
  CallOptions,
  Credentials,
  ParameterPlacement,
  RpcResult,
  SignatureStyle,
  WireExchange,
  WireRequest,
} from '../wire/index.js';

/** The wire client interface that clauses and the pre-flight use. `WireClient` implements it, and unit tests fake it. */
export interface RpcClient {
  call(action: string, request: object, options?: CallOptions): Promise<RpcResult>;
}
