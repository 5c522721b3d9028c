import { pino } from 'pino';
import type { DestinationStream, Level, Logger } from 'pino';

/** Options of {@link createEmulatorLogger}. */
export interface EmulatorLoggerOptions {
  /** Lowest level written; defaults to `info`. */
  level?: Level | 'silent';
  /** Destination of the JSON lines; defaults to standard error, so standard output stays free for the CLI. */
  destination?: DestinationStream;
}

/**
 * Field paths that pino replaces with `<redacted>` wherever they appear. The emulator never puts
 * credentials in a log call; this list is a second line of defence for objects logged whole.
 */
const redactedPaths = [
  'accessKeySecret',
  'securityToken',
  'signature',
  'authorization',
  '*.accessKeySecret',
  '*.securityToken',
  '*.signature',
  '*.authorization',
  'headers["x-acs-security-token"]',
];

/** Creates the emulator's pino logger: one JSON object a line. */
export function createEmulatorLogger(options: EmulatorLoggerOptions = {}): Logger {
  const destination = options.destination ?? pino.destination({ dest: 2, sync: true });

  return pino(
    {
      name: 'alb-emulator',
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '<redacted>' },
    },
    destination,
  );
}

/** Turns the `logger` option of the emulator into a logger: the given one, a silent one for `false`, or the default. */
export function resolveLogger(option: Logger | false | undefined): Logger {
  if (option === false) {
    return pino({ enabled: false });
  }

  return option ?? createEmulatorLogger();
}
