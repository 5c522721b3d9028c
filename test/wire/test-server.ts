import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ReceivedRequest } from '../../src/wire/types.js';

export interface TestReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** A loopback HTTP server that records every request and replies with what the handler returns. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 and a free port. A handler that returns undefined never replies. */
export async function startTestServer(handle: (request: ReceivedRequest) => TestReply | undefined): Promise<TestServer> {
  const received: ReceivedRequest[] = [];
  const openResponses = new Set<ServerResponse>();

  const server: Server = createServer((message: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => {
      const request = toReceivedRequest(message, Buffer.concat(chunks).toString('utf8'));
      received.push(request);

      const reply = handle(request);
      if (reply === undefined) {
        openResponses.add(response);
        return;
      }
      response.writeHead(reply.status, reply.headers ?? { 'content-type': 'application/json;charset=utf-8' });
      response.end(reply.body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    close: async () => {
      for (const response of openResponses) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toReceivedRequest(message: IncomingMessage, body: string): ReceivedRequest {
  const url = message.url ?? '/';
  const queryStart = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }

  return {
    method: message.method ?? 'GET',
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    rawQuery: queryStart === -1 ? '' : url.slice(queryStart + 1),
    headers,
    body,
  };
}
