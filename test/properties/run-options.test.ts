import { describe, expect, it } from 'vitest';

import { targetArgumentsFor } from '../../src/conformance/cli/rerun-command.js';
import { parseCommandLine } from '../../src/conformance/cli/run-options.js';
import type { RunOptions } from '../../src/conformance/cli/run-options.js';
import { UsageError } from '../../src/conformance/cli/usage-error.js';

function runOptions(args: string[]): RunOptions {
  const command = parseCommandLine(['run', ...args]);
  if (command.kind !== 'run') {
    throw new Error(`expected a run command, got ${command.kind}`);
  }
  return command.options;
}

describe('alb-conformance run property flags', () => {
  it('reads seed, path and runs', () => {
    const options = runOptions(['--clause', 'ACWL-MODEL-002', '--seed', '190145789', '--path', '26@AG:B', '--num-runs', '40']);

    expect(options.seed).toBe(190145789);
    expect(options.path).toBe('26@AG:B');
    expect(options.numRuns).toBe(40);
  });

  it.each([
    [['--seed', 'abc'], '--seed must be a whole number from 0 to 2147483647 in decimal digits, but it is "abc"'],
    [['--num-runs', '0'], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is "0"'],
    [['--clause', 'ACWL-PROP-002', '--path', '3:1'], 'replays a case only together with its seed'],
    [['--seed', '1', '--path', '3:1'], '--path replays one case of one property clause; give exactly one --clause with it'],
    [['--clause', 'ACWL-PROP-002', '--seed', '1', '--path', 'x'], 'The property path must be the path a failed property printed'],
  ])('rejects %j', (args, message) => {
    expect(() => runOptions(args)).toThrow(UsageError);
    expect(() => runOptions(args)).toThrow(message);
  });

  it('names the target flags for replays', () => {
    const options = runOptions(['--endpoint', 'http://127.0.0.1:8080', '--tier', 'core,extended']);

    expect(targetArgumentsFor(options)).toEqual(['--endpoint', 'http://127.0.0.1:8080', '--tier', 'core,extended']);
  });
});
