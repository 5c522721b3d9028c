import { invalidParameterValue } from '../business-errors.js';
import { findCallerCertificate } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import {
  optionalArray,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  readCertificateIds,
} from '../request-fields.js';
import type { ForwardGroupAction, ListenerSettings } from '../state.js';

/**
 * Reads the listener fields shared by CreateListener and UpdateListenerAttribute into settings changes.
 * Only fields present in the request appear in the result. Ranges follow the ALB API metadata.
 */
export function readListenerSettingChanges(request: Record<string, unknown>): Partial<ListenerSettings> {
  const changes: Partial<ListenerSettings> = {};

  const description = optionalString(request, 'ListenerDescription');
  if (description !== undefined) {
    changes.description = description;
  }
  const idleTimeout = optionalInteger(request, 'IdleTimeout', 1, 60);
  if (idleTimeout !== undefined) {
    changes.idleTimeout = idleTimeout;
  }
  const requestTimeout = optionalInteger(request, 'RequestTimeout', 1, 180);
  if (requestTimeout !== undefined) {
    changes.requestTimeout = requestTimeout;
  }
  const gzipEnabled = optionalBoolean(request, 'GzipEnabled');
  if (gzipEnabled !== undefined) {
    changes.gzipEnabled = gzipEnabled;
  }
  const http2Enabled = optionalBoolean(request, 'Http2Enabled');
  if (http2Enabled !== undefined) {
    changes.http2Enabled = http2Enabled;
  }
  const securityPolicyId = optionalString(request, 'SecurityPolicyId');
  if (securityPolicyId !== undefined) {
    changes.securityPolicyId = securityPolicyId;
  }
  const caEnabled = optionalBoolean(request, 'CaEnabled');
  if (caEnabled !== undefined) {
    changes.caEnabled = caEnabled;
  }
  const defaultActions = optionalArray(request, 'DefaultActions');
  if (defaultActions !== undefined) {
    changes.defaultActions = defaultActions as ForwardGroupAction[];
  }
  const xForwardedForConfig = optionalObject(request, 'XForwardedForConfig');
  if (xForwardedForConfig !== undefined) {
    changes.xForwardedForConfig = { ...xForwardedForConfig };
  }
  const quicConfig = optionalObject(request, 'QuicConfig');
  if (quicConfig !== undefined) {
    changes.quicConfig = { ...quicConfig };
  }

  return changes;
}

/**
 * Reads `Certificates` (the default certificate, at most one) and `CaCertificates` and checks them against
 * the caller's certificate store: ResourceNotFound.Certificate for an unknown id, InvalidParameter for a
 * certificate of the wrong type.
 */
export function readListenerCertificates(
  context: OperationContext,
  request: Record<string, unknown>,
): { defaultCertificateId?: string; caCertificateIds?: string[] } {
  const result: { defaultCertificateId?: string; caCertificateIds?: string[] } = {};

  const certificateIds = readCertificateIds(request, 'Certificates', false);
  if (certificateIds !== undefined && certificateIds.length > 1) {
    throw invalidParameterValue('Certificates', 'a listener has one default certificate; add others with AssociateAdditionalCertificatesWithListener');
  }
  const defaultCertificateId = certificateIds?.[0];
  if (defaultCertificateId !== undefined) {
    findCallerCertificate(context, defaultCertificateId, 'Server');
    result.defaultCertificateId = defaultCertificateId;
  }

  const caCertificateIds = readCertificateIds(request, 'CaCertificates', false);
  if (caCertificateIds !== undefined) {
    for (const certificateId of caCertificateIds) {
      findCallerCertificate(context, certificateId, 'Ca');
    }
    result.caCertificateIds = caCertificateIds;
  }

  return result;
}
