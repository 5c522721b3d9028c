import {
  certificateNotFound,
  httpListenerNotSupported,
  invalidParameter,
  listenerIncorrectStatus,
  listenerNotFound,
  loadBalancerForbidden,
} from './business-errors.js';
import type { ApiError } from './api-error.js';
import { isCertificateJob } from './jobs.js';
import type { OperationContext } from './operation-context.js';
import type { CertificateRecord, ListenerRecord } from './state.js';

/** Returns the listener if it exists in the caller's account; raises 404 ResourceNotFound.Listener otherwise. */
export function findCallerListener(context: OperationContext, listenerId: string): ListenerRecord {
  const listener = context.state.listeners.get(listenerId);
  const loadBalancer = listener === undefined ? undefined : context.state.loadBalancers.get(listener.loadBalancerId);
  if (listener === undefined || loadBalancer?.accountId !== context.caller.accountId) {
    throw listenerNotFound(listenerId);
  }
  return listener;
}

/** Raises 403 Forbidden.LoadBalancer when the caller's access key is denied on the load balancer. */
export function assertLoadBalancerAllowed(
  context: OperationContext,
  loadBalancerId: string,
  forbidden: (loadBalancerId: string) => ApiError = loadBalancerForbidden,
): void {
  if (context.caller.accessKey?.deniedLoadBalancerIds.has(loadBalancerId) === true) {
    throw forbidden(loadBalancerId);
  }
}

/** Raises OperationDenied.HttpListenerNotSupport unless the listener is HTTPS or QUIC. */
export function assertCertificateProtocol(listener: ListenerRecord): void {
  if (listener.protocol === 'HTTP') {
    throw httpListenerNotSupported();
  }
}

/**
 * Raises the busy error when the listener is Configuring because of a certificate job, and
 * IncorrectStatus.Listener for any other status outside `allowed` (Provisioning, Stopped, or Configuring
 * because of CreateListener, UpdateListenerAttribute or DeleteListener).
 */
export function assertListenerStatus(
  context: OperationContext,
  listener: ListenerRecord,
  allowed: readonly string[],
  certificateJobBusy: (listenerId: string) => ApiError,
): void {
  if (allowed.includes(listener.status)) {
    return;
  }

  const activeJob = listener.activeJobId === undefined ? undefined : context.jobs.get(listener.activeJobId);
  if (listener.status === 'Configuring' && activeJob !== undefined && isCertificateJob(activeJob)) {
    throw certificateJobBusy(listener.listenerId);
  }
  throw listenerIncorrectStatus(listener.listenerId, listener.status);
}

/**
 * Returns the certificate if it is in the caller's certificate store (exact id, region suffix included):
 * 404 ResourceNotFound.Certificate otherwise, and InvalidParameter when it is not of `expectedType`.
 */
export function findCallerCertificate(
  context: OperationContext,
  certificateId: string,
  expectedType: 'Server' | 'Ca',
): CertificateRecord {
  const certificate = context.state.certificates.get(certificateId);
  if (certificate === undefined || certificate.accountId !== context.caller.accountId) {
    throw certificateNotFound(certificateId);
  }
  if (certificate.type !== expectedType) {
    throw invalidParameter();
  }
  return certificate;
}

/**
 * Runs the listener checks shared by Associate and Dissociate, in their order. The listener must exist in
 * the caller's account, the access key must be allowed on its load balancer, the listener must be HTTPS or
 * QUIC, and it must be Running. During a certificate job the error is `certificateJobBusy`, otherwise
 * IncorrectStatus.Listener.
 */
export function findListenerForCertificateChange(
  context: OperationContext,
  listenerId: string,
  certificateJobBusy: (listenerId: string) => ApiError,
): ListenerRecord {
  const listener = findCallerListener(context, listenerId);
  assertLoadBalancerAllowed(context, listener.loadBalancerId);
  assertCertificateProtocol(listener);
  assertListenerStatus(context, listener, ['Running'], certificateJobBusy);
  return listener;
}
