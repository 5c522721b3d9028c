import type { ClauseEvidence } from '../../src/conformance/clause/clause-evidence.js';
import type { ConformanceTarget } from '../../src/conformance/target/conformance-target.js';

// What the runner hands to the suites through vitest's provide/inject, and what clauses hand back
// to the reporter through the task meta.
declare module 'vitest' {
  interface ProvidedContext {
    conformanceTarget: ConformanceTarget;
  }

  interface TaskMeta {
    conformance?: ClauseEvidence;
  }
}

export {};
