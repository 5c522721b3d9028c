import { parseArgs } from 'node:util';

import type { Level } from 'pino';

import { loadSeedFile } from './core/index.js';
import type { Seed } from './core/index.js';
import { defaultJobDurationMs, defaultMaxBodyBytes } from './http/emulator-options.js';
import { defaultThrottleRetryAfterMs } from './http/fault-injector.js';
import { startEmulator } from './http/start-emulator.js';
import type { StartEmulatorOptions } from './http/start-emulator.js';
import { createEmulatorLogger } from './logger.js';

/** Exit code of a usage error or an invalid seed file. */
const usageExitCode = 2;

const usage = `Usage: alb-emulator [options]

Runs the reference emulator of the Alibaba Cloud ALB API 2020-06-16 (listener certificates).
Prints "alb-emulator listening on <url>" on standard output when ready and logs JSON lines to
standard error. Stops on SIGINT or SIGTERM.

Options:
  --host ADDRESS                  Interface to listen on (default 127.0.0.1).
  --port N                        TCP port to listen on; 0 picks a free port (default 8080).
  --seed FILE                     Seed file (YAML or JSON) with the initial accounts, access keys,
                                  load balancers, certificates and listeners
                                  (default fixtures/emulator-seed.yaml).
  --job-duration-ms N             How long a certificate or listener job runs, in milliseconds
                                  (default ${defaultJobDurationMs}).
  --latency-ms N                  Delay added before every response, in milliseconds (default 0).
  --error-rate R                  Share of requests that fail with 503 ServiceUnavailable or
                                  500 InternalError, from 0 to 1 (default 0).
  --throttle-rate R               Share of requests that fail with 400 Throttling.User, from 0 to 1
                                  (default 0).
  --throttle-retry-after-ms N     x-acs-retry-after header of throttled responses, in milliseconds
                                  (default ${defaultThrottleRetryAfterMs}).
  --job-failure-rate R            Share of jobs that end Failed and roll back, from 0 to 1 (default 0).
  --random-seed N                 Seed of the fault PRNG, an integer, so a run can be replayed (default 1).
  --accept-latency-ms N           How long a request with a new ClientToken stays in flight before the
                                  core runs it, in milliseconds; widens the IdempotenceProcessing
                                  window (default 0).
  --max-body-bytes N              Largest accepted request body, in bytes (default ${defaultMaxBodyBytes}).
  --log-level LEVEL               Lowest log level written: fatal, error, warn, info, debug, trace or
                                  silent (default info).
  --help                          Prints this help and exits.
`;

/** Maximum delay of a Node timer, in milliseconds. setTimeout sets a larger delay to 1 ms, per the Node timers docs. */
const maxTimerDelayMs = 2_147_483_647;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A command-line problem that is the user's to fix; it exits with code 2. */
class UsageError extends Error {
  /** Whether the message ends with a pointer to --help; a bad seed file gets no such pointer. */
  readonly pointsToHelp: boolean;

  constructor(message: string, pointsToHelp = true) {
    super(message);
    this.pointsToHelp = pointsToHelp;
  }
}

/**
 * Runs the alb-emulator command with `argv` (without the node and script paths). Resolves with the
 * exit code once the emulator has stopped, or at once for --help and usage errors.
 */
export async function runCli(argv: string[]): Promise<number> {
  let options: StartEmulatorOptions & { logLevel: Level | 'silent' };
  try {
    const parsed = parseCommandLine(argv);
    if (parsed === 'help') {
      process.stdout.write(usage);
      return 0;
    }
    options = parsed;
  } catch (error) {
    const helpPointer = error instanceof UsageError && !error.pointsToHelp ? '' : 'Run alb-emulator --help for the list of options.\n';
    process.stderr.write(`alb-emulator: ${(error as Error).message}\n${helpPointer}`);
    return usageExitCode;
  }

  const logger = createEmulatorLogger({ level: options.logLevel });
  const emulator = await startEmulator({ ...options, logger }).catch((error: unknown) => {
    logger.fatal({ err: error }, 'failed to start the emulator');
    process.stderr.write(`alb-emulator: failed to listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 8080}: ${(error as Error).message}\n`);
    return undefined;
  });
  if (emulator === undefined) {
    return 1;
  }

  // Listen for the stop signals before announcing readiness, so a signal sent right after the
  // ready line still stops the emulator cleanly.
  const stopSignal = waitForStopSignal();
  process.stdout.write(`alb-emulator listening on ${emulator.url}\n`);

  const signal = await stopSignal;
  logger.info({ signal }, 'stop signal received');
  await emulator.close();

  return 0;
}

function parseCommandLine(argv: string[]): 'help' | (StartEmulatorOptions & { logLevel: Level | 'silent' }) {
  const { values } = parseArgsOrThrow(argv);
  if (values.help === true) {
    return 'help';
  }

  const logLevel = values['log-level'] ?? 'info';
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    throw new UsageError(`--log-level must be one of ${logLevels.join(', ')}, but it is "${logLevel}".`);
  }

  return {
    host: values.host ?? '127.0.0.1',
    port: integerOption('--port', values.port, 8080, 0, 65_535),
    seed: values.seed === undefined ? undefined : readSeed(values.seed),
    jobDurationMs: integerOption('--job-duration-ms', values['job-duration-ms'], defaultJobDurationMs, 0),
    acceptLatencyMs: integerOption('--accept-latency-ms', values['accept-latency-ms'], 0, 0, maxTimerDelayMs),
    maxBodyBytes: integerOption('--max-body-bytes', values['max-body-bytes'], defaultMaxBodyBytes, 1),
    faults: {
      latencyMs: integerOption('--latency-ms', values['latency-ms'], 0, 0, maxTimerDelayMs),
      errorRate: rateOption('--error-rate', values['error-rate']),
      throttleRate: rateOption('--throttle-rate', values['throttle-rate']),
      throttleRetryAfterMs: integerOption('--throttle-retry-after-ms', values['throttle-retry-after-ms'], defaultThrottleRetryAfterMs, 0),
      jobFailureRate: rateOption('--job-failure-rate', values['job-failure-rate']),
      randomSeed: integerOption('--random-seed', values['random-seed'], 1, 0, 0xffff_ffff),
    },
    logLevel: logLevel as Level | 'silent',
  };
}

function parseArgsOrThrow(argv: string[]) {
  const valueOption = { type: 'string' } as const;

  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: valueOption,
        port: valueOption,
        seed: valueOption,
        'job-duration-ms': valueOption,
        'latency-ms': valueOption,
        'error-rate': valueOption,
        'throttle-rate': valueOption,
        'throttle-retry-after-ms': valueOption,
        'job-failure-rate': valueOption,
        'random-seed': valueOption,
        'accept-latency-ms': valueOption,
        'max-body-bytes': valueOption,
        'log-level': valueOption,
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    // node:util names the unknown or incomplete flag in its message.
    throw new UsageError((error as Error).message);
  }
}

function integerOption(flag: string, raw: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) {
    return fallback;
  }

  // Number() alone would also read "1e3", "0x50" and " 80".
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}, but it is "${raw}".`);
  }

  return value;
}

function rateOption(flag: string, raw: string | undefined): number {
  if (raw === undefined) {
    return 0;
  }

  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`${flag} must be a number from 0 to 1, but it is "${raw}".`);
  }

  return value;
}

function readSeed(path: string): Seed {
  try {
    return loadSeedFile(path);
  } catch (error) {
    throw new UsageError(`--seed ${path} is not a valid seed file: ${(error as Error).message}`, false);
  }
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve(signal);
    };

    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}
