import { performance } from 'node:perf_hooks';

import type { Logger } from 'pino';

import { ApiError } from '../core/index.js';
import type { Clock, EmulatorCore } from '../core/index.js';

import { createAuthenticator } from './authenticate.js';
import { decodeRequest } from './decode-request.js';
import { createFaultInjector } from './fault-injector.js';
import { GatewayError, gatewayError } from './gateway-error.js';
import { createRequestId, renderError, renderSuccess } from './json-response.js';
import { readParameters } from './read-parameters.js';
import { assertRpcRoute, resolveAction } from './resolve-action.js';
import { scrubCredentials } from './scrub-credentials.js';
import type { HttpFaultOptions, RpcHttpRequest, RpcHttpResponse } from './types.js';

/** Dependencies of the pipeline on the rest of the emulator. */
export interface RpcPipelineOptions {
  core: EmulatorCore;
  clock: Clock;
  logger: Logger;
  faults?: HttpFaultOptions;
}

/** The transport-neutral request handling that both the node:http and the fetch adapter use. */
export interface RpcPipeline {
  /** Handles one RPC request. Never rejects, and returns 500 InternalError only on an emulator bug. */
  handleRpcRequest(request: RpcHttpRequest): Promise<RpcHttpResponse>;
  /** Builds the error response for a request that the transport rejected before its body was read (too large, too slow). */
  rejectRequest(request: RpcHttpRequest, error: GatewayError): RpcHttpResponse;
}

/** Outcome of one request, for the request log line. */
interface RequestOutcome {
  response: RpcHttpResponse;
  action?: string;
  listenerId?: string;
  code?: string;
  detail?: string;
}

/** Creates the RPC pipeline: route, parse, authenticate, inject faults, decode, invoke the core. */
export function createRpcPipeline(options: RpcPipelineOptions): RpcPipeline {
  const { core, clock, logger } = options;
  const authenticate = createAuthenticator(core, clock);
  const faults = createFaultInjector(options.faults);

  async function handle(request: RpcHttpRequest, requestId: string): Promise<RequestOutcome> {
    let action: string | undefined;
    let listenerId: string | undefined;

    try {
      await faults.delay();

      // Route: only POST / and GET / exist.
      assertRpcRoute(request);

      // Parse the query and the form body into one flat parameter map.
      const parameters = readParameters(request);
      listenerId = parameters['ListenerId'];

      // Name the operation and check the API version.
      const resolvedAction = resolveAction(request, parameters);
      action = resolvedAction;

      // Verify the signature, the timestamp and the nonce.
      const caller = authenticate(request);

      // Injected faults return before the core runs, so they never change state.
      const fault = faults.drawFault();
      if (fault !== undefined) {
        throw fault;
      }

      // Rebuild and type-check the structured request.
      const decoded = decodeRequest(resolvedAction, parameters);

      const body = await core.invoke({ action: resolvedAction, request: decoded, requestId, accountId: caller.accountId, accessKeyId: caller.accessKeyId });

      return { response: renderSuccess(body), action, listenerId };
    } catch (error) {
      return { ...renderCaughtError(error, request, requestId), action, listenerId };
    }
  }

  function renderCaughtError(error: unknown, request: RpcHttpRequest, requestId: string): RequestOutcome {
    const host = request.headers['host'];

    if (error instanceof GatewayError || error instanceof ApiError) {
      const headers = error instanceof GatewayError ? error.headers : {};
      const detail = error instanceof GatewayError ? error.detail : undefined;
      const response = renderError({ requestId, host, code: error.code, httpStatus: error.httpStatus, message: error.message, headers });

      return { response, code: error.code, detail };
    }

    // Anything else is an emulator bug: bad input must always map to a 4xx code above.
    logger.error({ requestId, err: error }, 'emulator bug while handling a request; returning 500 InternalError');
    const internal = gatewayError('InternalError');
    const response = renderError({ requestId, host, code: internal.code, httpStatus: internal.httpStatus, message: internal.message });

    return { response, code: internal.code };
  }

  function logRequest(request: RpcHttpRequest, requestId: string, outcome: RequestOutcome, startedAt: number): void {
    if (!logger.isLevelEnabled('info')) {
      return;
    }

    const fields = {
      requestId,
      remoteAddress: request.remoteAddress,
      action: outcome.action,
      listenerId: outcome.listenerId,
      status: outcome.response.status,
      code: outcome.code,
      durationMs: Math.round((performance.now() - startedAt) * 1000) / 1000,
      detail: outcome.detail === undefined ? undefined : scrubCredentials(outcome.detail, request),
    };

    logger.info(fields, 'request handled');
  }

  return {
    async handleRpcRequest(request) {
      const startedAt = performance.now();
      const requestId = createRequestId();

      const outcome = await handle(request, requestId);
      logRequest(request, requestId, outcome, startedAt);

      return outcome.response;
    },

    rejectRequest(request, error) {
      const startedAt = performance.now();
      const requestId = createRequestId();

      const outcome = renderCaughtError(error, request, requestId);
      logRequest(request, requestId, outcome, startedAt);

      return outcome.response;
    },
  };
}
