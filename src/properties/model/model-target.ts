import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { ConformanceClient } from '../../conformance/clause/conformance-client.js';
import { expectOk } from '../../conformance/clause/expectations.js';
import { listAllListenerCertificates } from '../../conformance/clause/listener-certificates.js';
import type { RequestLog } from '../run/request-log.js';
import type { CertificateChange } from './change-prediction.js';
import { acceptedOutcome, predictChange } from './change-prediction.js';
import { reconcileChange } from './change-reconciliation.js';
import type { TargetModel } from './model-types.js';
import { reconcileJob, reconcileListedCertificates } from './observations.js';

/** The system under test of a model run: the target, reached through the case's logging client. */
export interface ModelTarget {
  readonly context: ClauseContext;
  readonly client: ConformanceClient;
  readonly log: RequestLog;
  /** Returns a ClientToken no earlier request used, so that tokens never collide across runs and replays. */
  readonly freshClientToken: () => string;
}

/**
 * Sends an Associate or Dissociate request, checks the outcome against the model's prediction and
 * updates the model, then reads the listener back. A change accepted with a ClientToken is remembered
 * for the replay command.
 *
 * @throws ClauseExpectationError when the outcome or the listener's certificates differ from the model.
 */
export async function sendChange(model: TargetModel, real: ModelTarget, change: CertificateChange, clientToken?: string): Promise<void> {
  const request = {
    ListenerId: change.listenerId,
    Certificates: change.certificateIds.map((certificateId) => ({ CertificateId: certificateId })),
    ...(change.dryRun ? { DryRun: true } : {}),
    ...(clientToken === undefined ? {} : { ClientToken: clientToken }),
  };
  const predictions = predictChange(model, change);

  const result = await real.client.call(change.action, request);
  const jobId = result.ok && typeof result.body['JobId'] === 'string' ? result.body['JobId'] : undefined;
  reconcileChange(model, change, predictions, result.ok ? { outcome: acceptedOutcome, ...(jobId === undefined ? {} : { jobId }) } : { outcome: result.code });

  if (result.ok && clientToken !== undefined && jobId !== undefined) {
    model.rememberedChanges.push({ clientToken, action: change.action, request, jobId });
  }
  await readBackListener(model, real, change.listenerId);
}

/**
 * Lists every certificate of the listener and reconciles the listing with the model.
 *
 * @throws ClauseExpectationError when the listing differs from the model.
 */
export async function readBackListener(model: TargetModel, real: ModelTarget, listenerId: string): Promise<void> {
  const listed = await listAllListenerCertificates(real.client, listenerId);
  reconcileListedCertificates(model, listenerId, listed);
}

/** Calls an operation that must succeed and returns its body, which the client has checked against the spec. */
export async function callExpectingSuccess(real: ModelTarget, action: string, request: object): Promise<Record<string, unknown>> {
  return expectOk(await real.client.call(action, request));
}

/**
 * Polls ListAsynJobs until the job is no longer Processing, then reconciles it with the model.
 *
 * @throws WaitTimeoutError when the job is still Processing at the polling deadline.
 * @throws ClauseExpectationError when the job differs from the model (for example, it Failed).
 */
export async function waitForJob(model: TargetModel, real: ModelTarget, jobId: string, listenerId: string): Promise<void> {
  const body = await real.context.waitFor(() => callExpectingSuccess(real, 'ListAsynJobs', { JobIds: [jobId] }), {
    describe: `job ${jobId} of listener ${listenerId} to be Succeeded`,
    until: (response) => (response['Jobs'] as Array<{ Status?: string }> | undefined)?.[0]?.Status !== 'Processing',
  });
  reconcileJob(model, jobId, body);
}
