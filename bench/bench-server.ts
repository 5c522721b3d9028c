// Child process of the benchmarks: serves either a bare node:http server or the emulator on
// 127.0.0.1, reports its port to the parent over IPC, its CPU time on "cpu", and exits on "stop".
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startEmulator } from '../src/emulator/index.js';

import { buildBenchSeed } from './bench-seed.js';

/** The bare server's body, shaped and sized like an Associate response. */
const bareBody = JSON.stringify({ RequestId: 'F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9', JobId: '0f1e2d3c-4b5a-4697-8897-a6b5c4d3e2f1' });

async function startBareServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.once('end', () => {
      response.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(bareBody) });
      response.end(bareBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function startBenchEmulator(listeners: number): Promise<{ port: number; close: () => Promise<void> }> {
  const seed = buildBenchSeed({ listeners, associationsPerListener: 2, freeCertificatesPerListener: 1 });

  // A job duration of 0 finishes every job at the next request, so each connection can associate
  // and dissociate its certificate in turn without hitting the busy listener check.
  return startEmulator({ seed, logger: false, jobDurationMs: 0 });
}

const mode = process.argv[2];
const listeners = Number(process.argv[3] ?? '1');
const server = mode === 'bare' ? await startBareServer() : await startBenchEmulator(listeners);

process.send?.({ port: server.port });
process.on('message', (message) => {
  if (message === 'cpu') {
    process.send?.({ cpu: process.cpuUsage() });
  }
  if (message === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
