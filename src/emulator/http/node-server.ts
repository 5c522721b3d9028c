import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

import type { Logger } from 'pino';

import { gatewayError, requestTimeoutError } from './gateway-error.js';
import type { GatewayError } from './gateway-error.js';
import { readBody } from './read-body.js';
import type { BodyLimits } from './read-body.js';
import type { RpcPipeline } from './rpc-pipeline.js';
import type { RpcHttpRequest, RpcHttpResponse } from './types.js';

/** Listening address and limits of the node:http adapter. */
export interface NodeServerOptions {
  host: string;
  port: number;
  limits: BodyLimits;
  logger: Logger;
}

/** A listening node:http server. */
export interface ListeningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** How long a closing server waits for busy keep-alive connections before it cuts them, in milliseconds. */
const closeGraceMs = 2000;

/** How long a connection that sent too much stays open to drain, so the client can read the response. */
const lingerMs = 1000;

/** Serves `pipeline` over node:http, keep-alive friendly; resolves once the server listens. */
export async function listenNodeServer(pipeline: RpcPipeline, options: NodeServerOptions): Promise<ListeningServer> {
  const { limits, logger } = options;

  // Node enforces headersTimeout and requestTimeout only when it checks its connections, every 30 s by
  // default, so a client that never finishes its headers would hold a socket that long.
  const server = createServer({ connectionsCheckingInterval: Math.min(1000, limits.timeoutMs) }, (request, response) => {
    serveRequest(pipeline, limits, request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'failed to write a response; closing the connection');
      response.destroy();
    });
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Logs only the code and reason, because the error's rawPacket contains the raw request bytes, signatures and tokens included.
    const reason = { code: error.code, message: error.message };
    logger.warn({ err: reason, remoteAddress: (socket as Socket).remoteAddress }, 'malformed HTTP request; closing the connection');
    respondToClientError(error, socket);
  });

  // Slow clients get a response instead of holding a socket: node sends 408 for slow headers, and
  // the body timer in readBody leads to a 408 JSON error for a slow body.
  server.headersTimeout = limits.timeoutMs;
  server.requestTimeout = limits.timeoutMs * 2 + 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const url = `http://${formatHost(options.host)}:${port}`;

  return { server, url, port, close: () => closeServer(server) };
}

async function serveRequest(pipeline: RpcPipeline, limits: BodyLimits, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const head = toRpcRequestHead(request);

  const bodyResult = await readBody(request, limits);
  if (!bodyResult.ok) {
    if (bodyResult.reason === 'aborted') {
      response.destroy();
      return;
    }

    const error = bodyResult.reason === 'too-large' ? tooLargeError(limits) : requestTimeoutError(limits.timeoutMs);
    writeAndClose(request, response, pipeline.rejectRequest(head, error));
    return;
  }

  const rpcResponse = await pipeline.handleRpcRequest({ ...head, body: bodyResult.body });
  writeResponse(response, rpcResponse);
}

function toRpcRequestHead(request: IncomingMessage): RpcHttpRequest {
  const target = request.url ?? '/';
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);

  return {
    method: request.method ?? 'GET',
    path: pathOfTarget(rawPath),
    rawQuery: queryStart === -1 ? '' : target.slice(queryStart + 1),
    headers: flattenHeaders(request.headers),
    body: '',
    remoteAddress: request.socket.remoteAddress,
  };
}

/**
 * Returns the path of a request target. An absolute-form target (http://host/path) names the path after
 * the authority. A target that does not parse as a URL is returned unchanged, so no route matches it.
 */
function pathOfTarget(rawPath: string): string {
  const isAbsoluteForm = rawPath.startsWith('http://') || rawPath.startsWith('https://');

  return isAbsoluteForm && URL.canParse(rawPath) ? new URL(rawPath).pathname : rawPath;
}

function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};

  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      flat[name] = Array.isArray(value) ? value.join(', ') : value;
    }
  }

  return flat;
}

function tooLargeError(limits: BodyLimits): GatewayError {
  return gatewayError('RequestEntityTooLarge', String(limits.maxBytes));
}

function writeResponse(response: ServerResponse, rpcResponse: RpcHttpResponse): void {
  response.writeHead(rpcResponse.status, { ...rpcResponse.headers, 'content-length': Buffer.byteLength(rpcResponse.body) });
  response.end(rpcResponse.body);
}

/**
 * Sends `response` and then closes a connection whose body was not read to the end. What the client
 * still sends is discarded for a short while, so that it can read the response before the socket closes.
 */
function writeAndClose(request: IncomingMessage, response: ServerResponse, rpcResponse: RpcHttpResponse): void {
  response.shouldKeepAlive = false;
  response.once('finish', () => {
    request.resume();
    setTimeout(() => request.socket.destroy(), lingerMs).unref();
  });

  writeResponse(response, { ...rpcResponse, headers: { ...rpcResponse.headers, connection: 'close' } });
}

async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
  });

  server.closeIdleConnections();
  const cutBusyConnections = setTimeout(() => server.closeAllConnections(), closeGraceMs);
  cutBusyConnections.unref();

  try {
    await closed;
  } finally {
    clearTimeout(cutBusyConnections);
  }
}

/**
 * Responds to an HTTP request that node could not parse, as node's default handler does: 431 for
 * oversized headers, 408 for a header timeout, 400 otherwise, then closes the connection.
 */
function respondToClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }

  const statusLines: Record<string, string> = {
    HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
    ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  };
  const statusLine = statusLines[error.code ?? ''] ?? '400 Bad Request';
  socket.end(`HTTP/1.1 ${statusLine}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
