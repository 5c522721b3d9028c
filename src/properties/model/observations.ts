import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { ListedCertificate } from '../../conformance/clause/listener-certificates.js';
import type { AssociationStatus, ModelListener, TargetModel } from './model-types.js';
import { findJob, finishJob, requireListener } from './target-model.js';

/** The statuses a listed additional certificate may have, by its status in the model. */
const allowedListedStatuses: Readonly<Record<AssociationStatus, readonly string[]>> = {
  Associating: ['Associating', 'Associated'],
  Associated: ['Associated'],
  Diassociating: ['Diassociating'],
};

/**
 * Compares every certificate ListListenerCertificates lists for a listener with the model, and moves
 * the model forward where the listing shows a job's progress: an Associating certificate listed as
 * Associated, a Diassociating one no longer listed.
 *
 * @throws ClauseExpectationError listing each difference, with the model's and the target's view.
 */
export function reconcileListedCertificates(model: TargetModel, listenerId: string, listed: readonly ListedCertificate[]): void {
  const listener = requireListener(model, listenerId);
  const problems = [...defaultCertificateProblems(listener, listed), ...additionalCertificateProblems(listener, listed)];

  if (problems.length > 0) {
    throw new ClauseExpectationError(
      `ListListenerCertificates of ${listenerId} differs from the model: ${problems.join('; ')}`,
      { certificates: expectedListing(listener) },
      { certificates: listed.map((item) => `${item.CertificateId} ${item.Status}${item.IsDefault ? ' (default)' : ''}`) },
    );
  }

  for (const item of serverAdditional(listed)) {
    if (item.Status === 'Associated' && listener.certificates.get(item.CertificateId) === 'Associating') {
      listener.certificates.set(item.CertificateId, 'Associated');
    }
  }
  const listedIds = new Set(serverAdditional(listed).map((item) => item.CertificateId));
  for (const [certificateId, status] of [...listener.certificates]) {
    if (status === 'Diassociating' && !listedIds.has(certificateId)) {
      listener.certificates.delete(certificateId);
    }
  }
}

/**
 * Compares the GetListenerAttribute body of a listener with the model. A Running listener has no job
 * left, so its job is finished in the model; a Configuring listener needs a job the model started.
 *
 * @throws ClauseExpectationError naming the field that differs.
 */
export function reconcileListenerAttribute(model: TargetModel, listenerId: string, body: Readonly<Record<string, unknown>>): void {
  const listener = requireListener(model, listenerId);
  const status = body['ListenerStatus'];
  const expectedStatus = listener.activeJobId === undefined ? 'Running' : 'Configuring or Running';

  if (body['LoadBalancerId'] !== listener.loadBalancerId) {
    throw mismatch(listenerId, 'LoadBalancerId', listener.loadBalancerId, body['LoadBalancerId']);
  }
  const certificates = body['Certificates'] as Array<{ CertificateId?: string }> | undefined;
  if (listener.defaultCertificateId !== undefined && certificates?.[0]?.CertificateId !== listener.defaultCertificateId) {
    throw mismatch(listenerId, 'Certificates[0].CertificateId', listener.defaultCertificateId, certificates?.[0]?.CertificateId);
  }

  if (status === 'Running') {
    if (listener.activeJobId !== undefined) {
      finishJob(model, listener.activeJobId);
    }
    return;
  }
  if (status !== 'Configuring' || listener.activeJobId === undefined) {
    throw mismatch(listenerId, 'ListenerStatus', expectedStatus, status);
  }
}

/**
 * Compares the ListAsynJobs body for `JobIds.1=<jobId>` with the model: exactly one job, of the right
 * operation and listener, Processing or Succeeded. Succeeded finishes the job in the model.
 *
 * @throws ClauseExpectationError naming what differs.
 */
export function reconcileJob(model: TargetModel, jobId: string, body: Readonly<Record<string, unknown>>): void {
  const job = findJob(model, jobId);
  if (job === undefined) {
    throw new Error(`The model has no job ${jobId}; model commands may only query the model's jobs`);
  }

  const jobs = (body['Jobs'] as Array<Record<string, unknown>> | undefined) ?? [];
  if (jobs.length !== 1 || jobs[0]?.['Id'] !== jobId) {
    throw new ClauseExpectationError(
      `ListAsynJobs with JobIds.1=${jobId} must return exactly that job, but returned ${jobs.length} job(s)`,
      { jobs: [jobId] },
      { jobs: jobs.map((item) => item['Id']) },
    );
  }

  const listed = jobs[0];
  const expected = { ApiName: job.action, ResourceId: job.listenerId, Status: job.status === 'Succeeded' ? 'Succeeded' : 'Processing or Succeeded' };
  const received = { ApiName: listed['ApiName'], ResourceId: listed['ResourceId'], Status: listed['Status'] };
  const statusAllowed = listed['Status'] === 'Succeeded' || (listed['Status'] === 'Processing' && job.status === 'Processing');
  if (received.ApiName !== expected.ApiName || received.ResourceId !== expected.ResourceId || !statusAllowed) {
    throw new ClauseExpectationError(`Job ${jobId} differs from the model`, expected, received);
  }

  if (listed['Status'] === 'Succeeded') {
    finishJob(model, jobId);
  }
}

function defaultCertificateProblems(listener: ModelListener, listed: readonly ListedCertificate[]): string[] {
  const defaults = listed.filter((item) => item.IsDefault);
  if (listener.defaultCertificateId === undefined) {
    return defaults.length === 0 ? [] : [`default certificate ${defaults[0]?.CertificateId ?? ''} listed, but the listener has none`];
  }

  const listedDefault = defaults.find((item) => item.CertificateId === listener.defaultCertificateId);
  if (listedDefault === undefined) {
    return [`default certificate ${listener.defaultCertificateId} is not listed as IsDefault`];
  }
  return listedDefault.Status === 'Associated' ? [] : [`default certificate ${listener.defaultCertificateId} is ${listedDefault.Status}, not Associated`];
}

function additionalCertificateProblems(listener: ModelListener, listed: readonly ListedCertificate[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();

  for (const item of serverAdditional(listed)) {
    const modelStatus = listener.certificates.get(item.CertificateId);
    if (seen.has(item.CertificateId)) {
      problems.push(`${item.CertificateId} is listed twice`);
    } else if (modelStatus === undefined) {
      problems.push(`${item.CertificateId} is listed as ${item.Status}, but the model has no such certificate`);
    } else if (!allowedListedStatuses[modelStatus].includes(item.Status)) {
      problems.push(`${item.CertificateId} is ${item.Status}, but the model allows ${allowedListedStatuses[modelStatus].join(' or ')}`);
    }
    seen.add(item.CertificateId);
  }

  for (const [certificateId, status] of listener.certificates) {
    if (!seen.has(certificateId) && status !== 'Diassociating') {
      problems.push(`${certificateId} is not listed, but the model has it ${status}`);
    }
  }
  return problems;
}

/** Selects the additional server certificates of a listing, because CA certificates of mutual TLS are outside the model. */
function serverAdditional(listed: readonly ListedCertificate[]): ListedCertificate[] {
  return listed.filter((item) => !item.IsDefault && item.CertificateType !== 'Ca');
}

function expectedListing(listener: ModelListener): string[] {
  const additional = [...listener.certificates].map(([id, status]) => `${id} ${allowedListedStatuses[status].join(' or ')}${status === 'Diassociating' ? ' or gone' : ''}`);
  return listener.defaultCertificateId === undefined ? additional : [`${listener.defaultCertificateId} Associated (default)`, ...additional];
}

function mismatch(listenerId: string, field: string, expected: unknown, received: unknown): ClauseExpectationError {
  return new ClauseExpectationError(
    `GetListenerAttribute of ${listenerId} returned ${field} ${JSON.stringify(received)}, but the model expects ${String(expected)}`,
    { [field]: expected },
    { [field]: received },
  );
}
