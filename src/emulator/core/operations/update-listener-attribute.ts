import {
  certificateAlreadyAssociated,
  dryRunPassed,
  listenerInConfiguring,
  loadBalancerForbiddenById,
} from '../business-errors.js';
import { assertListenerStatus, assertLoadBalancerAllowed, findCallerListener } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { UpdateListenerAttributeResponseBody, ResponseFields } from '../operation-types.js';
import { optionalBoolean, requireString } from '../request-fields.js';
import { readListenerCertificates, readListenerSettingChanges } from './listener-settings-request.js';

export const updateListenerAttributeAction = 'UpdateListenerAttribute';

/**
 * UpdateListenerAttribute. Checks, in order:
 * 1. the listener exists in the caller's account (ResourceNotFound.Listener);
 * 2. the access key may act on its load balancer (Forbidden.LoadBalancer);
 * 3. the listener is Running or Stopped. During a certificate job that is ResourceInConfiguring.Listener,
 *    otherwise IncorrectStatus.Listener;
 * 4. a new default certificate is a Server certificate of the caller and not an additional certificate
 *    of the listener (ResourceAlreadyAssociated.Certificate).
 * The listener is Configuring until the job ends. Then the changes apply and the listener returns to its
 * previous status. Certificates on an HTTP listener are ignored.
 */
export function updateListenerAttribute(
  context: OperationContext,
  request: Record<string, unknown>,
): ResponseFields<UpdateListenerAttributeResponseBody> {
  const listenerId = requireString(request, 'ListenerId');
  const dryRun = optionalBoolean(request, 'DryRun') ?? false;
  const changes = readListenerSettingChanges(request);

  const listener = findCallerListener(context, listenerId);
  assertLoadBalancerAllowed(context, listener.loadBalancerId, loadBalancerForbiddenById);
  assertListenerStatus(context, listener, ['Running', 'Stopped'], listenerInConfiguring);

  const certificates = listener.protocol === 'HTTP' ? {} : readListenerCertificates(context, request);
  const newDefaultId = certificates.defaultCertificateId;
  if (newDefaultId !== undefined && listener.additionalCertificates.has(newDefaultId)) {
    throw certificateAlreadyAssociated(newDefaultId);
  }

  if (dryRun) {
    throw dryRunPassed();
  }

  const job = context.startJob({
    apiName: updateListenerAttributeAction,
    listenerId,
    operateType: 'Update',
    effect: { kind: 'update', changes: { ...changes, ...certificates }, previousStatus: listener.status },
  });
  listener.status = 'Configuring';
  return { JobId: job.id };
}
