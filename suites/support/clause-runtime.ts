import type { ClauseRuntime } from '../../src/conformance/clause/clause-context.js';
import { specValidators } from '../../src/conformance/clause/spec-validators.js';
import type { ConformanceTarget } from '../../src/conformance/target/conformance-target.js';
import { wireClientFactory } from '../../src/conformance/target/wire-client-factory.js';

/** Creates the runtime of clauses in a test worker: real wire clients on the target and the spec's validators. */
export function createClauseRuntime(target: ConformanceTarget): ClauseRuntime {
  return { createRpcClient: wireClientFactory(target), validators: specValidators };
}
