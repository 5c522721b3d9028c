import { test } from 'vitest';
import type { ClauseContext } from '../../src/conformance/clause/clause-context.js';
import { runClause } from '../../src/conformance/clause/clause-run.js';
import { loadClauseRegistry } from '../../src/conformance/registry/load-registry.js';
import { reasonToSkip } from '../../src/conformance/target/needs.js';
import { createClauseRuntime } from './clause-runtime.js';
import { currentTarget } from './current-target.js';
import '../../src/conformance/vitest-context.js';

/** Time a clause body may take on top of its waits, for its calls. */
const bodyMarginMs = 30_000;

/** Time a timed-out body gets to finish its requests in flight before the cleanups run. */
const settleMs = 15_000;

/**
 * Registers the test of a registry clause, named `<id> <requirement>`.
 * The test is skipped, with the reason in the report, when the clause is retired, its tier is not
 * selected, or the target lacks what it needs. The body gets a context with the target's clients,
 * which validate every response against the spec and record it, and with expectations, `waitFor`
 * and cleanup helpers. The evidence goes to the reporter through the task meta.
 */
export function clause(id: string, body: (context: ClauseContext) => Promise<void>): void {
  const definition = loadClauseRegistry().get(id);
  if (definition === undefined) {
    throw new Error(`Clause ${id} is not in suites/registry/clauses.yaml; add an entry for it with the next free number`);
  }

  const target = currentTarget();
  const limits = { bodyTimeoutMs: target.polling.deadlineMs * 3 + bodyMarginMs, settleMs };
  // The test timeout leaves room for the cleanups after a timed-out body, so they always run.
  const timeout = limits.bodyTimeoutMs + settleMs + target.polling.deadlineMs * 3 + bodyMarginMs;

  test(`${id} ${definition.requirement}`, { timeout }, async (testContext) => {
    const skipReason = reasonToSkip(definition, target);
    if (skipReason !== undefined) {
      testContext.task.meta.conformance = emptyEvidence(id);
      testContext.skip(skipReason);
      return;
    }

    const outcome = await runClause(definition, target, createClauseRuntime(target), body, limits);
    testContext.task.meta.conformance = outcome.evidence;
    if (outcome.error !== undefined) {
      throw outcome.error;
    }
  });
}

function emptyEvidence(clauseId: string) {
  return { clauseId, calls: [], failures: [], waits: [], notes: [], cleanupErrors: [] };
}
