import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WireClient } from '../../../src/wire/index.js';
import { createEmulatorHandler, ManualClock } from '../../../src/emulator/index.js';
import type { EmulatorHandler } from '../../../src/emulator/index.js';

import { seedIds, testCredentials } from './emulator-harness.js';

// Nothing listens on this address, because msw handles every request in process.
const endpoint = 'http://127.0.0.1:8080';

describe('fetch handler under msw', () => {
  const clock = new ManualClock(Date.now());
  let emulator: EmulatorHandler;
  const server = setupServer();

  beforeAll(async () => {
    emulator = await createEmulatorHandler({ logger: false, clock, jobDurationMs: 1000, maxBodyBytes: 256 });
    server.use(http.all(`${endpoint}/*`, ({ request }) => emulator.handleRequest(request)));
    server.listen({ onUnhandledRequest: 'error' });
  });

  afterAll(() => {
    server.close();
  });

  it('serves signed WireClient calls without a socket', async () => {
    const client = new WireClient({ endpoint, credentials: testCredentials, clock: () => new Date(clock.now()) });

    const associated = await client.call('AssociateAdditionalCertificatesWithListener', {
      ListenerId: seedIds.httpsListener,
      Certificates: [{ CertificateId: seedIds.freeCertificate }],
    });
    clock.advance(1000);
    const listed = await client.call('ListListenerCertificates', { ListenerId: seedIds.httpsListener });

    expect(associated.ok).toBe(true);
    expect(associated.body['JobId']).toEqual(expect.any(String));
    expect(listed.ok).toBe(true);
    expect(listed.body['TotalCount']).toBe(3);
  });

  it('renders errors as the gateway JSON body', async () => {
    const response = await fetch(`${endpoint}/other`);
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(body['Code']).toBe('InvalidApi.NotFound');
    expect(body['HostId']).toBe('127.0.0.1');
  });

  it('answers 413 to a body over the cap', async () => {
    const response = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `ListenerId=${'x'.repeat(300)}`,
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(413);
    expect(body['Code']).toBe('RequestEntityTooLarge');
  });
});
