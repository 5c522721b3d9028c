import { createSeededRandom } from '../core/random-source.js';

import { gatewayError } from './gateway-error.js';
import type { GatewayError } from './gateway-error.js';
import type { HttpFaultOptions } from './types.js';

/** Default `x-acs-retry-after` of a throttled response, in milliseconds (the SDK sleeps that long). */
export const defaultThrottleRetryAfterMs = 1000;

/** Injects the configured faults into the request flow. */
export interface FaultInjector {
  /** Waits the configured latency in wall-clock time; resolves at once when there is none. */
  delay(): Promise<void>;
  /** Draws whether this request fails; returns the error to send, or undefined to go on. */
  drawFault(): GatewayError | undefined;
}

/**
 * Creates a {@link FaultInjector}. Every request draws one number from a PRNG seeded with
 * `randomSeed`, so the same seed and the same request order give the same faults.
 *
 * @throws RangeError when a rate is outside 0..1 or a duration is negative, naming the option.
 */
export function createFaultInjector(options: HttpFaultOptions = {}): FaultInjector {
  const latencyMs = nonNegative('latencyMs', options.latencyMs ?? 0);
  const errorRate = probability('errorRate', options.errorRate ?? 0);
  const throttleRate = probability('throttleRate', options.throttleRate ?? 0);
  const retryAfterMs = nonNegative('throttleRetryAfterMs', options.throttleRetryAfterMs ?? defaultThrottleRetryAfterMs);
  probability('jobFailureRate', options.jobFailureRate ?? 0);
  if (errorRate + throttleRate > 1) {
    throw new RangeError(`Fault options errorRate (${errorRate}) and throttleRate (${throttleRate}) must add up to at most 1.`);
  }
  const random = createSeededRandom(options.randomSeed ?? 1);

  return {
    delay: async () => {
      if (latencyMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, latencyMs));
      }
    },

    drawFault: () => {
      if (errorRate === 0 && throttleRate === 0) {
        return undefined;
      }

      const draw = random();
      if (draw < errorRate) {
        return gatewayError(random() < 0.5 ? 'ServiceUnavailable' : 'InternalError');
      }

      if (draw < errorRate + throttleRate) {
        const error = gatewayError('Throttling.User');
        error.headers['x-acs-retry-after'] = String(retryAfterMs);

        return error;
      }

      return undefined;
    },
  };
}

function probability(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`Fault option ${name} must be a probability between 0 and 1, but it is ${value}.`);
  }

  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Fault option ${name} must be a number of milliseconds >= 0, but it is ${value}.`);
  }

  return value;
}
