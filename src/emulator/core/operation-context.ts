import type { JobEffect, JobOperateType, JobRecord, JobStore } from './jobs.js';
import type { PageTokenCodec } from './page-token.js';
import type { AccessKeyRecord, EmulatorState } from './state.js';

/** The identity of the caller, as the HTTP layer authenticated it. */
export interface Caller {
  accountId: string;
  accessKeyId: string;
  /** Undefined when the access key is not in the seed (direct callers of the core). */
  accessKey: AccessKeyRecord | undefined;
}

/** Everything an operation handler reads or changes. Handlers run synchronously from check to change. */
export interface OperationContext {
  state: EmulatorState;
  jobs: JobStore;
  pageTokens: PageTokenCodec;
  caller: Caller;
  /** The clock's time when the handler started, in epoch milliseconds. */
  now: number;
  newId(): string;
  /** Creates and stores a Processing job on a listener. */
  startJob(spec: { apiName: string; listenerId: string; operateType: JobOperateType; effect: JobEffect }): JobRecord;
}

export type OperationHandler = (context: OperationContext, request: Record<string, unknown>) => Record<string, unknown>;
