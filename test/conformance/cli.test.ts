import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../src/conformance/cli/command-line.js';
import { commandsHelpText, helpText } from '../../src/conformance/cli/help-text.js';
import { rerunCommandFor } from '../../src/conformance/cli/rerun-command.js';
import { parseCommandLine, runFlagDefinitions } from '../../src/conformance/cli/run-options.js';

async function runCaptured(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runCommandLine(args, { out: (text) => (out += text), err: (text) => (err += text) }, {});
  return { status, out, err };
}

describe('alb-conformance help', () => {
  it('lists every option', () => {
    for (const [name, definition] of Object.entries(runFlagDefinitions)) {
      expect(helpText).toContain(`--${name}`);
      if ('short' in definition) {
        expect(helpText).toContain(`-${definition.short}, --${name}`);
      }
    }
  });

  it.each([[['run', '--help']], [['run', '-h']]])('prints run help for %j', async (args) => {
    const result = await runCaptured(args);

    expect(result.status).toBe(0);
    expect(result.out).toBe(helpText);
  });

  it.each([[['--help']], [['-h']], [['help']]])('lists the commands for %j', async (args) => {
    const result = await runCaptured(args);

    expect(result.status).toBe(0);
    expect(result.out).toBe(commandsHelpText);
    expect(result.err).toBe('');
  });

  it('names each command on one line', () => {
    const commandLines = commandsHelpText.split('\n').filter((line) => /^  \S/.test(line));

    expect(commandLines.map((line) => line.trim().split(/\s+/)[0])).toEqual(['run', 'fixtures']);
  });

  it('lists the commands as a usage error without arguments', async () => {
    const result = await runCaptured([]);

    expect(result.status).toBe(2);
    expect(result.err).toBe(commandsHelpText);
    expect(result.out).toBe('');
  });
});

describe('alb-conformance usage errors', () => {
  it.each([
    [['test'], 'Unknown command "test": the commands are run and fixtures (alb-conformance --help)'],
    [['run', '--bogus'], "Unknown option '--bogus'"],
    [['run', 'extra'], "Unexpected argument 'extra'"],
    [['run', '--endpoint'], "Option '--endpoint <value>' argument missing"],
    [['run', '--endpoint', '127.0.0.1:8080'], '--endpoint must be a base URL with scheme and host, such as http://127.0.0.1:8080, but it is "127.0.0.1:8080"'],
    [['run', '--endpoint', 'http://127.0.0.1:1', '--region', 'cn-hangzhou'], '--endpoint and --region are mutually exclusive'],
    [['run', '--region', 'Hangzhou'], '--region must be a region id such as cn-hangzhou, but it is "Hangzhou"'],
    [['run', '--tier', 'core,gold'], '--tier: Unknown tier "gold"; the tiers are core, strict, extended'],
    [['run', '--clause', 'ERR-1'], '--clause "ERR-1" is not a clause id; clause ids look like ACWL-ERR-001'],
    [['run', '--clause', 'ACWL-ERR-999'], '--clause names ACWL-ERR-999, which the registry does not list'],
    [['run', '--shard', '4/3'], '--shard must be I/N with 1 <= I <= N, such as 1/3, but it is "4/3"'],
    [['run', '--shard', 'first'], '--shard must be I/N'],
    [['run', '--report-dir', ''], '--report-dir must name a directory, but it is empty'],
    [['run', '--config', '/nonexistent/target.yaml'], 'Cannot read the target configuration /nonexistent/target.yaml'],
    [['run', '--seed', '1e3'], '--seed must be a whole number from 0 to 2147483647 in decimal digits, but it is "1e3"'],
    [['run', '--seed', ' 5'], '--seed must be a whole number from 0 to 2147483647 in decimal digits, but it is " 5"'],
    [['run', '--seed', '2147483648'], '--seed must be a whole number from 0 to 2147483647 in decimal digits, but it is "2147483648"'],
    [['run', '--seed=-1'], '--seed must be a whole number from 0 to 2147483647 in decimal digits, but it is "-1"'],
    [['run', '--num-runs', '0'], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is "0"'],
    [['run', '--num-runs', '100001'], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is "100001"'],
    [['run', '--num-runs', '0x10'], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is "0x10"'],
    [['run', '--num-runs', '5.0'], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is "5.0"'],
    [['run', '--num-runs', ''], '--num-runs must be a whole number from 1 to 100000 in decimal digits, but it is ""'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await runCaptured(args);

    expect(result.status).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toContain('..');
    expect(result.out).toBe('');
  });

  it('names the blocked port of an endpoint', async () => {
    const reportDir = mkdtempSync(join(tmpdir(), 'alb-conformance-reports-'));

    const result = await runCaptured(['run', '--endpoint', 'http://127.0.0.1:1', '--report-dir', reportDir]);

    expect(result.status).toBe(2);
    expect(result.err).toContain(
      'The target http://127.0.0.1:1 cannot be reached because fetch refuses to connect to port 1, a port that the Fetch ' +
        'standard blocks (https://fetch.spec.whatwg.org/#port-blocking). Start the target on another port, such as 8080, and fix --endpoint.',
    );
    expect(result.out).toBe('');
  });

  it('names the bad field of a configuration file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'alb-conformance-config-'));
    const path = join(directory, 'target.yaml');
    writeFileSync(path, 'resources:\n  listeners:\n    https: [lsn-a]\n');

    const result = await runCaptured(['run', '--config', path]);

    expect(result.status).toBe(2);
    expect(result.err).toContain(`Invalid target configuration ${path}:\n  config.resources.listeners.https: must be string`);
  });
});

describe('parseCommandLine', () => {
  it('accepts repeated and comma-separated clauses', () => {
    const command = parseCommandLine(['run', '--clause', 'ACWL-ERR-001,ACWL-VAL-001', '--clause', 'ACWL-ERR-001', '--shard', '2/3']);

    expect(command).toEqual({
      kind: 'run',
      options: { clauseIds: ['ACWL-ERR-001', 'ACWL-VAL-001'], reportDir: 'reports', shard: { index: 2, count: 3 } },
    });
  });
});

describe('parseCommandLine bounds', () => {
  it('accepts the largest seed and run count', () => {
    const command = parseCommandLine(['run', '--seed', '2147483647', '--num-runs', '100000']);

    expect(command).toEqual({ kind: 'run', options: { clauseIds: [], reportDir: 'reports', seed: 2147483647, numRuns: 100000 } });
  });

  it('accepts the smallest seed and run count', () => {
    const command = parseCommandLine(['run', '--seed', '0', '--num-runs', '1']);

    expect(command).toEqual({ kind: 'run', options: { clauseIds: [], reportDir: 'reports', seed: 0, numRuns: 1 } });
  });
});

describe('rerunCommandFor', () => {
  it('repeats the target flags', () => {
    const command = rerunCommandFor(
      { endpoint: 'http://127.0.0.1:8080', configPath: 'my targets/ci.yaml', tiers: ['core', 'extended'], clauseIds: [], reportDir: 'reports' },
      'ACWL-ERR-001',
    );

    expect(command).toBe("npx alb-conformance run --endpoint http://127.0.0.1:8080 --config 'my targets/ci.yaml' --tier core,extended --clause ACWL-ERR-001");
  });
});
