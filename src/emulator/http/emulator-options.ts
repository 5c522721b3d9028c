import type { Logger } from 'pino';

import { createEmulatorCore, defaultSeedPath, loadSeedFile, systemClock } from '../core/index.js';
import type { Clock, EmulatorCore, Seed } from '../core/index.js';
import { resolveLogger } from '../logger.js';

import { createRpcPipeline } from './rpc-pipeline.js';
import type { RpcPipeline } from './rpc-pipeline.js';
import type { HttpFaultOptions } from './types.js';

/** Options shared by {@link startEmulator} and {@link createEmulatorHandler}. */
export interface EmulatorOptions {
  /** The initial state; when absent, the seed file at `seedPath` is loaded. */
  seed?: Seed;
  /** Seed file (YAML or JSON); defaults to `fixtures/emulator-seed.yaml`. */
  seedPath?: string;
  /** How long a certificate or listener job runs, in milliseconds of the emulator clock; default 5000. */
  jobDurationMs?: number;
  /** The emulator clock; a ManualClock lets tests step through job transitions. Default: the system clock. */
  clock?: Clock;
  /** Injected faults for testing client retry logic. */
  faults?: HttpFaultOptions;
  /** How long the core keeps a ClientToken in flight before it runs the request, in milliseconds; default 0. */
  acceptLatencyMs?: number;
  /** A pino logger, or false for no logs; default: JSON lines on standard error at level info. */
  logger?: Logger | false;
  /** Largest accepted request body, in bytes; default 1 MiB. */
  maxBodyBytes?: number;
}

/** Default cap of a request body: 1 MiB. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** Default job duration, in milliseconds. */
export const defaultJobDurationMs = 5000;

/** The parts every transport needs: the core, its clock, the logger and the pipeline. */
export interface EmulatorParts {
  core: EmulatorCore;
  clock: Clock;
  logger: Logger;
  pipeline: RpcPipeline;
  maxBodyBytes: number;
}

/** Loads the seed and builds the core and the pipeline described by `options`. */
export async function createEmulatorParts(options: EmulatorOptions): Promise<EmulatorParts> {
  const seed = options.seed ?? loadSeedFile(options.seedPath ?? defaultSeedPath);
  const clock = options.clock ?? systemClock;
  const logger = resolveLogger(options.logger);
  const faults = options.faults ?? {};

  const core = createEmulatorCore({
    seed,
    clock,
    jobDurationMs: options.jobDurationMs ?? defaultJobDurationMs,
    faults: { jobFailureRate: faults.jobFailureRate ?? 0, randomSeed: faults.randomSeed ?? 1 },
    acceptLatencyMs: options.acceptLatencyMs ?? 0,
  });

  const pipeline = createRpcPipeline({ core, clock, logger, faults });

  return { core, clock, logger, pipeline, maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes };
}
