import type { ClauseEvidence } from './clause/clause-evidence.js';
import type { ConformanceTarget } from './target/conformance-target.js';

// What the runner hands to the suites through vitest's provide/inject, and what clauses hand back
// to the reporter through the task meta.
declare module 'vitest' {
  interface ProvidedContext {
    conformanceTarget: ConformanceTarget;
  }
}

// TaskMeta is declared in @vitest/runner, which vitest re-exports.
declare module '@vitest/runner' {
  interface TaskMeta {
    conformance?: ClauseEvidence;
  }
}

export {};
