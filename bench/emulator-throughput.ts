// Measures the emulator against a bare node:http server under the same keep-alive load, then the
// emulator's memory with a large seed. Run with: npx tsx bench/emulator-throughput.ts
// Options: --connections N (default 16), --duration-ms N (default 10000), --warmup-ms N (default 2000).
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { createSignatureNonce, encodeWireQuery, formatAcsTimestamp, signAcs3, WireClient } from '../src/wire/index.js';
import type { FlatParameters } from '../src/wire/index.js';

import { benchCertificateId, benchCredentials, benchListenerId } from './bench-seed.js';
import { runLoad } from './load-generator.js';
import type { LoadRequest, LoadResult } from './load-generator.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '16' },
    'duration-ms': { type: 'string', default: '10000' },
    'warmup-ms': { type: 'string', default: '2000' },
  },
});
const connections = Number(values.connections);
const durationMs = Number(values['duration-ms']);
const warmupMs = Number(values['warmup-ms']);

const serverScript = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
const memoryScript = fileURLToPath(new URL('./emulator-memory.ts', import.meta.url));

/** Each connection cycles through Associate, List, Dissociate, List on its own listener. */
const workload = ['AssociateAdditionalCertificatesWithListener', 'ListListenerCertificates', 'DissociateAdditionalCertificatesFromListener', 'ListListenerCertificates'];

function buildRequest(host: string, connection: number, sequence: number): LoadRequest {
  const action = workload[sequence % workload.length] ?? 'ListListenerCertificates';
  const parameters: FlatParameters = { ListenerId: benchListenerId(connection) };
  if (action !== 'ListListenerCertificates') {
    parameters['Certificates.1.CertificateId'] = benchCertificateId(connection, 'f0');
  }

  const signed = signAcs3({
    method: 'POST',
    host,
    path: '/',
    query: parameters,
    headers: { 'x-acs-action': action, 'x-acs-version': '2020-06-16' },
    body: '',
    credentials: benchCredentials,
    date: formatAcsTimestamp(new Date()),
    nonce: createSignatureNonce(),
  });

  return { method: 'POST', path: `/?${encodeWireQuery(parameters)}`, headers: signed.headers, body: '' };
}

async function startServer(mode: 'bare' | 'emulator'): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(serverScript, [mode, String(connections)], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`The ${mode} server exited with code ${String(code)} before it listened.`)));
  });

  return { child, url: `http://127.0.0.1:${port}` };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
}

/** A load result plus the server's own CPU time during the measured run. */
interface ServerMeasurement extends LoadResult {
  serverCpuMs: number;
  /** Requests per second of server CPU time: the capacity of one core, free of the client's cost. */
  requestsPerServerCpuSecond: number;
}

function readServerCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => {
      const { cpu } = message as { cpu: NodeJS.CpuUsage };
      resolve((cpu.user + cpu.system) / 1000);
    });
    child.send('cpu');
  });
}

async function measure(mode: 'bare' | 'emulator'): Promise<ServerMeasurement> {
  const { child, url } = await startServer(mode);
  const host = new URL(url).host;

  // Each connection's step counter runs on across the warm-up and the measured run, so its
  // Associate/Dissociate cycle never restarts on a certificate that is still associated.
  const steps = new Array<number>(connections).fill(0);
  const nextRequest = (connection: number) => {
    const step = steps[connection] ?? 0;
    steps[connection] = step + 1;

    return buildRequest(host, connection, step);
  };

  try {
    await runLoad({ url, connections, durationMs: warmupMs, nextRequest });
    const cpuBeforeMs = await readServerCpu(child);
    const result = await runLoad({ url, connections, durationMs, nextRequest });
    const serverCpuMs = (await readServerCpu(child)) - cpuBeforeMs;

    return { ...result, serverCpuMs, requestsPerServerCpuSecond: result.requests / (serverCpuMs / 1000) };
  } finally {
    await stopServer(child);
  }
}

/** Starts the emulator with the large seed in a child, checks that it responds, then collects its memory figures. */
async function measureMemory(): Promise<Record<string, number>> {
  const child = fork(memoryScript, ['10000', '10'], { execArgv: ['--expose-gc', '--import', 'tsx'] });
  const messages = new Promise<Array<Record<string, number>>>((resolve, reject) => {
    const received: Array<Record<string, number>> = [];
    child.on('message', (message) => {
      received.push(message as Record<string, number>);
      if (received.length === 2) {
        resolve(received);
      }
    });
    child.once('exit', (code) => reject(new Error(`The memory benchmark exited with code ${String(code)} before it reported.`)));
  });

  const port = await new Promise<number>((resolve) => child.once('message', (message) => resolve((message as { port: number }).port)));
  const client = new WireClient({ endpoint: `http://127.0.0.1:${port}`, credentials: benchCredentials });
  const listed = await client.call('ListListenerCertificates', { ListenerId: benchListenerId(9999), MaxResults: 100 });
  if (!listed.ok || listed.body['TotalCount'] !== 11) {
    throw new Error(`ListListenerCertificates on the large seed returned ${listed.status}: ${JSON.stringify(listed.body)}`);
  }

  child.send('measure');
  const [, memory] = await messages;

  return memory ?? {};
}

function formatLoad(name: string, result: ServerMeasurement): string {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}x${count}`)
    .join(' ');
  const serverCpuShare = result.serverCpuMs / result.elapsedMs;
  const columns = [
    name,
    result.requestsPerSecond.toFixed(0),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    String(result.requests),
    statuses,
    `${(serverCpuShare * 100).toFixed(0)}%`,
    result.requestsPerServerCpuSecond.toFixed(0),
  ];

  return `| ${columns.join(' | ')} |`;
}

const mebibyte = 1024 * 1024;

function formatMiB(bytes: number | undefined): string {
  const value = Number(bytes);

  return `${(value / mebibyte).toFixed(1)} MiB (${(value / 1e6).toFixed(1)} MB)`;
}
const bare = await measure('bare');
const emulator = await measure('emulator');
const memory = await measureMemory();

const cpuModel = cpus()[0]?.model ?? 'unknown';
process.stdout.write(
  [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpus().length} CPUs (${cpuModel}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}`,
    `load: ${connections} keep-alive connections, ${warmupMs} ms warm-up, ${durationMs} ms measured, loopback`,
    '',
    '| server | requests/s | p50 ms | p99 ms | requests | statuses | server CPU | requests per server CPU second |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    formatLoad('bare node:http', bare),
    formatLoad('emulator', emulator),
    '',
    `emulator / bare, requests per second: ${(emulator.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} (goal: at least 0.50)`,
    `emulator / bare, requests per server CPU second: ${(emulator.requestsPerServerCpuSecond / bare.requestsPerServerCpuSecond).toFixed(2)}`,
    '',
    `memory with ${memory['listeners']} listeners and ${memory['associations']} associations (goal: RSS under 150 MB):`,
    `  RSS before the seed, after GC: ${formatMiB(memory['baselineRssBytes'])}`,
    `  right after loading the seed, after GC: RSS ${formatMiB(memory['rssAfterLoadBytes'])}, heap used ${formatMiB(memory['heapUsedAfterLoadBytes'])}`,
    `  after ${memory['idleSettleMs']} ms idle, after GC: RSS ${formatMiB(memory['rssSettledBytes'])}, heap used ${formatMiB(memory['heapUsedSettledBytes'])}`,
    '',
  ].join('\n'),
);
