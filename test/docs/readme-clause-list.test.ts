import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderClauseList, replaceClauseList } from '../../src/conformance/docs/clause-list.js';
import { createRegistry, loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';

const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));

describe('README clause list', () => {
  it('matches the clause registry', () => {
    const readme = readFileSync(readmePath, 'utf8');

    const expected = replaceClauseList(readme, renderClauseList(loadClauseRegistry()));

    // On failure: run `npm run clause-list` and commit README.md.
    expect(readme).toBe(expected);
  });

  it('lists every active clause id', () => {
    const readme = readFileSync(readmePath, 'utf8');

    for (const clause of loadClauseRegistry().clauses) {
      expect(readme).toContain(`| ${clause.id} |`);
    }
  });

  it('escapes pipes in requirements', () => {
    const registry = createRegistry([
      {
        id: 'ACWL-VAL-999',
        requirement: 'A | B',
        source: { kind: 'inference', reference: 'test' },
        tier: 'core',
        operations: [],
        errorCodes: [],
        transitions: [],
        needs: [],
        status: 'active',
      },
    ]);

    expect(renderClauseList(registry)).toContain('| ACWL-VAL-999 | core | A \\| B |');
  });

  it('rejects a README without markers', () => {
    expect(() => replaceClauseList('# Title\n', 'list')).toThrow(/no clause-list markers/);
  });
});
