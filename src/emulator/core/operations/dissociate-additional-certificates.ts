import {
  certificateNotAssociated,
  defaultCertificateUsed,
  dryRunPassed,
  listenerBeingConfigured,
} from '../business-errors.js';
import { findListenerForCertificateChange } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { DissociateAdditionalCertificatesFromListenerResponseBody, ResponseFields } from '../operation-types.js';
import { optionalBoolean, readCertificateIds, requireString } from '../request-fields.js';

export const dissociateAction = 'DissociateAdditionalCertificatesFromListener';

/**
 * DissociateAdditionalCertificatesFromListener. Checks, in order:
 * 1. the listener exists in the caller's account (ResourceNotFound.Listener);
 * 2. the access key may act on its load balancer (Forbidden.LoadBalancer);
 * 3. the listener is HTTPS or QUIC (OperationDenied.HttpListenerNotSupport);
 * 4. the listener is Running. During a certificate job that is ResourceInConfiguring.Listener with this
 *    operation's wording, otherwise IncorrectStatus.Listener;
 * 5. no certificate is the default (OperationDenied.DefaultCertificateUsed);
 * 6. every certificate is Associated. An absent one, an id without its region suffix or one already
 *    Diassociating is ResourceNotAssociated.Certificate;
 * 7. DryRun=true stops here with DryRunOperation.
 * The certificates become Diassociating and disappear when the job ends.
 */
export function dissociateAdditionalCertificates(
  context: OperationContext,
  request: Record<string, unknown>,
): ResponseFields<DissociateAdditionalCertificatesFromListenerResponseBody> {
  const listenerId = requireString(request, 'ListenerId');
  const certificateIds = readCertificateIds(request, 'Certificates', true) ?? [];
  const dryRun = optionalBoolean(request, 'DryRun') ?? false;

  const listener = findListenerForCertificateChange(context, listenerId, listenerBeingConfigured);

  for (const certificateId of certificateIds) {
    if (certificateId === listener.settings.defaultCertificateId) {
      throw defaultCertificateUsed(certificateId);
    }
  }
  for (const certificateId of certificateIds) {
    if (listener.additionalCertificates.get(certificateId) !== 'Associated') {
      throw certificateNotAssociated(certificateId);
    }
  }

  if (dryRun) {
    throw dryRunPassed();
  }

  for (const certificateId of certificateIds) {
    listener.additionalCertificates.set(certificateId, 'Diassociating');
  }
  const job = context.startJob({
    apiName: dissociateAction,
    listenerId,
    operateType: 'Update',
    effect: { kind: 'dissociate', certificateIds },
  });
  listener.status = 'Configuring';
  return { JobId: job.id };
}
