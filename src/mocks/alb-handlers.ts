import { http } from 'msw';
import type { HttpHandler } from 'msw';

import { createEmulatorHandler, loadSeedFile } from '../emulator/index.js';
import type { Clock, EmulatorHandler, Seed } from '../emulator/index.js';

import { endpointPattern } from './endpoint-pattern.js';

/** Options of {@link albHandlers} and {@link createAlbMock}. */
export interface AlbMockOptions {
  /**
   * The emulator's starting state: a seed object, or the path of a seed file (YAML or JSON).
   * @defaultValue the default seed, `fixtures/emulator-seed.yaml`
   */
  seed?: Seed | string;
  /**
   * How long an Associate or Dissociate job runs, in milliseconds of the emulator clock. With 0, a job
   * has finished by the next request.
   * @defaultValue 0
   */
  jobDurationMs?: number;
  /**
   * The origin to mock, such as `https://alb.test` for the SDK endpoint `alb.test`.
   * @defaultValue every ALB endpoint, `https://alb.<region>.aliyuncs.com`
   */
  baseUrl?: string;
  /** The emulator clock; pass the emulator's `ManualClock` to step through job transitions. */
  clock?: Clock;
}

/** A stateful ALB mock: msw handlers over an in-process emulator, and a way to start over. */
export interface AlbMock {
  /** The msw handlers; spread them into `setupServer(...)` or `server.use(...)`. */
  readonly handlers: HttpHandler[];
  /** The emulator behind the handlers, for its clock, its core and `core.snapshot()`. */
  emulator(): Promise<EmulatorHandler>;
  /** Starts over from the seed: listeners, certificates, jobs and ClientTokens as they were at the start. */
  reset(): void;
}

/** Default job duration of the mocks: jobs finish by the next request, so tests never wait. */
export const defaultMockJobDurationMs = 0;

/**
 * Creates a stateful mock of the ALB listener-certificate API: the reference emulator, in process,
 * behind an msw `http.all` handler. Requests are signed and checked as the real gateway does, so
 * the official SDK needs the seed's credentials (`local-access-key-id` / `local-access-key-secret`).
 *
 * @example
 * const alb = createAlbMock();
 * const server = setupServer(...alb.handlers);
 * afterEach(() => alb.reset());
 */
export function createAlbMock(options: AlbMockOptions = {}): AlbMock {
  const pattern = endpointPattern(options.baseUrl);
  const seed = typeof options.seed === 'string' ? loadSeedFile(options.seed) : options.seed;
  const start = (): Promise<EmulatorHandler> => {
    const started = createEmulatorHandler({
      ...(seed === undefined ? {} : { seed: structuredClone(seed) }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      jobDurationMs: options.jobDurationMs ?? defaultMockJobDurationMs,
      logger: false,
    });
    // The first request reports a failure to start; until then it must not count as unhandled.
    started.catch(() => undefined);
    return started;
  };

  let emulator = start();
  const handler = http.all(pattern, async ({ request }) => (await emulator).handleRequest(request));

  return {
    handlers: [handler],
    emulator: () => emulator,
    reset: () => {
      emulator = start();
    },
  };
}

/**
 * Returns msw handlers that mock the whole ALB listener-certificate API with the in-process emulator.
 *
 * @example
 * const server = setupServer(...albHandlers());
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterAll(() => server.close());
 */
export function albHandlers(options: AlbMockOptions = {}): HttpHandler[] {
  return createAlbMock(options).handlers;
}
