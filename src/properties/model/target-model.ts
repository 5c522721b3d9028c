import type { ModelJob, ModelListener, TargetModel } from './model-types.js';

/** Copies the model deeply, so that a prediction can change the copy freely. */
export function cloneModel(model: TargetModel): TargetModel {
  const listeners = new Map<string, ModelListener>();
  for (const [listenerId, listener] of model.listeners) {
    listeners.set(listenerId, { ...listener, certificates: new Map(listener.certificates) });
  }

  return {
    listeners,
    loadBalancers: new Map(model.loadBalancers),
    jobs: model.jobs.map((job) => ({ ...job })),
    certificateKinds: model.certificateKinds,
    rememberedChanges: [...model.rememberedChanges],
  };
}

/** Returns the listener of the model; throws when the model has none, which is a bug of the property. */
export function requireListener(model: TargetModel, listenerId: string): ModelListener {
  const listener = model.listeners.get(listenerId);
  if (listener === undefined) {
    throw new Error(`The model has no listener ${listenerId}; model commands may only name the model's listeners`);
  }
  return listener;
}

export function findJob(model: TargetModel, jobId: string): ModelJob | undefined {
  return model.jobs.find((job) => job.jobId === jobId);
}

/** Lists the jobs that may still be running. */
export function processingJobs(model: TargetModel): ModelJob[] {
  return model.jobs.filter((job) => job.status === 'Processing');
}

/**
 * Records that a job has finished: its listener is Running again, associated certificates are
 * Associated and dissociated ones are gone.
 */
export function finishJob(model: TargetModel, jobId: string): void {
  const job = findJob(model, jobId);
  if (job === undefined || job.status === 'Succeeded') {
    return;
  }

  job.status = 'Succeeded';
  const listener = requireListener(model, job.listenerId);
  if (listener.activeJobId === jobId) {
    delete listener.activeJobId;
  }

  for (const certificateId of job.certificateIds) {
    const status = listener.certificates.get(certificateId);
    if (job.action === 'AssociateAdditionalCertificatesWithListener' && status === 'Associating') {
      listener.certificates.set(certificateId, 'Associated');
    }
    if (job.action === 'DissociateAdditionalCertificatesFromListener' && status === 'Diassociating') {
      listener.certificates.delete(certificateId);
    }
  }
}

/**
 * Counts the additional certificates against a load balancer's quota: those of every model
 * listener on it, in any status, plus those of listeners outside the model.
 */
export function loadBalancerUsage(model: TargetModel, loadBalancerId: string): number {
  let usage = model.loadBalancers.get(loadBalancerId)?.otherUsage ?? 0;
  for (const listener of model.listeners.values()) {
    if (listener.loadBalancerId === loadBalancerId) {
      usage += listener.certificates.size;
    }
  }
  return usage;
}

/** Writes the model's listeners as one line each, for failure messages. */
export function describeModel(model: TargetModel): string[] {
  return [...model.listeners.values()].map((listener) => {
    const certificates = [...listener.certificates].map(([id, status]) => `${id} ${status}`).join(', ');
    const job = listener.activeJobId === undefined ? 'idle' : `job ${listener.activeJobId} may be running`;
    return `${listener.listenerId} (${listener.role}, ${job}): [${certificates}]`;
  });
}
