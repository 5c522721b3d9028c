import { WireError } from './errors.js';
import { redactUrl } from './redact.js';
import type { WireRequest, WireResponse } from './types.js';

export interface SentRequest {
  response: WireResponse | undefined;
  /** The network failure, when no response arrived. */
  error?: WireError;
  durationMs: number;
}

/**
 * Sends a request with Node's fetch and reads the whole response body, both within `timeoutMs`.
 * Never throws: a network failure comes back as `error`, with a message that names the URL (secrets
 * redacted) and the cause.
 */
export async function sendWireRequest(request: WireRequest, timeoutMs: number): Promise<SentRequest> {
  const startedAt = performance.now();
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'host'));

  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === '' ? undefined : request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });

    return {
      response: { status: response.status, headers: responseHeaders, body },
      durationMs: performance.now() - startedAt,
    };
  } catch (error) {
    const url = redactUrl(request.url);
    const message = `${request.method} ${url} failed: ${describeFailure(error, timeoutMs)}`;
    return { response: undefined, error: new WireError(message, url, { cause: error }), durationMs: performance.now() - startedAt };
  }
}

/**
 * Checks that a request's Host header is the one fetch will send. fetch always derives Host from the
 * URL authority and ignores a `host` header, so a different value would be silently dropped.
 */
export function checkHostHeader(request: WireRequest): void {
  const hostHeader = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'host')?.[1];
  const urlHost = new URL(request.url).host;

  if (hostHeader !== undefined && hostHeader !== urlHost) {
    throw new Error(
      `The host header "${hostHeader}" differs from the URL authority "${urlHost}", but fetch always sends the URL authority as Host. ` +
        'To send another Host, change the URL instead (for example localhost in place of 127.0.0.1).',
    );
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `timed out after ${timeoutMs} ms without a complete response. Check that the server responds, or raise timeoutMs.`;
  }

  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED). Check that the endpoint is running and the port is right.';
  if (code === 'ECONNRESET') return 'the server reset the connection (ECONNRESET).';
  if (code === 'ENOTFOUND') return 'the host name was not found (ENOTFOUND). Check the endpoint.';

  const causeMessage = cause instanceof Error ? cause.message : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return causeMessage ? `${message} (${causeMessage}${code ? `, ${code}` : ''})` : message;
}
