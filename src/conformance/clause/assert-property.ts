import fc from 'fast-check';
import type { IAsyncProperty } from 'fast-check';
import type { EvidenceRecorder } from './evidence-recorder.js';

/** Options of `assertProperty`. */
export interface PropertyOptions {
  /** @defaultValue 10, because each run sends real requests to the target */
  readonly numRuns?: number;
}

/** The environment variable that fixes the fast-check seed, to replay a failed property. */
export const propertySeedVariable = 'ALB_CONFORMANCE_SEED';

/**
 * Runs a fast-check property with a recorded seed. The seed comes from ALB_CONFORMANCE_SEED when set,
 * so a failure reported with its seed replays with the same inputs. The failure message of fast-check
 * names the seed, the path and the shrunk counterexample.
 */
export async function assertProperty<Ts>(
  property: IAsyncProperty<Ts>,
  options: PropertyOptions,
  recorder: EvidenceRecorder,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const seed = propertySeed(env);
  recorder.recordNote(`fast-check seed ${seed}; set ${propertySeedVariable}=${seed} to replay the same inputs`);

  await fc.assert(property, { numRuns: options.numRuns ?? 10, seed });
}

function propertySeed(env: NodeJS.ProcessEnv): number {
  const text = env[propertySeedVariable];
  if (text === undefined || text === '') {
    return Math.floor(Math.random() * 0x7fffffff);
  }

  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`${propertySeedVariable} must be an integer, but it is "${text}"`);
  }
  return seed;
}
