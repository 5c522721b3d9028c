import type { ConformanceTarget } from './conformance-target.js';
import { embeddedEmulatorAcceptLatencyMs, embeddedEmulatorJobDurationMs } from './emulator-defaults.js';
import type { TargetPlan } from './plan-target.js';

/** A started emulator, as `startEmulator` of src/emulator returns it. */
export interface RunningEmulator {
  readonly url: string;
  close(): Promise<void>;
}

/** How the embedded emulator is started: its job duration and accept latency, in milliseconds. */
export interface EmbeddedEmulatorOptions {
  readonly jobDurationMs: number;
  readonly acceptLatencyMs: number;
}

/** Starts an emulator on 127.0.0.1 with the given options. */
export type EmulatorStarter = (options: EmbeddedEmulatorOptions) => Promise<RunningEmulator>;

/** A target ready for clauses, and how to release what was started for it. */
export interface StartedTarget {
  readonly target: ConformanceTarget;
  close(): Promise<void>;
}

/**
 * Starts what the plan needs: for kind `emulator` an in-process emulator on 127.0.0.1 with a free port,
 * whose accept latency is the plan's in-flight window.
 */
export async function startTarget(
  plan: TargetPlan,
  startEmulator: EmulatorStarter = startEmbeddedEmulator,
): Promise<StartedTarget> {
  const { warnings: _warnings, ...target } = plan;
  if (target.kind !== 'emulator') {
    return { target, close: async () => {} };
  }

  const emulator = await startEmulator({
    jobDurationMs: embeddedEmulatorJobDurationMs,
    acceptLatencyMs: target.idempotence?.inFlightWindowMs ?? embeddedEmulatorAcceptLatencyMs,
  });
  return {
    target: { ...target, endpoint: emulator.url.replace(/\/$/, '') },
    close: () => emulator.close(),
  };
}

async function startEmbeddedEmulator(options: EmbeddedEmulatorOptions): Promise<RunningEmulator> {
  const { startEmulator } = await import('../../emulator/index.js');
  return startEmulator({ host: '127.0.0.1', port: 0, ...options, logger: false });
}
