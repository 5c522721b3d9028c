import type { Clock, EmulatorCore } from '../core/index.js';

import { createEmulatorParts } from './emulator-options.js';
import type { EmulatorOptions } from './emulator-options.js';
import { listenNodeServer } from './node-server.js';

/** Options of {@link startEmulator}: where to listen, plus everything {@link EmulatorOptions} sets. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 0, which picks a free port. */
  port?: number;
  /** Time allowed to receive a request's headers, and then its body, in milliseconds; default 10000. */
  requestTimeoutMs?: number;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL such as `http://127.0.0.1:41089`, for the WireClient's `endpoint`. */
  url: string;
  port: number;
  clock: Clock;
  core: EmulatorCore;
  /** Stops listening, ends idle keep-alive connections and resolves once the server is closed. */
  close(): Promise<void>;
}

/** Default time allowed for a request's headers and then for its body, in milliseconds. */
export const defaultRequestTimeoutMs = 10_000;

/**
 * Starts the emulator on node:http.
 *
 * @example
 * const emulator = await startEmulator({ logger: false });
 * const client = new WireClient({ endpoint: emulator.url, credentials });
 * await emulator.close();
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { core, clock, logger, pipeline, maxBodyBytes } = await createEmulatorParts(options);
  const host = options.host ?? '127.0.0.1';

  const listening = await listenNodeServer(pipeline, {
    host,
    port: options.port ?? 0,
    limits: { maxBytes: maxBodyBytes, timeoutMs: options.requestTimeoutMs ?? defaultRequestTimeoutMs },
    logger,
  });
  logger.info({ url: listening.url }, 'emulator started');

  return {
    url: listening.url,
    port: listening.port,
    clock,
    core,
    close: async () => {
      await listening.close();
      logger.info({ url: listening.url }, 'emulator stopped');
    },
  };
}
