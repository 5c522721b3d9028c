import type { ClauseDefinition } from '../registry/clause-types.js';
import type { CertificateRole, ListenerRole } from '../config/target-config.js';
import { certificateRoles, listenerRoles } from '../config/target-config.js';
import type { ConformanceTarget } from './conformance-target.js';

/**
 * Returns why a clause must be skipped on this target, or undefined when it can run:
 * it is retired, its tier is not selected, or the target lacks something it needs.
 */
export function reasonToSkip(clause: ClauseDefinition, target: ConformanceTarget): string | undefined {
  if (clause.status === 'retired') {
    return `retired: ${clause.retiredReason ?? 'no longer applies'}`;
  }

  if (!target.tiers.includes(clause.tier)) {
    return `tier ${clause.tier} not selected (selected: ${target.tiers.join(', ')}; add --tier ${clause.tier})`;
  }

  for (const need of clause.needs) {
    const missing = unmetNeed(need, target);
    if (missing !== undefined) {
      return `needs ${need}: ${missing}`;
    }
  }
  return undefined;
}

function unmetNeed(need: string, target: ConformanceTarget): string | undefined {
  if (need === 'restrictedCredentials') {
    return target.credentials.restricted ? undefined : 'set credentials.restricted in the target configuration';
  }
  if (need === 'stsCredentials') {
    return target.credentials.sts
      ? undefined
      : 'set credentials.sts, an STS AccessKey with its security token, in the target configuration';
  }
  if (need === 'costly') {
    return target.allowCostly ? undefined : 'set allowCostly: true in the target configuration';
  }
  if (need === 'destructive') {
    return target.allowDestructive ? undefined : 'set allowDestructive: true in the target configuration';
  }
  if (need === 'inFlightWindow') {
    return target.idempotence?.inFlightWindowMs !== undefined
      ? undefined
      : 'the target declares no in-flight window for ClientToken requests; set idempotence.inFlightWindowMs in the ' +
          'target configuration if it guarantees one (alb-emulator --accept-latency-ms N gives N)';
  }

  const [kind, detail = ''] = need.split('.');
  if (kind === 'listener' && isListenerRole(detail)) {
    return target.resources.listeners[detail] ? undefined : `set resources.listeners.${detail} in the target configuration`;
  }
  if (kind === 'certificate' && isCertificateRole(detail)) {
    return target.resources.certificates[detail]
      ? undefined
      : `set resources.certificates.${detail} in the target configuration`;
  }
  if (kind === 'freeCertificates') {
    const count = Number(detail);
    const available = target.resources.certificates.free.length;
    return available >= count
      ? undefined
      : `resources.certificates.free lists ${available} certificates; list at least ${count}`;
  }
  return `unknown need; the registry schema allows only the needs the runner knows`;
}

function isListenerRole(value: string): value is ListenerRole {
  return (listenerRoles as readonly string[]).includes(value);
}

function isCertificateRole(value: string): value is CertificateRole {
  return (certificateRoles as readonly string[]).includes(value);
}
