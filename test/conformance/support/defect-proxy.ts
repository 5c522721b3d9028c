import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResponseDefect } from './response-defects.js';

/** A running defect proxy. */
export interface DefectProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts an HTTP proxy on 127.0.0.1 with a free port in front of `upstreamUrl`. Requests pass through
 * byte for byte with their headers, the Host header included, so their signatures still verify. Without
 * a defect, responses pass through too. With one, JSON response bodies go through `defect.rewrite`.
 */
export async function startDefectProxy(upstreamUrl: string, defect?: ResponseDefect): Promise<DefectProxy> {
  const upstream = new URL(upstreamUrl);

  const server = http.createServer((request, response) => {
    void forward(request, upstream, defect).then(
      (answer) => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      },
      (error: unknown) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`defect proxy: the upstream request failed: ${(error as Error).message}`);
      },
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface ProxiedResponse {
  readonly status: number;
  readonly headers: http.OutgoingHttpHeaders;
  readonly body: Buffer;
}

async function forward(request: http.IncomingMessage, upstream: URL, defect: ResponseDefect | undefined): Promise<ProxiedResponse> {
  const requestBody = await readAll(request);

  const answer = await new Promise<ProxiedResponse>((resolve, reject) => {
    const upstreamRequest = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
      (upstreamResponse) => {
        void readAll(upstreamResponse).then(
          (body) => resolve({ status: upstreamResponse.statusCode ?? 502, headers: upstreamResponse.headers, body }),
          reject,
        );
      },
    );
    upstreamRequest.on('error', reject);
    upstreamRequest.end(requestBody);
  });

  const delivered = defect === undefined ? answer : applyDefect(defect, request, requestBody, answer);
  return withLength(delivered);
}

/** Sends the buffered body with its length, whatever framing the upstream used. */
function withLength(answer: ProxiedResponse): ProxiedResponse {
  const { 'transfer-encoding': _framing, ...headers } = answer.headers;
  return { ...answer, headers: { ...headers, 'content-length': String(answer.body.length) } };
}

function applyDefect(
  defect: ResponseDefect,
  request: http.IncomingMessage,
  requestBody: Buffer,
  answer: ProxiedResponse,
): ProxiedResponse {
  const body = parseJsonObject(answer.body);
  if (body === undefined) {
    return answer;
  }

  const parameters = requestParameters(request, requestBody);
  const action = request.headers['x-acs-action']?.toString() ?? parameters.get('Action') ?? '';
  const rewritten = Buffer.from(JSON.stringify(defect.rewrite({ action, parameters, status: answer.status, body })));

  return { ...answer, body: rewritten };
}

/** Merges the query parameters with the form-body parameters, as the emulator reads them. */
function requestParameters(request: http.IncomingMessage, body: Buffer): URLSearchParams {
  const parameters = new URL(request.url ?? '/', 'http://proxy.invalid').searchParams;

  if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
      parameters.append(name, value);
    }
  }
  return parameters;
}

function parseJsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
