// Public entry point of the reference emulator.

// Running the emulator
export { startEmulator, defaultRequestTimeoutMs } from './http/start-emulator.js';
export type { StartEmulatorOptions, RunningEmulator } from './http/start-emulator.js';
export { createEmulatorHandler } from './http/emulator-handler.js';
export type { EmulatorHandler } from './http/emulator-handler.js';
export { defaultJobDurationMs, defaultMaxBodyBytes } from './http/emulator-options.js';
export type { EmulatorOptions } from './http/emulator-options.js';

// Building blocks for other transports
export { createRpcPipeline } from './http/rpc-pipeline.js';
export type { RpcPipeline, RpcPipelineOptions } from './http/rpc-pipeline.js';
export { createFetchHandler } from './http/fetch-handler.js';
export type { FetchHandler } from './http/fetch-handler.js';
export type { HttpFaultOptions, RpcHttpRequest, RpcHttpResponse } from './http/types.js';

// Logging
export { createEmulatorLogger } from './logger.js';
export type { EmulatorLoggerOptions } from './logger.js';

// Clock and seed, re-exported from the core for convenience
export { ManualClock, systemClock, loadSeed, loadSeedFile, defaultSeedPath } from './core/index.js';
export type { Clock, EmulatorCore, Seed, SeedCertificate, SeedListener, SeedLoadBalancer } from './core/index.js';
