import { loadBalancerForbiddenById } from '../business-errors.js';
import { assertLoadBalancerAllowed, findCallerListener } from '../listener-checks.js';
import type { OperationContext } from '../operation-context.js';
import type { GetListenerAttributeResponseBody, ResponseFields } from '../operation-types.js';
import { requireString } from '../request-fields.js';

export const getListenerAttributeAction = 'GetListenerAttribute';

/**
 * GetListenerAttribute with every field of the response model. `Certificates` holds only the default
 * certificate, as the API metadata states ("N currently 1"); additional certificates are listed by
 * ListListenerCertificates.
 */
export function getListenerAttribute(context: OperationContext, request: Record<string, unknown>): ResponseFields<GetListenerAttributeResponseBody> {
  const listenerId = requireString(request, 'ListenerId');

  const listener = findCallerListener(context, listenerId);
  assertLoadBalancerAllowed(context, listener.loadBalancerId, loadBalancerForbiddenById);

  const settings = listener.settings;
  return {
    AclConfig: { AclRelations: [] },
    CaCertificates: settings.caCertificateIds.map((certificateId) => ({
      CertificateId: certificateId,
      IsDefault: true,
      Status: 'Associated',
    })),
    CaEnabled: settings.caEnabled,
    Certificates: settings.defaultCertificateId === undefined ? [] : [{ CertificateId: settings.defaultCertificateId }],
    DefaultActions: settings.defaultActions,
    GzipEnabled: settings.gzipEnabled,
    Http2Enabled: settings.http2Enabled,
    IdleTimeout: settings.idleTimeout,
    ...(settings.description === undefined ? {} : { ListenerDescription: settings.description }),
    ListenerId: listener.listenerId,
    ListenerPort: listener.port,
    ListenerProtocol: listener.protocol,
    ListenerStatus: listener.status,
    LoadBalancerId: listener.loadBalancerId,
    LogConfig: {
      AccessLogRecordCustomizedHeadersEnabled: false,
      AccessLogTracingConfig: { TracingEnabled: false },
    },
    QuicConfig: { QuicUpgradeEnabled: false, ...settings.quicConfig },
    RequestTimeout: settings.requestTimeout,
    SecurityPolicyId: settings.securityPolicyId,
    Tags: settings.tags,
    XForwardedForConfig: { ...defaultXForwardedForConfig, ...settings.xForwardedForConfig },
  };
}

/** The header options of a new listener: X-Forwarded-For on, every other header off. */
const defaultXForwardedForConfig = {
  XForwardedForClientCertClientVerifyEnabled: false,
  XForwardedForClientCertFingerprintEnabled: false,
  XForwardedForClientCertIssuerDNEnabled: false,
  XForwardedForClientCertSubjectDNEnabled: false,
  XForwardedForClientSourceIpsEnabled: false,
  XForwardedForClientSrcPortEnabled: false,
  XForwardedForEnabled: true,
  XForwardedForHostEnabled: false,
  XForwardedForProcessingMode: 'append',
  XForwardedForProtoEnabled: false,
  XForwardedForSLBIdEnabled: false,
  XForwardedForSLBPortEnabled: false,
} as const;
