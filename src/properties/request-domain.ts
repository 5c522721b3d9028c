import type { TargetResources } from '../conformance/config/target-config.js';

/**
 * The ids of a target that request arbitraries draw from, next to the strings the request schema
 * allows. Without them almost every generated request would name an unknown listener and only ever
 * exercise ResourceNotFound.Listener.
 */
export interface RequestDomain {
  /** Listener ids, used for ListenerId and ResourceIds.N. */
  readonly listenerIds: readonly string[];
  /** Certificate ids, used for Certificates.N.CertificateId and CertificateIds.N. */
  readonly certificateIds: readonly string[];
}

/** Collects every listener and certificate id of the target's resources, each once. */
export function requestDomainFrom(resources: TargetResources): RequestDomain {
  const listenerIds = Object.values(resources.listeners).filter(isDefined);
  const { free, ...singleCertificates } = resources.certificates;
  const certificateIds = [...free, ...Object.values(singleCertificates).filter(isDefined)];

  return { listenerIds: [...new Set(listenerIds)], certificateIds: [...new Set(certificateIds)] };
}

function isDefined(value: string | undefined): value is string {
  return value !== undefined;
}
