import { gatewayError } from './gateway-error.js';
import type { RpcPipeline } from './rpc-pipeline.js';
import type { RpcHttpRequest } from './types.js';

/** Handles a fetch API Request in process, with no socket, as msw request handlers need. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Creates a {@link FetchHandler} over the RPC pipeline. The Host header, which fetch never exposes,
 * is taken from the request URL: clients sign the host they send to, and that is the URL's host.
 */
export function createFetchHandler(pipeline: RpcPipeline, options: { maxBodyBytes: number }): FetchHandler {
  return async (request) => {
    const url = new URL(request.url);
    const head: RpcHttpRequest = {
      method: request.method,
      path: url.pathname,
      rawQuery: url.search.slice(1),
      headers: { host: url.host, ...lowerCaseHeaders(request.headers) },
      body: '',
    };

    const body = await readLimitedText(request, options.maxBodyBytes);
    const rpcResponse =
      body === undefined
        ? pipeline.rejectRequest(head, gatewayError('RequestEntityTooLarge', String(options.maxBodyBytes)))
        : await pipeline.handleRpcRequest({ ...head, body });

    return new Response(rpcResponse.body, { status: rpcResponse.status, headers: rpcResponse.headers });
  };
}

function lowerCaseHeaders(headers: Headers): Record<string, string> {
  const flat: Record<string, string> = {};
  headers.forEach((value, name) => {
    flat[name.toLowerCase()] = value;
  });

  return flat;
}

/** Reads the body as UTF-8 text; returns undefined as soon as it grows past `maxBytes`. */
async function readLimitedText(request: Request, maxBytes: number): Promise<string | undefined> {
  if (request.body === null) {
    return '';
  }

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }

    receivedBytes += value.byteLength;
    if (receivedBytes > maxBytes) {
      // Not awaited: cancel() on msw's request stream never settled in our tests, and the response needs no more data.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }

  return Buffer.concat(chunks).toString('utf8');
}
