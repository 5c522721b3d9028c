import { readFileSync } from 'node:fs';

import { expect } from 'vitest';

import {
  ApiError,
  ManualClock,
  createEmulatorCore,
  defaultSeedPath,
  loadSeed,
  type EmulatorCore,
  type EmulatorCoreOptions,
  type Seed,
} from '../../../src/emulator/core/index.js';

export const accountId = '1234567890123456';
export const accessKeyId = 'local-access-key-id';
export const restrictedAccessKeyId = 'local-restricted-access-key-id';
export const otherAccountId = '6543210987654321';
export const otherAccessKeyId = 'other-access-key-id';

export const httpsListenerId = 'lsn-https-standard-01';
export const basicListenerId = 'lsn-https-basic-01';
export const defaultCertificateId = '20000000-cn-hangzhou';

/** Certificate `20000000 + n` of the default seed. */
export function certificate(n: number): string {
  return `${20000000 + n}-cn-hangzhou`;
}

/** Loads the default seed and adds a second account that owns nothing, for cross-account checks. */
export function defaultSeed(): Seed {
  const seed = loadSeed(readFileSync(defaultSeedPath, 'utf8'), 'yaml');
  seed.accounts.push({
    accountId: otherAccountId,
    accessKeys: [{ accessKeyId: otherAccessKeyId, accessKeySecret: 'other-access-key-secret' }],
  });
  return seed;
}

export interface Harness {
  core: EmulatorCore;
  clock: ManualClock;
  /** Invokes an action as the default access key unless `as` names another one. */
  call(action: string, request: Record<string, unknown>, as?: string): Promise<Record<string, unknown>>;
}

let requestCounter = 0;

export function createHarness(options: Partial<EmulatorCoreOptions> = {}): Harness {
  const clock = options.clock instanceof ManualClock ? options.clock : new ManualClock(1_800_000_000_000);
  let jobCounter = 0;
  const core = createEmulatorCore({
    seed: defaultSeed(),
    jobDurationMs: 5000,
    idGenerator: () => {
      jobCounter += 1;
      return `00000000-0000-4000-8000-${String(jobCounter).padStart(12, '0')}`;
    },
    ...options,
    clock,
  });

  const call = (action: string, request: Record<string, unknown>, as = accessKeyId) => {
    requestCounter += 1;
    const caller = as === otherAccessKeyId ? otherAccountId : accountId;
    return core.invoke({ action, request, requestId: `REQUEST-${requestCounter}`, accountId: caller, accessKeyId: as });
  };

  return { core, clock, call };
}

/** Awaits a rejection and checks that it is the ApiError with this code, HTTP status and message. */
export async function expectApiError(
  pending: Promise<unknown>,
  code: string,
  httpStatus: number,
  message: string,
): Promise<void> {
  const error: unknown = await pending.then(
    (body) => {
      throw new Error(`expected ${code}, but the call succeeded with ${JSON.stringify(body)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  expect((error as ApiError).httpStatus).toBe(httpStatus);
  expect((error as ApiError).message).toBe(message);
}

export function associate(harness: Harness, listenerId: string, certificateIds: string[], extra: Record<string, unknown> = {}) {
  return harness.call('AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: certificateIds.map((id) => ({ CertificateId: id })),
    ...extra,
  });
}

export function dissociate(harness: Harness, listenerId: string, certificateIds: string[], extra: Record<string, unknown> = {}) {
  return harness.call('DissociateAdditionalCertificatesFromListener', {
    ListenerId: listenerId,
    Certificates: certificateIds.map((id) => ({ CertificateId: id })),
    ...extra,
  });
}

/** Lists the listener's certificates as `id:status` strings, in listing order (default first). */
export async function certificateStatuses(harness: Harness, listenerId: string): Promise<string[]> {
  const body = await harness.call('ListListenerCertificates', { ListenerId: listenerId, MaxResults: 100 });
  const certificates = body.Certificates as { CertificateId: string; Status: string }[];
  return certificates.map((item) => `${item.CertificateId}:${item.Status}`);
}

export async function listenerStatus(harness: Harness, listenerId: string): Promise<string> {
  const body = await harness.call('GetListenerAttribute', { ListenerId: listenerId });
  return body.ListenerStatus as string;
}

export async function jobStatus(harness: Harness, jobId: string): Promise<Record<string, unknown>> {
  const body = await harness.call('ListAsynJobs', { JobIds: [jobId] });
  const jobs = body.Jobs as Record<string, unknown>[];
  expect(jobs).toHaveLength(1);
  return jobs[0] as Record<string, unknown>;
}
