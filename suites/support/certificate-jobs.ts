import { expect } from 'vitest';
import type { ListedJob } from '../../src/conformance/clause/listed-job.js';
import { JobFailedError } from '../../src/conformance/clause/listed-job.js';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import type { ClauseContext, ConformanceClient, ListedCertificate } from './index.js';

// Steps that many clauses share: start a certificate job, wait for it to finish, read a status.
// Clauses wait for the job itself (ListAsynJobs) rather than for the certificate's Status, so that a
// target whose Status is wrong fails only the clauses about Status, not every clause after it.

export type { ListedJob };

export const associateAction = 'AssociateAdditionalCertificatesWithListener';
export const dissociateAction = 'DissociateAdditionalCertificatesFromListener';

/** The certificate operations that start a job. */
export type CertificateAction = typeof associateAction | typeof dissociateAction;

/** Optional parameters of a certificate job request. */
export interface CertificateJobOptions {
  readonly clientToken?: string;
  readonly dryRun?: boolean;
}

/** Sends Associate or Dissociate for `certificateIds` and returns the result, success or error. */
export function callCertificateAction(
  client: ConformanceClient,
  action: CertificateAction,
  listenerId: string,
  certificateIds: readonly string[],
  options: CertificateJobOptions = {},
): Promise<RpcResult> {
  return client.call(action, {
    ListenerId: listenerId,
    Certificates: certificateIds.map((id) => ({ CertificateId: id })),
    ...(options.clientToken === undefined ? {} : { ClientToken: options.clientToken }),
    ...(options.dryRun === undefined ? {} : { DryRun: options.dryRun }),
  });
}

/** Lists the jobs ListAsynJobs returns for `JobIds.1=<jobId>`, the query Terraform polls with. */
export async function listJobsById(context: ClauseContext, jobId: string): Promise<ListedJob[]> {
  const body = context.expectOk(await context.client.call('ListAsynJobs', { JobIds: [jobId] }));
  return (body['Jobs'] as ListedJob[] | undefined) ?? [];
}

/** Waits until the job is Succeeded, and fails at once when it is Failed. */
export async function waitForJob(context: ClauseContext, jobId: string): Promise<ListedJob> {
  const jobs = await context.waitFor(() => listJobsById(context, jobId), {
    describe: `job ${jobId} to be Succeeded in ListAsynJobs`,
    until: (listed) => listed.some((job) => job.Id === jobId && (job.Status === 'Succeeded' || job.Status === 'Failed')),
  });

  const job = jobs.find((listed) => listed.Id === jobId);
  if (job?.Status === 'Failed') {
    throw new JobFailedError(job, 'expected Succeeded');
  }
  if (job?.Status !== 'Succeeded') {
    throw new Error(`Job ${jobId} ended ${job?.Status ?? 'unlisted'} in ListAsynJobs instead of Succeeded`);
  }
  return job;
}

/** Sends Associate or Dissociate for `certificateIds`, checks that it succeeded, and returns the JobId. */
export async function startCertificateJob(
  context: ClauseContext,
  action: CertificateAction,
  listenerId: string,
  certificateIds: readonly string[],
  options: CertificateJobOptions = {},
): Promise<string> {
  const result = await callCertificateAction(context.client, action, listenerId, certificateIds, options);

  const body = context.expectOk(result);
  const jobId = body['JobId'];
  if (typeof jobId !== 'string' || jobId === '') {
    throw new Error(`${action} succeeded but returned no JobId (body keys: ${Object.keys(body).join(', ')})`);
  }
  return jobId;
}

/** Associates certificates, waits for the job to succeed and returns the JobId. */
export async function associateAndWait(
  context: ClauseContext,
  listenerId: string,
  certificateIds: readonly string[],
): Promise<string> {
  const jobId = await startCertificateJob(context, associateAction, listenerId, certificateIds);
  await waitForJob(context, jobId);
  return jobId;
}

/** Dissociates certificates, waits for the job to succeed and returns the JobId. */
export async function dissociateAndWait(
  context: ClauseContext,
  listenerId: string,
  certificateIds: readonly string[],
): Promise<string> {
  const jobId = await startCertificateJob(context, dissociateAction, listenerId, certificateIds);
  await waitForJob(context, jobId);
  return jobId;
}

/** Reads the Status of one certificate from ListListenerCertificates, or undefined when it is not listed. */
export async function certificateStatus(
  context: ClauseContext,
  listenerId: string,
  certificateId: string,
): Promise<string | undefined> {
  const certificates = await context.listListenerCertificates(listenerId);
  return certificates.find((certificate) => certificate.CertificateId === certificateId)?.Status;
}

/** Selects the ids of the listed certificates that are neither the default nor a CA certificate. */
export function additionalCertificateIds(certificates: readonly ListedCertificate[]): string[] {
  return certificates
    .filter((certificate) => !certificate.IsDefault && certificate.CertificateType !== 'Ca')
    .map((certificate) => certificate.CertificateId);
}

/** Checks the Status of one certificate in ListListenerCertificates; `undefined` expects it not to be listed. */
export async function expectCertificateStatus(
  context: ClauseContext,
  listenerId: string,
  certificateId: string,
  expected: string | undefined,
): Promise<void> {
  const status = await certificateStatus(context, listenerId, certificateId);
  expect(status, `status of certificate ${certificateId} on listener ${listenerId}`).toBe(expected);
}
