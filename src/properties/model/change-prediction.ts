import type { CertificateChangeAction, TargetModel } from './model-types.js';
import { cloneModel, finishJob, loadBalancerUsage, processingJobs, requireListener } from './target-model.js';

/** An Associate or Dissociate request, reduced to what the model needs. */
export interface CertificateChange {
  readonly action: CertificateChangeAction;
  readonly listenerId: string;
  readonly certificateIds: readonly string[];
  readonly dryRun: boolean;
}

/** The outcome of a change that returned a JobId; every other outcome is the error code the target returned. */
export const acceptedOutcome = 'accepted';

/** The outcomes the target may return if exactly the jobs in `finishedJobIds` have finished by now. */
export interface WorldPrediction {
  readonly finishedJobIds: readonly string[];
  /** `accepted`, or error codes. When several errors apply, the API documents no order, so any of them counts. */
  readonly allowed: readonly string[];
}

/**
 * Predicts the outcomes of a change for every combination of the Processing jobs that matter to it.
 * These are the listener's own job, which keeps it busy, and dissociation jobs on other listeners of
 * its load balancer, whose certificates count against the quota until they end.
 */
export function predictChange(model: TargetModel, change: CertificateChange): WorldPrediction[] {
  const listener = requireListener(model, change.listenerId);
  const relevant = processingJobs(model).filter((job) => {
    if (job.listenerId === listener.listenerId) {
      return true;
    }
    const jobListener = requireListener(model, job.listenerId);
    return job.action === 'DissociateAdditionalCertificatesFromListener' && jobListener.loadBalancerId === listener.loadBalancerId;
  });

  return subsetsOf(relevant.map((job) => job.jobId)).map((finishedJobIds) => {
    const world = cloneModel(model);
    for (const jobId of finishedJobIds) {
      finishJob(world, jobId);
    }
    return { finishedJobIds, allowed: allowedOutcomes(world, change) };
  });
}

function allowedOutcomes(world: TargetModel, change: CertificateChange): string[] {
  const errors =
    change.action === 'AssociateAdditionalCertificatesWithListener' ? associateErrors(world, change) : dissociateErrors(world, change);
  if (errors.length > 0) {
    return [...new Set(errors)];
  }

  return [change.dryRun ? 'DryRunOperation' : acceptedOutcome];
}

/** Lists the documented errors of AssociateAdditionalCertificatesWithListener that apply in this world. */
function associateErrors(world: TargetModel, change: CertificateChange): string[] {
  const listener = requireListener(world, change.listenerId);
  const errors: string[] = [];

  if (listener.activeJobId !== undefined) {
    errors.push('ResourceInConfiguring.Listener');
  }
  if (listener.defaultCertificateId === undefined) {
    errors.push('OperationFailed.DefaultCertificateNotFound');
  }
  for (const certificateId of change.certificateIds) {
    const kind = world.certificateKinds.get(certificateId);
    if (kind === undefined) {
      errors.push('ResourceNotFound.Certificate');
    } else if (kind === 'Ca') {
      errors.push('InvalidParameter');
    }
    if (certificateId === listener.defaultCertificateId) {
      errors.push('OperationDenied.DefaultCertificateUsed');
    }
    const status = listener.certificates.get(certificateId);
    if (status === 'Associating' || status === 'Associated') {
      errors.push('ResourceAlreadyAssociated.Certificate');
    }
  }

  const quota = world.loadBalancers.get(listener.loadBalancerId)?.quota ?? Number.POSITIVE_INFINITY;
  if (loadBalancerUsage(world, listener.loadBalancerId) + change.certificateIds.length > quota) {
    errors.push('ResourceQuotaExceeded.LoadBalancerCertificatesNum');
  }

  return errors;
}

/** Lists the documented errors of DissociateAdditionalCertificatesFromListener that apply in this world. */
function dissociateErrors(world: TargetModel, change: CertificateChange): string[] {
  const listener = requireListener(world, change.listenerId);
  const errors: string[] = [];

  if (listener.activeJobId !== undefined) {
    errors.push('ResourceInConfiguring.Listener');
  }
  for (const certificateId of change.certificateIds) {
    if (certificateId === listener.defaultCertificateId) {
      errors.push('OperationDenied.DefaultCertificateUsed');
    } else if (listener.certificates.get(certificateId) !== 'Associated') {
      errors.push('ResourceNotAssociated.Certificate');
    }
  }

  return errors;
}

function subsetsOf(items: readonly string[]): string[][] {
  let subsets: string[][] = [[]];
  for (const item of items) {
    subsets = [...subsets, ...subsets.map((subset) => [...subset, item])];
  }
  return subsets;
}
