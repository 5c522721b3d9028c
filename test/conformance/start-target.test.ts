import { describe, expect, it } from 'vitest';
import { parseTargetConfig } from '../../src/conformance/config/load-target-config.js';
import { embeddedEmulatorAcceptLatencyMs, embeddedEmulatorJobDurationMs } from '../../src/conformance/target/emulator-defaults.js';
import { planTarget } from '../../src/conformance/target/plan-target.js';
import type { EmbeddedEmulatorOptions, EmulatorStarter } from '../../src/conformance/target/start-target.js';
import { startTarget } from '../../src/conformance/target/start-target.js';

/** Creates an emulator starter that records the options it was given and starts nothing. */
function recordingStarter(): { starter: EmulatorStarter; started: EmbeddedEmulatorOptions[] } {
  const started: EmbeddedEmulatorOptions[] = [];
  const starter: EmulatorStarter = async (options) => {
    started.push(options);
    return { url: 'http://127.0.0.1:40001/', close: async () => {} };
  };
  return { starter, started };
}

describe('startTarget', () => {
  it('starts the embedded emulator with its in-flight window as accept latency', async () => {
    const { starter, started } = recordingStarter();

    const { target } = await startTarget(planTarget({}, {}), starter);

    expect(started).toEqual([{ jobDurationMs: embeddedEmulatorJobDurationMs, acceptLatencyMs: embeddedEmulatorAcceptLatencyMs }]);
    expect(target.endpoint).toBe('http://127.0.0.1:40001');
    expect(target.idempotence).toEqual({ inFlightWindowMs: embeddedEmulatorAcceptLatencyMs });
  });

  it('starts the embedded emulator with the configured in-flight window', async () => {
    const { starter, started } = recordingStarter();
    const config = parseTargetConfig('idempotence: {inFlightWindowMs: 250}', 'yaml', 'target.yaml');

    await startTarget(planTarget({ config }, {}), starter);

    expect(started.map((options) => options.acceptLatencyMs)).toEqual([250]);
  });

  it('starts nothing for an endpoint', async () => {
    const { starter, started } = recordingStarter();

    const { target } = await startTarget(planTarget({ endpoint: 'http://127.0.0.1:8080' }, {}), starter);

    expect(started).toEqual([]);
    expect(target.endpoint).toBe('http://127.0.0.1:8080');
  });
});
