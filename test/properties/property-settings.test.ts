import { describe, expect, it } from 'vitest';

import {
  PropertySettingsError,
  propertySettingsFromEnvironment,
  validatePropertySettings,
} from '../../src/conformance/property-settings.js';
import { formatReplayPath, parseReplayPath } from '../../src/properties/run/replay-path.js';

describe('propertySettingsFromEnvironment', () => {
  it('reads seed, path, runs and target', () => {
    const settings = propertySettingsFromEnvironment({
      ALB_CONFORMANCE_SEED: '1893461',
      ALB_CONFORMANCE_PATH: '3:0:1@AC:B',
      ALB_CONFORMANCE_NUM_RUNS: '25',
      ALB_CONFORMANCE_ENDPOINT: 'http://127.0.0.1:8080',
    });

    expect(settings).toEqual({ seed: 1893461, path: '3:0:1@AC:B', numRuns: 25, targetArguments: ['--endpoint', 'http://127.0.0.1:8080'] });
  });

  it('ignores empty variables', () => {
    expect(propertySettingsFromEnvironment({ ALB_CONFORMANCE_SEED: '', ALB_CONFORMANCE_NUM_RUNS: '' })).toEqual({ targetArguments: [] });
  });
});

describe('validatePropertySettings', () => {
  it.each([
    [{ seed: 1.5 }, 'The property seed must be a 32-bit integer'],
    [{ seed: 1, path: '3:x' }, 'The property path must be the path a failed property printed'],
    [{ path: '3:0' }, 'replays a case only together with its seed'],
    [{ numRuns: 0 }, 'The number of property runs must be a positive integer'],
  ])('rejects %j', (settings, message) => {
    expect(() => validatePropertySettings(settings)).toThrow(PropertySettingsError);
    expect(() => validatePropertySettings(settings)).toThrow(message);
  });

  it('accepts a replay of fc.commands', () => {
    expect(validatePropertySettings({ seed: 7, path: '12:0:3@D+/:Bc' })).toEqual({ seed: 7, path: '12:0:3@D+/:Bc' });
  });
});

describe('replay paths', () => {
  it('round-trip with and without commands', () => {
    expect(parseReplayPath(formatReplayPath({ counterexamplePath: '3:0:1' }))).toEqual({ counterexamplePath: '3:0:1' });
    expect(parseReplayPath('3:0:1@AC:B')).toEqual({ counterexamplePath: '3:0:1', commandsReplayPath: 'AC:B' });
    expect(formatReplayPath({ counterexamplePath: '3', commandsReplayPath: 'A:B' })).toBe('3@A:B');
  });
});
