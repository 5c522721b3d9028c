import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCommandLine } from '../../src/conformance/cli/command-line.js';

async function runCaptured(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runCommandLine(args, { out: (text) => (out += text), err: (text) => (err += text) }, {});

  return { status, out, err };
}

function createFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'alb-attack-')), 'not-a-directory');
  writeFileSync(path, 'a file where the reports should go\n');

  return path;
}

describe('runner report directory', () => {
  it('exits 2 before any clause when --report-dir is a file', async () => {
    const file = createFile();

    const result = await runCaptured(['run', '--clause', 'ACWL-VAL-001', '--report-dir', file]);

    expect(result.status).toBe(2);
    expect(result.err).toContain(`--report-dir ${file} cannot be used: ${file} is a file, not a directory`);
    expect(result.out).toBe('');
  });

  it('exits 2 before any clause when --report-dir is below a file', async () => {
    const file = createFile();
    const below = join(file, 'reports');

    const result = await runCaptured(['run', '--clause', 'ACWL-VAL-001', '--report-dir', below]);

    expect(result.status).toBe(2);
    expect(result.err).toContain(`--report-dir ${below} cannot be used: ${file} is a file, not a directory`);
    expect(result.out).toBe('');
  });

  // Node 20.20's recursive mkdir loops forever on procfs, which returns ENOENT for any new entry.
  it.skipIf(!existsSync('/proc/self'))('exits 2 for a --report-dir under /proc', async () => {
    const result = await runCaptured(['run', '--clause', 'ACWL-VAL-001', '--report-dir', '/proc/alb-conformance-reports']);

    expect(result.status).toBe(2);
    expect(result.err).toContain('--report-dir /proc/alb-conformance-reports cannot be created');
    expect(result.out).toBe('');
  });
});
