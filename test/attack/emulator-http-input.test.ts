import { connect } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createEmulatorLogger } from '../../src/emulator/index.js';
import type { StartEmulatorOptions } from '../../src/emulator/index.js';
import { seedIds, sendSigned, startTestEmulator } from '../emulator/http/emulator-harness.js';
import type { TestEmulator } from '../emulator/http/emulator-harness.js';

/** Everything a server sent on one connection until it closed it, as text. */
function exchangeRaw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.once('error', reject);
    socket.once('close', () => resolve(received));
  });
}

function statusLineOf(response: string): string {
  return response.split('\r\n')[0] ?? '';
}

function jsonBodyOf(response: string): Record<string, unknown> {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
}

describe('emulator HTTP input attacks', () => {
  let test: TestEmulator | undefined;

  async function start(options: StartEmulatorOptions = {}): Promise<TestEmulator> {
    test = await startTestEmulator(options);
    return test;
  }

  afterEach(async () => {
    await test?.emulator.close();
    test = undefined;
  });

  it('answers an unparsable absolute-form target with JSON 404', async () => {
    const { emulator } = await start();

    const response = await exchangeRaw(emulator.port, 'GET http://[::1/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');

    expect(statusLineOf(response)).toBe('HTTP/1.1 404 Not Found');
    expect(jsonBodyOf(response)['Code']).toBe('InvalidApi.NotFound');
  });

  // Node checks header timeouts only every connectionsCheckingInterval (30 s by default), so without
  // a shorter interval this test runs into the vitest timeout instead of getting its 408.
  it('cuts headers that never finish after the request timeout', async () => {
    const { emulator } = await start({ requestTimeoutMs: 200 });

    const response = await exchangeRaw(emulator.port, 'GET / HTTP/1.1\r\nHost: x\r\n');

    expect(statusLineOf(response)).toBe('HTTP/1.1 408 Request Timeout');
  }, 10_000);

  it('keeps the raw request out of the malformed-request log', async () => {
    const logLines: string[] = [];
    const logger = createEmulatorLogger({ destination: { write: (line: string) => logLines.push(line) } });
    const { emulator } = await start({ logger });
    const secrets = ['V1SIGNATUREVALUE', 'STSTOKENVALUE', 'deadbeefcafe0123'];

    const response = await exchangeRaw(
      emulator.port,
      `GET /?Signature=${secrets[0]}&SecurityToken=${secrets[1]} HTTP/1.1\r\nHost: x\r\n` +
        `Authorization: ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host,Signature=${secrets[2]}\r\nBroken Header\r\n\r\n`,
    );

    expect(statusLineOf(response)).toBe('HTTP/1.1 400 Bad Request');
    const log = logLines.join('');
    expect(log).toContain('malformed HTTP request');
    for (const secret of secrets) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain([...Buffer.from(secret)].join(','));
    }
  });

  it.each(['1e2', '0x10', '0b11', ' 20', '20 ', '20.0', 'Infinity', '1e400'])('rejects MaxResults=%j', async (maxResults) => {
    const { emulator, clock } = await start();

    const response = await sendSigned(emulator, clock, {
      action: 'ListListenerCertificates',
      parameters: { ListenerId: seedIds.httpsListener, MaxResults: maxResults },
    });

    expect(response.status).toBe(400);
    expect(response.body['Code']).toBe('InvalidParameter');
    expect(response.body['Message']).toBe('The specified parameter MaxResults is not valid: must be an integer.');
  });

  it.each(['20', '020', '+20'])('accepts MaxResults=%j', async (maxResults) => {
    const { emulator, clock } = await start();

    const response = await sendSigned(emulator, clock, {
      action: 'ListListenerCertificates',
      parameters: { ListenerId: seedIds.httpsListener, MaxResults: maxResults },
    });

    expect(response.status).toBe(200);
    expect(response.body['MaxResults']).toBe(20);
  });

  it('rejects a hexadecimal BeginTime of ListAsynJobs', async () => {
    const { emulator, clock } = await start();

    const response = await sendSigned(emulator, clock, { action: 'ListAsynJobs', parameters: { BeginTime: '0x10' } });

    expect(response.status).toBe(400);
    expect(response.body['Message']).toBe('The specified parameter BeginTime is not valid: must be an integer.');
  });

  it('names a list index too large to hold exactly', async () => {
    const { emulator, clock } = await start();

    const response = await sendSigned(emulator, clock, {
      action: 'AssociateAdditionalCertificatesWithListener',
      parameters: {
        ListenerId: seedIds.httpsListener,
        'Certificates.99999999999999999999.CertificateId': seedIds.freeCertificate,
        'Certificates.100000000000000000000.CertificateId': seedIds.secondFreeCertificate,
      },
    });

    expect(response.status).toBe(400);
    expect(response.body['Code']).toBe('InvalidParameter');
    expect(response.body['Message']).toBe(
      'The specified parameter Certificates.99999999999999999999.CertificateId is not valid: ' +
        `list index 99999999999999999999 is larger than ${Number.MAX_SAFE_INTEGER}.`,
    );
  });
});
