import { connect } from 'node:net';
import type { Socket } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { apiVersion, startTestEmulator } from './emulator-harness.js';
import type { TestEmulator } from './emulator-harness.js';

/** The raw HTTP/1.1 response read from a socket until the server closes it. */
interface RawResponse {
  statusLine: string;
  head: string;
  body: Record<string, unknown>;
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Collects everything the server sends until it closes the connection; a reset after the response is fine. */
function readUntilClosed(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const headEnd = text.indexOf('\r\n\r\n');
      if (headEnd === -1) {
        reject(new Error(`The server closed the connection without an HTTP response; received: ${JSON.stringify(text)}`));
        return;
      }

      const head = text.slice(0, headEnd);
      resolve({ statusLine: head.split('\r\n')[0] ?? '', head, body: JSON.parse(text.slice(headEnd + 4)) as Record<string, unknown> });
    });
  });
}

function requestHead(port: number, framing: string): string {
  return [
    'POST /?ListenerId=lsn-1 HTTP/1.1',
    `host: 127.0.0.1:${port}`,
    'x-acs-action: AssociateAdditionalCertificatesWithListener',
    `x-acs-version: ${apiVersion}`,
    'content-type: application/x-www-form-urlencoded',
    framing,
    '',
    '',
  ].join('\r\n');
}

describe('request body limits', () => {
  let test: TestEmulator | undefined;

  afterEach(async () => {
    await test?.emulator.close();
    test = undefined;
  });

  it('answers 413 to a declared Content-Length over the cap without reading the body', async () => {
    test = await startTestEmulator({ maxBodyBytes: 1024 });
    const socket = await openSocket(test.emulator.port);
    const answer = readUntilClosed(socket);

    socket.write(requestHead(test.emulator.port, 'content-length: 10485760'));
    socket.write('Certificates.1.CertificateId=');

    const { statusLine, head, body } = await answer;
    expect(statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(head.toLowerCase()).toContain('connection: close');
    expect(body['Code']).toBe('RequestEntityTooLarge');
    expect(body['Message']).toBe('The request body exceeds the maximum size of 1024 bytes.');
  });

  it('answers 413 to a chunked body that grows past the cap', async () => {
    test = await startTestEmulator({ maxBodyBytes: 1024 });
    const socket = await openSocket(test.emulator.port);
    const answer = readUntilClosed(socket);

    socket.write(requestHead(test.emulator.port, 'transfer-encoding: chunked'));
    const chunk = 'x'.repeat(600);
    for (let index = 0; index < 3; index += 1) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }

    const { statusLine, body } = await answer;
    expect(statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(body['Code']).toBe('RequestEntityTooLarge');
  });

  it('reads a chunked form body under the cap', async () => {
    test = await startTestEmulator({ maxBodyBytes: 1024 });
    const socket = await openSocket(test.emulator.port);
    const answer = readUntilClosed(socket);

    // The request is unsigned, so only a body that was parsed can lead to the duplicate-key error.
    const rawHead = requestHead(test.emulator.port, 'transfer-encoding: chunked').replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nconnection: close\r\n');
    socket.write(rawHead);
    const form = 'ListenerId=lsn-2';
    socket.write(`${form.length.toString(16)}\r\n${form}\r\n0\r\n\r\n`);

    const { statusLine, body } = await answer;
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(body['Message']).toBe(
      'The specified parameter ListenerId is not valid: the parameter appears more than once; send each key once, in the query or in the form body.',
    );
  });

  it('answers 408 to a client that stops sending its body', async () => {
    test = await startTestEmulator({ requestTimeoutMs: 200 });
    const socket = await openSocket(test.emulator.port);
    const answer = readUntilClosed(socket);

    socket.write(requestHead(test.emulator.port, 'content-length: 100'));
    socket.write('ListenerId=');

    const { statusLine, body } = await answer;
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(body['Code']).toBe('RequestTimeout');
    expect(body['Message']).toBe('The request was not received completely within 200 ms.');
  });

  it('keeps the core state unchanged after a rejected body', async () => {
    test = await startTestEmulator({ maxBodyBytes: 16 });
    const before = JSON.stringify(test.emulator.core.snapshot());
    const socket = await openSocket(test.emulator.port);
    const answer = readUntilClosed(socket);

    socket.write(requestHead(test.emulator.port, 'content-length: 17'));
    socket.write('x'.repeat(17));
    await answer;

    expect(JSON.stringify(test.emulator.core.snapshot())).toBe(before);
  });
});
