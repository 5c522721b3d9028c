import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request for the load generator; `path` includes the query. */
export interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  /** Base URL; only loopback addresses are accepted. */
  url: string;
  /** Concurrent keep-alive connections, each sending its requests one after the other. */
  connections: number;
  /** How long to send new requests, in milliseconds; requests in flight then finish. */
  durationMs: number;
  /** Builds the next request of a connection; `sequence` counts that connection's requests from 0. */
  nextRequest: (connection: number, sequence: number) => LoadRequest;
}

export interface LoadResult {
  requests: number;
  /** Responses by HTTP status. */
  statuses: Record<number, number>;
  elapsedMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Upper bound of a run, so a mistaken duration cannot turn the benchmark into a soak test. */
const maxDurationMs = 120_000;

/**
 * Sends requests over `connections` keep-alive connections for `durationMs` and measures the
 * throughput and the latency percentiles seen by the client.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.url);
  if (options.durationMs <= 0 || options.durationMs > maxDurationMs) {
    throw new RangeError(`durationMs must be between 1 and ${maxDurationMs}, but it is ${options.durationMs}.`);
  }

  const base = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const startedAt = performance.now();
  const deadline = startedAt + options.durationMs;

  const runConnection = async (connection: number): Promise<void> => {
    for (let sequence = 0; performance.now() < deadline; sequence += 1) {
      const sentAt = performance.now();
      const status = await send(agent, base, options.nextRequest(connection, sequence));
      latencies.push(performance.now() - sentAt);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };

  await Promise.all(Array.from({ length: options.connections }, (_, connection) => runConnection(connection)));
  const elapsedMs = performance.now() - startedAt;
  agent.destroy();

  latencies.sort((a, b) => a - b);

  return {
    requests: latencies.length,
    statuses,
    elapsedMs,
    requestsPerSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

function send(agent: Agent, base: URL, load: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { agent, host: base.hostname, port: base.port, method: load.method, path: load.path, headers: load.headers },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    outgoing.once('error', reject);
    outgoing.end(load.body);
  });
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }

  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function assertLoopback(url: string): void {
  const hostname = new URL(url).hostname;
  if (!/^127\.\d+\.\d+\.\d+$/.test(hostname) && hostname !== '[::1]' && hostname !== 'localhost') {
    throw new Error(`The load generator only targets loopback addresses, but the URL is ${url}.`);
  }
}
