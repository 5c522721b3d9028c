import {
  certificateAlreadyAssociated,
  certificateQuotaExceeded,
  defaultCertificateNotFound,
  defaultCertificateUsed,
  dryRunPassed,
  listenerInConfiguring,
} from '../business-errors.js';
import { findCallerCertificate, findListenerForCertificateChange } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { AssociateAdditionalCertificatesWithListenerResponseBody, ResponseFields } from '../operation-types.js';
import { optionalBoolean, readCertificateIds, requireString } from '../request-fields.js';
import { requireLoadBalancer, startAssociation } from '../state.js';

export const associateAction = 'AssociateAdditionalCertificatesWithListener';

/**
 * AssociateAdditionalCertificatesWithListener. The checks run in this order, and the first that fails
 * decides the error (the conformance suite's strict tier asserts the order):
 *  1. the listener exists in the caller's account (404 ResourceNotFound.Listener);
 *  2. the access key is not denied on its load balancer (403 Forbidden.LoadBalancer);
 *  3. the listener is HTTPS or QUIC (OperationDenied.HttpListenerNotSupport);
 *  4. the listener is Running: Configuring because of a certificate job gives ResourceInConfiguring.Listener,
 *     any other status IncorrectStatus.Listener;
 *  5. the listener has a default certificate (OperationFailed.DefaultCertificateNotFound);
 *  6. every certificate is in the caller's store (404 ResourceNotFound.Certificate) and is a Server
 *     certificate (InvalidParameter);
 *  7. no certificate is the listener's default (OperationDenied.DefaultCertificateUsed);
 *  8. no certificate is already Associating or Associated (ResourceAlreadyAssociated.Certificate);
 *  9. the load balancer's additional certificates stay within its quota
 *     (ResourceQuotaExceeded.LoadBalancerCertificatesNum);
 * 10. DryRun=true stops here with DryRunOperation and changes nothing;
 * 11. the certificates become Associating, the listener Configuring, and a job finishes the change.
 * The core replays a remembered ClientToken before step 1, so a retry of a request that already
 * succeeded gets its JobId again instead of a busy-listener error.
 */
export function associateAdditionalCertificates(
  context: OperationContext,
  request: Record<string, unknown>,
): ResponseFields<AssociateAdditionalCertificatesWithListenerResponseBody> {
  const listenerId = requireString(request, 'ListenerId');
  const certificateIds = readCertificateIds(request, 'Certificates', true) ?? [];
  const dryRun = optionalBoolean(request, 'DryRun') ?? false;

  const listener = findListenerForCertificateChange(context, listenerId, listenerInConfiguring);

  const defaultCertificateId = listener.settings.defaultCertificateId;
  if (defaultCertificateId === undefined) {
    throw defaultCertificateNotFound(listenerId);
  }
  for (const certificateId of certificateIds) {
    findCallerCertificate(context, certificateId, 'Server');
  }
  for (const certificateId of certificateIds) {
    if (certificateId === defaultCertificateId) {
      throw defaultCertificateUsed(certificateId);
    }
  }
  for (const certificateId of certificateIds) {
    const status = listener.additionalCertificates.get(certificateId);
    if (status === 'Associating' || status === 'Associated') {
      throw certificateAlreadyAssociated(certificateId);
    }
  }

  const loadBalancer = requireLoadBalancer(context.state, listener.loadBalancerId);
  if (loadBalancer.certificateUsage + certificateIds.length > loadBalancer.certificateQuota) {
    throw certificateQuotaExceeded(loadBalancer.loadBalancerId, loadBalancer.certificateUsage, loadBalancer.certificateQuota);
  }

  if (dryRun) {
    throw dryRunPassed();
  }

  for (const certificateId of certificateIds) {
    startAssociation(context.state, listener, certificateId);
  }
  const job = context.startJob({
    apiName: associateAction,
    listenerId,
    operateType: 'Update',
    effect: { kind: 'associate', certificateIds },
  });
  listener.status = 'Configuring';
  return { JobId: job.id };
}
