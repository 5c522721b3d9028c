import { randomUUID } from 'node:crypto';

import { apiNotFound } from './business-errors.js';
import { ClientTokenStore, type TokenDecision } from './client-token-store.js';
import { systemClock, type Clock } from './clock.js';
import { completeJob } from './job-completion.js';
import { JobStore, type JobRecord } from './jobs.js';
import type { OperationContext } from './operation-context.js';
import { operationRegistry } from './operation-registry.js';
import { PageTokenCodec } from './page-token.js';
import { createSeededRandom } from './random-source.js';
import { optionalString } from './request-fields.js';
import type { Seed } from './seed-types.js';
import { takeSnapshot, type EmulatorSnapshot } from './snapshot.js';
import { createState } from './state.js';

export interface EmulatorCoreOptions {
  /** A validated seed (see loadSeed); the core takes its own copy of the data. */
  seed: Seed;
  clock?: Clock;
  /** How long a job stays Processing, in milliseconds; 0 finishes it at the next call. Default 5000. */
  jobDurationMs?: number;
  /**
   * How long a request with a new ClientToken waits, in milliseconds, between marking the token in flight
   * and running. Requests without a token, replays and DryRun requests do not wait. Default 0.
   */
  acceptLatencyMs?: number;
  faults?: {
    /** The share of jobs, from 0 to 1, that end Failed with their change rolled back. Default 0. */
    jobFailureRate?: number;
    /** Seed of the generator that picks the failing jobs. Default 1. */
    randomSeed?: number;
  };
  /** Makes job ids (and the ids of created listeners); defaults to random UUIDs. */
  idGenerator?: () => string;
}

/** One API call, authenticated and validated by the HTTP layer. */
export interface CoreCall {
  action: string;
  request: Record<string, unknown>;
  requestId: string;
  accountId: string;
  accessKeyId: string;
}

export interface AccessKeyLookup {
  accessKeySecret: string;
  securityToken?: string;
  accountId: string;
}

export interface EmulatorCore {
  /** Resolves with the 200 response body (RequestId included) or rejects with ApiError. */
  invoke(call: CoreCall): Promise<Record<string, unknown>>;
  lookupAccessKey(accessKeyId: string): AccessKeyLookup | undefined;
  readonly clock: Clock;
  snapshot(): EmulatorSnapshot;
  /** Applies every job whose end time has come; invoke and snapshot call it first. */
  settle(): void;
}

export function createEmulatorCore(options: EmulatorCoreOptions): EmulatorCore {
  const clock = options.clock ?? systemClock;
  const jobDurationMs = options.jobDurationMs ?? 5000;
  const acceptLatencyMs = options.acceptLatencyMs ?? 0;
  const jobFailureRate = options.faults?.jobFailureRate ?? 0;
  const random = createSeededRandom(options.faults?.randomSeed ?? 1);
  const newId = options.idGenerator ?? (() => randomUUID());
  validateOptions(jobDurationMs, acceptLatencyMs, jobFailureRate);

  const state = createState(structuredClone(options.seed));
  const jobs = new JobStore();
  const clientTokens = new ClientTokenStore();
  const pageTokens = new PageTokenCodec();

  const settle = () => {
    jobs.finishDue(clock.now(), jobDurationMs, (job, endTime) => completeJob(state, job, endTime));
  };

  const createContext = (call: CoreCall): OperationContext => {
    const now = clock.now();
    const context: OperationContext = {
      state,
      jobs,
      pageTokens,
      caller: { accountId: call.accountId, accessKeyId: call.accessKeyId, accessKey: state.accessKeys.get(call.accessKeyId) },
      now,
      newId,
      startJob: (spec) => {
        const job: JobRecord = {
          id: newId(),
          accountId: call.accountId,
          apiName: spec.apiName,
          resourceType: 'listener',
          resourceId: spec.listenerId,
          operateType: spec.operateType,
          status: 'Processing',
          createTime: now,
          modifyTime: now,
          failureInjected: jobFailureRate > 0 && random() < jobFailureRate,
          effect: spec.effect,
        };
        jobs.add(job);
        const listener = state.listeners.get(spec.listenerId);
        if (listener !== undefined) {
          listener.activeJobId = job.id;
        }
        return job;
      },
    };
    return context;
  };

  const invoke = async (call: CoreCall): Promise<Record<string, unknown>> => {
    const operation = operationRegistry.get(call.action);
    if (operation === undefined) {
      throw apiNotFound();
    }
    settle();

    // ClientToken requests are marked in flight before the accept latency, so a duplicate sent meanwhile
    // gets IdempotenceProcessing. DryRun requests are never remembered, so they bypass the store.
    const clientToken = operation.mutating && call.request.DryRun !== true ? optionalString(call.request, 'ClientToken') : undefined;
    let decision: TokenDecision | undefined;
    if (clientToken !== undefined && clientToken !== '') {
      decision = clientTokens.begin(call.accountId, call.action, clientToken, call.request);
      if (decision.kind === 'replay') {
        return { RequestId: call.requestId, ...decision.response };
      }
    }

    try {
      // Only a request that marked a new ClientToken in flight waits, because other requests cannot collide.
      if (acceptLatencyMs > 0 && decision?.kind === 'new') {
        await clock.sleep(acceptLatencyMs);
      }

      // From here to the return there is no await: the checks and the change run as one step, so
      // concurrent requests end as some serial order would.
      settle();
      const body = operation.handle(createContext(call), call.request);
      if (decision?.kind === 'new') {
        clientTokens.complete(decision.key, body);
      }
      return { RequestId: call.requestId, ...body };
    } catch (error) {
      if (decision?.kind === 'new') {
        clientTokens.abandon(decision.key);
      }
      throw error;
    }
  };

  return {
    invoke,
    lookupAccessKey: (accessKeyId) => {
      const key = state.accessKeys.get(accessKeyId);
      if (key === undefined) {
        return undefined;
      }
      return {
        accessKeySecret: key.accessKeySecret,
        ...(key.securityToken === undefined ? {} : { securityToken: key.securityToken }),
        accountId: key.accountId,
      };
    },
    clock,
    snapshot: () => {
      settle();
      return takeSnapshot(state, jobs, clientTokens.size);
    },
    settle,
  };
}

function validateOptions(jobDurationMs: number, acceptLatencyMs: number, jobFailureRate: number): void {
  if (!Number.isFinite(jobDurationMs) || jobDurationMs < 0) {
    throw new RangeError(`jobDurationMs must be a number of milliseconds >= 0, got ${jobDurationMs}`);
  }
  if (!Number.isFinite(acceptLatencyMs) || acceptLatencyMs < 0) {
    throw new RangeError(`acceptLatencyMs must be a number of milliseconds >= 0, got ${acceptLatencyMs}`);
  }
  if (!(jobFailureRate >= 0 && jobFailureRate <= 1)) {
    throw new RangeError(`faults.jobFailureRate must be from 0 to 1, got ${jobFailureRate}`);
  }
}
