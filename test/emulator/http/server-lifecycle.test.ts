import { Agent, request as httpRequest } from 'node:http';
import type { ClientRequest } from 'node:http';

import { describe, expect, it } from 'vitest';

import { connect } from 'node:net';

import { createEmulatorLogger, startEmulator } from '../../../src/emulator/index.js';

import { startTestEmulator } from './emulator-harness.js';

interface KeepAliveAnswer {
  status: number;
  reusedSocket: boolean;
}

function getOther(agent: Agent, port: number): Promise<KeepAliveAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing: ClientRequest = httpRequest({ agent, host: '127.0.0.1', port, method: 'GET', path: '/other' }, (response) => {
      response.resume();
      response.once('end', () => resolve({ status: response.statusCode ?? 0, reusedSocket: outgoing.reusedSocket }));
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}

describe('emulator server lifecycle', () => {
  it('keeps connections alive between requests', async () => {
    const { emulator } = await startTestEmulator();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });

    try {
      const first = await getOther(agent, emulator.port);
      const second = await getOther(agent, emulator.port);

      expect(first).toEqual({ status: 404, reusedSocket: false });
      expect(second).toEqual({ status: 404, reusedSocket: true });
    } finally {
      agent.destroy();
      await emulator.close();
    }
  });

  it('closes idle keep-alive sockets on close()', async () => {
    const { emulator } = await startTestEmulator();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await getOther(agent, emulator.port);
    const [idleSocket] = Object.values(agent.freeSockets).flat();
    const socketClosed = new Promise<void>((resolve) => idleSocket?.once('close', () => resolve()));

    await emulator.close();
    await socketClosed;

    expect(idleSocket?.destroyed).toBe(true);
    agent.destroy();
  });

  it('refuses connections after close()', async () => {
    const { emulator } = await startTestEmulator();
    await emulator.close();

    await expect(fetch(`${emulator.url}/`)).rejects.toThrow();
  });

  it('answers 400 to malformed HTTP and logs it', async () => {
    const logLines: string[] = [];
    const logger = createEmulatorLogger({ destination: { write: (line: string) => logLines.push(line) } });
    const { emulator } = await startTestEmulator({ logger });

    try {
      const received = await new Promise<string>((resolve, reject) => {
        let text = '';
        const socket = connect(emulator.port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.once('close', () => resolve(text));
        socket.once('error', reject);
      });

      expect(received.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      const warnings = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['level'] === 40);
      expect(warnings.map((line) => line['msg'])).toEqual(['malformed HTTP request; closing the connection']);
    } finally {
      await emulator.close();
    }
  });

  it('rejects a port that is already in use', async () => {
    const { emulator } = await startTestEmulator();

    try {
      await expect(startEmulator({ logger: false, port: emulator.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await emulator.close();
    }
  });
});
