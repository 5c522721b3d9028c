import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const committedDir = join(repositoryRoot, 'generated');
const staleMessage = 'generated/ is stale: run npm run generate';

describe('generated/', () => {
  const freshDir = mkdtempSync(join(tmpdir(), 'alb-generated-'));
  afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--out', freshDir], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  });

  it('regenerates without error', () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it('contains exactly the generated files', () => {
    expect(readdirSync(committedDir).sort(), staleMessage).toEqual(readdirSync(freshDir).sort());
  });

  it.each(readdirSync(freshDir).sort())('matches a fresh %s byte for byte', (name) => {
    const fresh = readFileSync(join(freshDir, name));
    const committed = readFileSync(join(committedDir, name));

    expect(committed.equals(fresh), `${staleMessage} (${name} differs)`).toBe(true);
  });
});
