import type { IncomingMessage } from 'node:http';

/** Limits on reading a request body. */
export interface BodyLimits {
  /** Largest accepted body, in bytes. */
  maxBytes: number;
  /** Time allowed to receive the whole body once the headers are in, in milliseconds. */
  timeoutMs: number;
}

/** The body as UTF-8 text, or why it was not read. `aborted` means the client went away. */
export type BodyResult =
  | { ok: true; body: string }
  | { ok: false; reason: 'too-large' | 'timeout' | 'aborted' };

/**
 * Reads a request body, with a Content-Length or chunked, within `limits`. A body that grows past
 * `maxBytes` or arrives too slowly stops being read, and the caller sends an error response and closes the connection.
 */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const declaredLength = Number(request.headers['content-length'] ?? 0);
  if (declaredLength > limits.maxBytes) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }

  // Without Transfer-Encoding and with no or a zero Content-Length, HTTP/1.1 has no body at all
  // (RFC 9112, section 6.3). The official SDK sends every listener-certificate call this way.
  if (declaredLength === 0 && request.headers['transfer-encoding'] === undefined) {
    return Promise.resolve({ ok: true, body: '' });
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;

    const finish = (result: BodyResult): void => {
      clearTimeout(timer);
      request.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };

    const onData = (chunk: Buffer): void => {
      receivedBytes += chunk.length;
      if (receivedBytes > limits.maxBytes) {
        request.pause();
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks).toString('utf8') });
    const onAbort = (): void => finish({ ok: false, reason: 'aborted' });

    const timer = setTimeout(() => {
      request.pause();
      finish({ ok: false, reason: 'timeout' });
    }, limits.timeoutMs);

    request.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
