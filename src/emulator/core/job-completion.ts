import { failedJobErrorCode, type JobRecord } from './jobs.js';
import { dropAssociation, removeListener, type EmulatorState, type ListenerRecord } from './state.js';

/**
 * Applies a finished job to the state. A successful job completes its change; a job with an injected
 * failure rolls the change back. Either way the listener leaves Provisioning or Configuring.
 */
export function completeJob(state: EmulatorState, job: JobRecord, endTime: number): void {
  const listener = state.listeners.get(job.resourceId);

  job.status = job.failureInjected ? 'Failed' : 'Succeeded';
  job.modifyTime = endTime;
  if (job.failureInjected) {
    job.errorCode = failedJobErrorCode;
    job.errorMessage = `The job ${job.id} of ${job.apiName} failed on ${job.resourceId} (injected fault); the change was rolled back.`;
  }

  if (listener === undefined || job.effect === undefined) {
    return;
  }
  if (listener.activeJobId === job.id) {
    delete listener.activeJobId;
  }

  if (job.failureInjected) {
    rollBack(state, job, listener);
  } else {
    commit(state, job, listener);
  }
}

function commit(state: EmulatorState, job: JobRecord, listener: ListenerRecord): void {
  const effect = job.effect;
  switch (effect?.kind) {
    case 'associate':
      for (const certificateId of effect.certificateIds) {
        if (listener.additionalCertificates.get(certificateId) === 'Associating') {
          listener.additionalCertificates.set(certificateId, 'Associated');
        }
      }
      listener.status = 'Running';
      return;
    case 'dissociate':
      for (const certificateId of effect.certificateIds) {
        if (listener.additionalCertificates.get(certificateId) === 'Diassociating') {
          dropAssociation(state, listener, certificateId);
        }
      }
      listener.status = 'Running';
      return;
    case 'create':
      listener.status = 'Running';
      return;
    case 'update':
      Object.assign(listener.settings, effect.changes);
      listener.status = effect.previousStatus;
      return;
    case 'delete':
      removeListener(state, listener);
      return;
    case undefined:
      return;
  }
}

function rollBack(state: EmulatorState, job: JobRecord, listener: ListenerRecord): void {
  const effect = job.effect;
  switch (effect?.kind) {
    case 'associate':
      for (const certificateId of effect.certificateIds) {
        if (listener.additionalCertificates.get(certificateId) === 'Associating') {
          dropAssociation(state, listener, certificateId);
        }
      }
      listener.status = 'Running';
      return;
    case 'dissociate':
      for (const certificateId of effect.certificateIds) {
        if (listener.additionalCertificates.get(certificateId) === 'Diassociating') {
          listener.additionalCertificates.set(certificateId, 'Associated');
        }
      }
      listener.status = 'Running';
      return;
    case 'create':
      // A listener whose creation failed never existed for the caller.
      removeListener(state, listener);
      return;
    case 'update':
    case 'delete':
      listener.status = effect.previousStatus;
      return;
    case undefined:
      return;
  }
}
