import type { ClauseDefinition } from '../../../src/conformance/registry/clause-types.js';

/** Creates a registry clause for unit tests, with `overrides` applied. */
export function sampleClause(overrides: Partial<ClauseDefinition> = {}): ClauseDefinition {
  return {
    id: 'ACWL-ERR-900',
    requirement: 'A sample requirement.',
    source: { kind: 'inference', reference: 'test' },
    tier: 'core',
    operations: ['GetListenerAttribute'],
    errorCodes: [],
    transitions: [],
    needs: [],
    status: 'active',
    ...overrides,
  };
}
