import { buildWireRequest } from './build-wire-request.js';
import { resolveCredentials } from './credentials.js';
import { resolveEndpoint } from './endpoint.js';
import { InvalidRequestError } from './errors.js';
import { flattenParameters } from './flatten.js';
import { redactExchange } from './redact.js';
import { toRpcResult } from './rpc-result.js';
import type { RpcResult } from './rpc-result.js';
import { checkHostHeader, sendWireRequest } from './send-wire-request.js';
import { createSignatureNonce, formatAcsTimestamp } from './timestamp.js';
import type {
  Credentials,
  FlatParameters,
  ParameterPlacement,
  SignatureStyle,
  WireExchange,
  WireRequest,
} from './types.js';

export interface WireClientOptions {
  /** Base URL with scheme, such as `http://127.0.0.1:8080`, as resolveEndpoint accepts. */
  endpoint?: string;
  /** Region id for the public endpoint when `endpoint` is not set. */
  region?: string;
  /** AccessKey to sign with. @defaultValue read by resolveCredentials from the ALIBABA_CLOUD_* variables */
  credentials?: Credentials;
  /** @defaultValue 'ACS3-HMAC-SHA256' */
  signatureStyle?: SignatureStyle;
  /** @defaultValue 'query' */
  placement?: ParameterPlacement;
  /** Time allowed for the whole exchange, in milliseconds. @defaultValue 10000 */
  timeoutMs?: number;
  /** Source of the signing time. @defaultValue the system clock */
  clock?: () => Date;
  /** Source of signature nonces. @defaultValue 64 random hex characters */
  nonce?: () => string;
  userAgent?: string;
  /** Receives every exchange, secrets redacted, including failed ones. */
  onExchange?: (exchange: WireExchange) => void;
}

export interface CallOptions {
  /** Validation hook that returns a message naming the parameter, value and constraint when invalid. */
  validate?: (request: object) => string | undefined;
  /** Send the request even when `validate` rejects it. */
  unchecked?: boolean;
  signatureStyle?: SignatureStyle;
  placement?: ParameterPlacement;
  /** Query parameters added to the request and signed, such as `{ Format: 'XML' }`. They win on a name clash. */
  extraParameters?: FlatParameters;
  /** Changes the signed request before it is sent, to corrupt it on purpose. */
  mutate?: (wire: WireRequest) => void;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_USER_AGENT = `alb-listener-certificates-conformance (Node.js ${process.version})`;

/** An RPC client for the ALB API that shows its wire exchanges, for conformance suites. */
export class WireClient {
  readonly baseUrl: string;

  private readonly credentials: Credentials;
  private readonly options: WireClientOptions;

  /** @throws WireConfigurationError when the endpoint or the credentials cannot be resolved. */
  constructor(options: WireClientOptions = {}) {
    this.options = options;
    this.baseUrl = resolveEndpoint({ endpoint: options.endpoint, region: options.region });
    this.credentials = options.credentials ?? resolveCredentials();
  }

  /**
   * Calls an RPC action and resolves to its result, success or error response alike.
   *
   * @throws InvalidRequestError when `validate` rejects the request and `unchecked` is not set.
   * @throws WireError when no complete response arrives (connection refused, timeout).
   */
  async call(action: string, request: object, options: CallOptions = {}): Promise<RpcResult> {
    const problem = options.validate?.(request);
    if (problem !== undefined && !options.unchecked) {
      throw new InvalidRequestError(`Invalid ${action} request: ${problem}. Fix the request, or pass unchecked: true to send it anyway.`, action);
    }

    const timestamp = formatAcsTimestamp((this.options.clock ?? (() => new Date()))());
    const wire = buildWireRequest({
      action,
      parameters: flattenParameters(request),
      extraQuery: options.extraParameters ?? {},
      style: options.signatureStyle ?? this.options.signatureStyle ?? 'ACS3-HMAC-SHA256',
      placement: options.placement ?? this.options.placement ?? 'query',
      credentials: this.credentials,
      baseUrl: this.baseUrl,
      timestamp,
      nonce: (this.options.nonce ?? createSignatureNonce)(),
      userAgent: this.options.userAgent ?? DEFAULT_USER_AGENT,
    });

    options.mutate?.(wire);
    checkHostHeader(wire);

    const sent = await sendWireRequest(wire, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const exchange = redactExchange({
      request: wire,
      response: sent.response,
      ...(sent.error ? { error: sent.error.message } : {}),
      durationMs: sent.durationMs,
    });
    this.options.onExchange?.(exchange);

    if (sent.response === undefined) throw sent.error;
    return toRpcResult(sent.response, exchange);
  }
}
