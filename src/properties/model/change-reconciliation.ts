import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { CertificateChange, WorldPrediction } from './change-prediction.js';
import { acceptedOutcome } from './change-prediction.js';
import type { TargetModel } from './model-types.js';
import { describeModel, finishJob, requireListener } from './target-model.js';

/** The outcome the target returned for a change: `accepted` with its JobId, or the error code. */
export interface ObservedOutcome {
  readonly outcome: string;
  readonly jobId?: string;
}

/**
 * Updates the model with the outcome of a change, or throws when no world of the prediction allows it.
 * Jobs that every world consistent with the outcome has finished are finished in the model, and an
 * accepted change starts its job: its certificates become Associating or Diassociating.
 *
 * @throws ClauseExpectationError with the outcomes the model allows and the one the target returned.
 */
export function reconcileChange(
  model: TargetModel,
  change: CertificateChange,
  predictions: readonly WorldPrediction[],
  observed: ObservedOutcome,
): void {
  const consistent = predictions.filter((prediction) => prediction.allowed.includes(observed.outcome));
  if (consistent.length === 0) {
    const allowed = [...new Set(predictions.flatMap((prediction) => prediction.allowed))];
    throw new ClauseExpectationError(
      `${change.action} on ${change.listenerId} returned ${observed.outcome}, but the model allows only ${allowed.join(' or ')}`,
      { outcomes: allowed, model: describeModel(model) },
      { outcome: observed.outcome },
    );
  }

  for (const jobId of finishedInEvery(consistent)) {
    finishJob(model, jobId);
  }
  if (observed.outcome === acceptedOutcome) {
    startJob(model, change, observed.jobId);
  }
}

function finishedInEvery(predictions: readonly WorldPrediction[]): string[] {
  const [first, ...rest] = predictions;
  return (first?.finishedJobIds ?? []).filter((jobId) => rest.every((prediction) => prediction.finishedJobIds.includes(jobId)));
}

function startJob(model: TargetModel, change: CertificateChange, jobId: string | undefined): void {
  if (jobId === undefined || jobId === '') {
    throw new ClauseExpectationError(`${change.action} on ${change.listenerId} was accepted without a JobId`, { JobId: 'a job id' }, { JobId: jobId });
  }

  const listener = requireListener(model, change.listenerId);
  const status = change.action === 'AssociateAdditionalCertificatesWithListener' ? 'Associating' : 'Diassociating';
  for (const certificateId of change.certificateIds) {
    listener.certificates.set(certificateId, status);
  }
  listener.activeJobId = jobId;
  model.jobs.push({ jobId, action: change.action, listenerId: change.listenerId, certificateIds: [...change.certificateIds], status: 'Processing' });
}
