import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import { findXmlProblem } from './helpers/check-well-formed-xml.js';
import { runConformance, runConformanceCommand } from './support/run-conformance-command.js';

const emulatorSecret = 'local-access-key-secret';

/** The clauses that prove the framework, one per area; each must pass on the emulator. */
const seedClauseIds = [
  'ACWL-VAL-001',
  'ACWL-ERR-001',
  'ACWL-ASYNC-001',
  'ACWL-IDEM-001',
  'ACWL-DRY-001',
  'ACWL-AUTH-001',
  'ACWL-SCHEMA-001',
  'ACWL-PROP-001',
  'ACWL-MODEL-001',
];

function reportDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'alb-conformance-e2e-'));
}

/**
 * Starts a proxy in front of the emulator that turns the 404 of ResourceNotFound.Listener into a 400,
 * so the clause that checks that status fails. Headers pass through unchanged, so signatures still verify.
 */
async function startStatusRewritingProxy(emulatorUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(emulatorUrl);
  const server = http.createServer((request, response) => {
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
      (upstreamResponse) => {
        const chunks: Buffer[] = [];
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamResponse.on('end', () => {
          const body = Buffer.concat(chunks).toString();
          const rewrite = body.includes('"ResourceNotFound.Listener"');
          response.writeHead(rewrite ? 400 : (upstreamResponse.statusCode ?? 502), { 'content-type': 'application/json' });
          response.end(body);
        });
      },
    );
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('alb-conformance run', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;

  beforeAll(async () => {
    emulator = await startEmulator({ host: '127.0.0.1', port: 0, jobDurationMs: 200, logger: false });
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('passes every clause on the embedded emulator', async () => {
    const directory = reportDirectory();

    const result = await runConformanceCommand(['run', '--tier', 'core,strict,extended', '--report-dir', directory]);

    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => /^FAIL |run errors/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    for (const id of seedClauseIds) {
      expect(result.stdout).toMatch(new RegExp(`^PASS ${id} +\\d+ ms$`, 'm'));
    }
    expect(result.stdout).toContain('Summary by area');

    expect(readdirSync(directory).sort()).toEqual(['coverage.md', 'junit.xml', 'report.html', 'report.json']);
    const report = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as {
      clauses: Array<{ id: string; status: string; skipReason?: string; evidence: { calls: unknown[] } }>;
    };
    const active = loadClauseRegistry().clauses.filter((clause) => clause.status === 'active');
    expect(report.clauses.map((clause) => clause.id).sort()).toEqual(active.map((clause) => clause.id).sort());
    for (const clause of report.clauses) {
      expect(clause.status === 'passed' ? clause.evidence.calls.length > 0 : clause.skipReason).toBeTruthy();
    }
    expect(findXmlProblem(readFileSync(join(directory, 'junit.xml'), 'utf8'))).toBeUndefined();
  }, 300_000);

  it('reports a failing clause with a rerun command', async () => {
    const proxy = await startStatusRewritingProxy(emulator.url);
    const directory = reportDirectory();
    try {
      const result = await runConformanceCommand(['run', '--endpoint', proxy.url, '--clause', 'ACWL-ERR-001', '--report-dir', directory]);

      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^FAIL ACWL-ERR-001 +\d+ ms$/m);
      expect(result.stdout).toContain('Expected error ResourceNotFound.Listener, but received HTTP 400 instead of 404');
      expect(result.stdout).toContain('  Response: HTTP 400');
      expect(result.stdout).toContain(`  Rerun: npx alb-conformance run --endpoint ${proxy.url} --clause ACWL-ERR-001`);
      expect(result.stdout).toContain('Total: 0 passed, 1 failed, 0 skipped');
      expect(result.stdout).not.toContain(emulatorSecret);
      for (const file of readdirSync(directory)) {
        expect(readFileSync(join(directory, file), 'utf8')).not.toContain(emulatorSecret);
      }
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('fails the in-flight clause when the declared window does not exist', async () => {
    // The emulator runs every request at once, so the second copy is replayed instead of rejected.
    const configPath = join(reportDirectory(), 'target.yaml');
    writeFileSync(configPath, ['tiers: [extended]', 'idempotence: {inFlightWindowMs: 200}', ''].join('\n'));

    const run = await runConformance(['--endpoint', emulator.url, '--config', configPath, '--clause', 'ACWL-IDEM-010']);

    expect(run.clauses.map((clause) => [clause.id, clause.status])).toEqual([['ACWL-IDEM-010', 'failed']]);
    expect(run.stdout).toMatch(/Expected one copy to return a JobId and the other IdempotenceProcessing.* but received JobId (\S+) and JobId \1/);
    expect(run.status).toBe(1);
  }, 60_000);

  it('skips the in-flight clause on an endpoint that declares no window', async () => {
    const run = await runConformance(['--endpoint', emulator.url, '--clause', 'ACWL-IDEM-010']);

    expect(run.clauses).toEqual([
      expect.objectContaining({ id: 'ACWL-IDEM-010', status: 'skipped', skipReason: expect.stringContaining('needs inFlightWindow') }),
    ]);
    expect(run.status).toBe(0);
  }, 60_000);

  it.each([
    [['--seed', '42', '--num-runs', '3'], 'fast-check seed 42: 3 cases passed.'],
    [['--seed', '42', '--path', '0'], 'Replayed seed 42, path 0: the case passed.'],
  ])('runs the pagination property with %j', async (propertyFlags, note) => {
    const run = await runConformance(['--clause', 'ACWL-PROP-001', ...propertyFlags]);

    expect(run.clauses.map((clause) => [clause.id, clause.status])).toEqual([['ACWL-PROP-001', 'passed']]);
    expect(run.clauses[0]?.evidence.notes).toEqual([note]);
  }, 60_000);

  it('exits 2 naming a report path it cannot write', async () => {
    const directory = reportDirectory();
    mkdirSync(join(directory, 'report.json'));

    const result = await runConformanceCommand(['run', '--clause', 'ACWL-VAL-001', '--report-dir', directory]);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'alb-conformance: Failed to write the reports after the run:\n' +
        `  ${join(directory, 'report.json')}: EISDIR: illegal operation on a directory, open '${join(directory, 'report.json')}'\n` +
        'Free disk space or fix the paths (a report path must not be a directory), then run again.\n',
    );
    expect(result.stdout).toMatch(/^PASS ACWL-VAL-001 +\d+ ms$/m);
    expect(result.stdout).toContain(`Reports: ${join(directory, 'junit.xml')}, ${join(directory, 'report.html')}, ${join(directory, 'coverage.md')}`);
  }, 60_000);

  it('stops before any clause when the endpoint is unreachable', async () => {
    const port = await closedPort();

    const result = await runConformanceCommand(['run', '--endpoint', `http://127.0.0.1:${port}`, '--report-dir', reportDirectory()]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Pre-flight check of endpoint http://127.0.0.1:${port} (region cn-hangzhou) failed`);
    expect(result.stderr).toContain('The target is unreachable');
    expect(result.stdout).not.toMatch(/^(PASS|FAIL) /m);
  }, 60_000);

  it('stops before any clause when a listener has the wrong protocol', async () => {
    const configPath = join(reportDirectory(), 'target.yaml');
    writeFileSync(
      configPath,
      [`endpoint: ${emulator.url}`, 'resources:', '  listeners:', '    https: lsn-https-standard-01', '    quic: lsn-https-standard-01'].join('\n'),
    );

    const result = await runConformanceCommand(['run', '--config', configPath, '--report-dir', reportDirectory()]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'resources.listeners.quic: listener lsn-https-standard-01 is HTTPS, but the quic role needs a QUIC listener',
    );
  }, 60_000);

  it('exits 2 with the message for a usage error', async () => {
    const result = await runConformanceCommand(['run', '--tier', 'gold']);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe('alb-conformance: --tier: Unknown tier "gold"; the tiers are core, strict, extended\n');
  }, 60_000);
});
