import type { ClauseDefinition } from '../registry/clause-types.js';
import type { ConformanceTarget } from '../target/conformance-target.js';
import type { Credentials } from '../wire-contract.js';
import type { ClauseEvidence } from './clause-evidence.js';
import type { ClauseContext, ClauseRuntime, TargetView } from './clause-context.js';
import type { ConformanceClient } from './conformance-client.js';
import { createConformanceClient } from './conformance-client.js';
import { ClauseExpectationError, expectError, expectOk } from './expectations.js';
import { EvidenceRecorder } from './evidence-recorder.js';
import { findListedJob } from './listed-job.js';
import { listAllListenerCertificates } from './listener-certificates.js';
import { captureListenerCertificates } from './restore-listener-certificates.js';
import { systemPollingClock, waitFor } from './wait-for.js';

/** The outcome of a clause body and its cleanups. `error` is what the clause fails with, if anything. */
export interface ClauseOutcome {
  readonly evidence: ClauseEvidence;
  readonly error?: unknown;
}

interface Cleanup {
  readonly describe: string;
  readonly run: () => Promise<void>;
}

/** Limits of a clause run. */
export interface ClauseRunLimits {
  /** Time the body may take; after it, the body's waits stop and the cleanups run. */
  readonly bodyTimeoutMs: number;
  /** Time a timed-out body gets to finish its requests in flight before the cleanups start. */
  readonly settleMs: number;
}

/** Raised in a clause body that ran out of time. */
export class ClauseTimeoutError extends Error {
  constructor(clauseId: string, timeoutMs: number) {
    super(`Clause ${clauseId} did not finish within ${timeoutMs} ms; its waits were stopped and its cleanups ran`);
    this.name = 'ClauseTimeoutError';
  }
}

/**
 * Runs a clause body with its context, then its cleanups in reverse order, and collects the evidence.
 * A failing cleanup fails a clause that passed. When the body failed too, the clause keeps the body's
 * error and the evidence gets the cleanup error.
 */
export async function runClause(
  clause: ClauseDefinition,
  target: ConformanceTarget,
  runtime: ClauseRuntime,
  body: (context: ClauseContext) => Promise<void>,
  limits: ClauseRunLimits = { bodyTimeoutMs: target.polling.deadlineMs * 3 + 30_000, settleMs: 15_000 },
): Promise<ClauseOutcome> {
  const recorder = new EvidenceRecorder(clause.id);
  const cleanups: Cleanup[] = [];
  const bodyTimeout = new AbortController();
  const context = createClauseContext(clause, target, runtime, recorder, cleanups, bodyTimeout.signal);

  let error: unknown;
  try {
    await runBodyWithTimeout(clause.id, () => body(context), bodyTimeout, limits);
  } catch (bodyError) {
    error = bodyError;
    recorder.recordFailure(describeFailure(bodyError));
  }

  recorder.phase = 'cleanup';
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup.run();
    } catch (cleanupError) {
      const message = `Cleanup "${cleanup.describe}" failed: ${errorMessage(cleanupError)}`;
      recorder.recordCleanupError(message);
      if (error === undefined) {
        error = new Error(`${message}. The target may not hold what it held before this clause.`);
        recorder.recordFailure({ message });
      }
    }
  }

  return error === undefined ? { evidence: recorder.toEvidence() } : { evidence: recorder.toEvidence(), error };
}

/**
 * Runs the body until it settles or its time is up. On timeout, the signal stops the body's waits,
 * and the body gets `settleMs` to finish its requests in flight, so that they do not overlap the cleanups.
 */
async function runBodyWithTimeout(
  clauseId: string,
  run: () => Promise<void>,
  bodyTimeout: AbortController,
  limits: ClauseRunLimits,
): Promise<void> {
  const running = run();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), limits.bodyTimeoutMs);
  });

  try {
    const first = await Promise.race([running, timedOut]);
    if (first !== 'timed out') {
      return;
    }
  } finally {
    clearTimeout(timer);
  }

  bodyTimeout.abort();
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, limits.settleMs).unref())]);
  throw new ClauseTimeoutError(clauseId, limits.bodyTimeoutMs);
}

function createClauseContext(
  clause: ClauseDefinition,
  target: ConformanceTarget,
  runtime: ClauseRuntime,
  recorder: EvidenceRecorder,
  cleanups: Cleanup[],
  bodySignal: AbortSignal,
): ClauseContext {
  const secrets = collectSecrets(target);
  const clock = runtime.clock ?? systemPollingClock;
  const makeClient = (credentials: Credentials): ConformanceClient =>
    createConformanceClient({
      rpcClient: runtime.createRpcClient(credentials),
      validators: runtime.validators,
      recorder,
      secrets: [...secrets, credentials.accessKeySecret, ...(credentials.securityToken ? [credentials.securityToken] : [])],
    });
  const client = makeClient(target.credentials.default);

  return {
    clause,
    target: viewOf(target),
    resources: target.resources,
    polling: target.polling,
    client,

    clientFor(role, options = {}) {
      const credentials = target.credentials[role];
      if (credentials === undefined) {
        throw new Error(`Clause ${clause.id} uses the ${role} credentials, but the target has none; add ${role}Credentials to its needs`);
      }
      if (options.omitSecurityToken) {
        const { securityToken: _securityToken, ...withoutToken } = credentials;
        return makeClient(withoutToken);
      }
      return makeClient(credentials);
    },
    clientWith: makeClient,

    listener(role) {
      return requireResource(target.resources.listeners[role], `listener.${role}`, clause.id);
    },
    certificate(role) {
      return requireResource(target.resources.certificates[role], `certificate.${role}`, clause.id);
    },
    freeCertificates(count) {
      const free = target.resources.certificates.free;
      if (free.length < count) {
        throw new Error(`Clause ${clause.id} uses ${count} free certificates, but the target lists ${free.length}; add freeCertificates.${count} to its needs`);
      }
      return free.slice(0, count);
    },

    expectError,
    expectOk,

    waitFor: (probe, options) =>
      waitFor(probe, options, target.polling, recorder, clock, bodySignal, (jobId) => findListedJob(client, jobId)),
    listListenerCertificates: (listenerId) => listAllListenerCertificates(client, listenerId),

    onCleanup(describe, run) {
      cleanups.push({ describe, run });
    },
    async restoreListenerCertificates(listenerId) {
      const restore = await captureListenerCertificates(listenerId, { client, polling: target.polling, recorder, clock });
      cleanups.push({ describe: `restore the additional certificates of listener ${listenerId}`, run: restore });
    },

    note: (text) => recorder.recordNote(text),
  };
}

function viewOf(target: ConformanceTarget): TargetView {
  const { credentials, ...rest } = target;
  return { ...rest, credentialRoles: Object.keys(credentials) };
}

function collectSecrets(target: ConformanceTarget): string[] {
  const secrets: string[] = [];
  for (const credentials of Object.values(target.credentials)) {
    if (credentials === undefined) {
      continue;
    }
    secrets.push(credentials.accessKeySecret);
    if (credentials.securityToken) {
      secrets.push(credentials.securityToken);
    }
  }
  return secrets;
}

function requireResource(value: string | undefined, need: string, clauseId: string): string {
  if (value === undefined) {
    throw new Error(`Clause ${clauseId} uses ${need}, but the target configuration has none; add ${need} to its needs`);
  }
  return value;
}

function describeFailure(error: unknown): { message: string; expected?: unknown; received?: unknown } {
  if (error instanceof ClauseExpectationError) {
    return { message: error.message, expected: error.expected, received: error.actual };
  }
  if (error instanceof Error && 'expected' in error && 'actual' in error) {
    // An assertion error of vitest's expect, which carries both values.
    return { message: error.message, expected: error.expected, received: error.actual };
  }
  return { message: errorMessage(error) };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
