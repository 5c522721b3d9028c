import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RegistryError, loadClauseRegistry, parseClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import { scanClauseCalls } from '../../src/conformance/registry/scan-suites.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Lists every `clause('ACWL-...'` call in the suite files, with the file relative to the project root. */
function clauseCallsInSuites(): Array<{ id: string; file: string }> {
  return scanClauseCalls().map((call) => ({ id: call.id, file: relative(projectRoot, call.file) }));
}

const validEntry = `
  - id: ACWL-ERR-900
    requirement: A sample requirement for the loader test.
    source: {kind: inference, reference: test data}
    tier: core
    operations: [GetListenerAttribute]
    status: active`;

describe('clause registry', () => {
  it('loads the shipped registry', () => {
    const registry = loadClauseRegistry();

    expect(registry.clauses.length).toBeGreaterThan(0);
    expect(registry.get('ACWL-ERR-001')?.operations).toEqual(['AssociateAdditionalCertificatesWithListener']);
  });

  it('lists every clause used in suites', () => {
    const registry = loadClauseRegistry();

    const unregistered = clauseCallsInSuites().filter((call) => registry.get(call.id) === undefined);

    expect(unregistered).toEqual([]);
  });

  it('has a test for every active clause', () => {
    const used = new Set(clauseCallsInSuites().map((call) => call.id));

    const untested = loadClauseRegistry()
      .clauses.filter((clause) => clause.status === 'active' && !used.has(clause.id))
      .map((clause) => clause.id);

    expect(untested).toEqual([]);
  });

  it('has one test per clause', () => {
    const files = new Map<string, string[]>();
    for (const call of clauseCallsInSuites()) {
      files.set(call.id, [...(files.get(call.id) ?? []), call.file]);
    }

    const repeated = [...files].filter(([, where]) => where.length > 1);

    expect(repeated).toEqual([]);
  });

  it('rejects a duplicate id', () => {
    const text = `clauses:${validEntry}${validEntry}`;

    expect(() => parseClauseRegistry(text, 'test.yaml')).toThrowError(
      /clause id ACWL-ERR-900 appears more than once/,
    );
  });

  it.each([
    ['a malformed id', validEntry.replace('ACWL-ERR-900', 'ACWL-ERRORS-1'), 'registry.clauses[0].id: must match pattern'],
    ['an unknown tier', validEntry.replace('tier: core', 'tier: gold'), 'registry.clauses[0].tier: must be one of "core", "strict", "extended"'],
    ['a missing requirement', validEntry.replace(/ {4}requirement: .*\n/, ''), 'registry.clauses[0].requirement: is required but missing'],
    ['an unknown operation', validEntry.replace('GetListenerAttribute', 'GetListener'), 'registry.clauses[0].operations[0]: must be one of'],
    ['an unknown field', `${validEntry}\n    severity: high`, 'registry.clauses[0].severity: is not a known field'],
    ['an unknown need', `${validEntry}\n    needs: [listener.tcp]`, 'registry.clauses[0].needs[0]'],
    ['a retired clause without reason', validEntry.replace('status: active', 'status: retired'), 'registry.clauses[0].retiredReason: is required but missing'],
  ])('rejects %s', (_case, entry, expectedProblem) => {
    let problems: readonly string[] = [];
    try {
      parseClauseRegistry(`clauses:${entry}`, 'test.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(RegistryError);
      problems = (error as RegistryError).problems;
    }

    expect(problems.join('\n')).toContain(expectedProblem);
  });

  it('accepts a retired clause with a reason', () => {
    const entry = validEntry.replace('status: active', 'status: retired\n    retiredReason: superseded by ACWL-ERR-901');

    const registry = parseClauseRegistry(`clauses:${entry}`, 'test.yaml');

    expect(registry.get('ACWL-ERR-900')?.status).toBe('retired');
  });
});
