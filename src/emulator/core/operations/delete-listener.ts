import { dryRunPassed, listenerInConfiguring, loadBalancerForbiddenById } from '../business-errors.js';
import { assertListenerStatus, assertLoadBalancerAllowed, findCallerListener } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { DeleteListenerResponseBody, ResponseFields } from '../operation-types.js';
import { optionalBoolean, requireString } from '../request-fields.js';

export const deleteListenerAction = 'DeleteListener';

/**
 * DeleteListener. Checks: the listener exists in the caller's account, the access key may act on its load
 * balancer, and the listener is Running or Stopped (ResourceInConfiguring.Listener during a certificate
 * job, IncorrectStatus.Listener otherwise).
 *
 * The API description mentions a `Deleting` state that the ListenerStatus enum lacks. So the emulator
 * keeps the listener visible as `Configuring` while the job runs, and other mutations get
 * IncorrectStatus.Listener [Configuring]. When the job succeeds the listener and its additional
 * certificates are removed, and later calls get ResourceNotFound.Listener. An injected job failure
 * restores the previous status.
 */
export function deleteListener(context: OperationContext, request: Record<string, unknown>): ResponseFields<DeleteListenerResponseBody> {
  const listenerId = requireString(request, 'ListenerId');
  const dryRun = optionalBoolean(request, 'DryRun') ?? false;

  const listener = findCallerListener(context, listenerId);
  assertLoadBalancerAllowed(context, listener.loadBalancerId, loadBalancerForbiddenById);
  assertListenerStatus(context, listener, ['Running', 'Stopped'], listenerInConfiguring);

  if (dryRun) {
    throw dryRunPassed();
  }

  const job = context.startJob({
    apiName: deleteListenerAction,
    listenerId,
    operateType: 'Delete',
    effect: { kind: 'delete', previousStatus: listener.status },
  });
  listener.status = 'Configuring';
  return { JobId: job.id };
}
