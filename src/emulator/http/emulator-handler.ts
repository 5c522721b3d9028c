import type { Clock, EmulatorCore } from '../core/index.js';

import { createEmulatorParts } from './emulator-options.js';
import type { EmulatorOptions } from './emulator-options.js';
import { createFetchHandler } from './fetch-handler.js';
import type { FetchHandler } from './fetch-handler.js';

/** An emulator without a socket that handles fetch API requests in process. */
export interface EmulatorHandler {
  /** Handles one request; plug it into an msw handler. */
  handleRequest: FetchHandler;
  clock: Clock;
  core: EmulatorCore;
}

/**
 * Creates an in-process emulator for msw or any fetch-based test double.
 *
 * @example
 * const emulator = await createEmulatorHandler({ logger: false });
 * const server = setupServer(http.all('http://127.0.0.1:8080/*', ({ request }) => emulator.handleRequest(request)));
 */
export async function createEmulatorHandler(options: EmulatorOptions = {}): Promise<EmulatorHandler> {
  const { core, clock, pipeline, maxBodyBytes } = await createEmulatorParts(options);

  return { handleRequest: createFetchHandler(pipeline, { maxBodyBytes }), clock, core };
}
