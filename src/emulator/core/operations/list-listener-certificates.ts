import { assertCertificateProtocol, assertLoadBalancerAllowed, findCallerListener } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { ListListenerCertificatesResponseBody, ResponseFields } from '../operation-types.js';
import { paginate } from '../page-token.js';
import { optionalInteger, optionalString, optionalStringArray, requireString } from '../request-fields.js';
import type { AssociationStatus, ListenerRecord } from '../state.js';

export const listListenerCertificatesAction = 'ListListenerCertificates';

interface ListedCertificate {
  CertificateId: string;
  CertificateType: 'Server' | 'Ca';
  IsDefault: boolean;
  Status: AssociationStatus;
}

/**
 * ListListenerCertificates: the default certificate first (IsDefault true, Associated), then the additional
 * certificates in association order with their status, then the CA certificates. Filters CertificateType
 * and CertificateIds apply before pagination; TotalCount counts the filtered list.
 */
export function listListenerCertificates(
  context: OperationContext,
  request: Record<string, unknown>,
): ResponseFields<ListListenerCertificatesResponseBody> {
  const listenerId = requireString(request, 'ListenerId');
  const certificateType = optionalString(request, 'CertificateType');
  const certificateIds = optionalStringArray(request, 'CertificateIds');
  const maxResults = optionalInteger(request, 'MaxResults', 1, 100) ?? 20;
  const nextToken = optionalString(request, 'NextToken');

  const listener = findCallerListener(context, listenerId);
  assertLoadBalancerAllowed(context, listener.loadBalancerId);
  assertCertificateProtocol(listener);

  const wantedIds = certificateIds === undefined ? undefined : new Set(certificateIds);
  const certificates = listCertificates(listener).filter(
    (certificate) =>
      (certificateType === undefined || certificate.CertificateType === certificateType) &&
      (wantedIds === undefined || wantedIds.has(certificate.CertificateId)),
  );
  const scope = JSON.stringify([listListenerCertificatesAction, listenerId, certificateType, certificateIds]);
  const { page, nextToken: followingToken } = paginate(certificates, {
    codec: context.pageTokens,
    scope,
    maxResults,
    nextToken,
  });

  return {
    Certificates: page,
    MaxResults: maxResults,
    ...(followingToken === undefined ? {} : { NextToken: followingToken }),
    TotalCount: certificates.length,
  };
}

function listCertificates(listener: ListenerRecord): ListedCertificate[] {
  const certificates: ListedCertificate[] = [];

  const defaultCertificateId = listener.settings.defaultCertificateId;
  if (defaultCertificateId !== undefined) {
    certificates.push({ CertificateId: defaultCertificateId, CertificateType: 'Server', IsDefault: true, Status: 'Associated' });
  }
  for (const [certificateId, status] of listener.additionalCertificates) {
    certificates.push({ CertificateId: certificateId, CertificateType: 'Server', IsDefault: false, Status: status });
  }
  for (const certificateId of listener.settings.caCertificateIds) {
    certificates.push({ CertificateId: certificateId, CertificateType: 'Ca', IsDefault: true, Status: 'Associated' });
  }

  return certificates;
}
