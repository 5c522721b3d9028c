import { listenerPortKey } from './listener-port.js';
import { certificateQuotaFor } from './quota.js';
import type { SeedIssue } from './seed-error.js';
import type { Seed, SeedCertificate, SeedListener } from './seed-types.js';

/**
 * Checks what the JSON Schema cannot: unique ids, references that exist, certificates that fit their
 * use, ports unique per load balancer and additional certificates within each load balancer's quota.
 */
export function findSeedReferenceIssues(seed: Seed): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  const accountIds = collectUniqueIds(seed.accounts, 'accountId', 'seed.accounts', report);
  const loadBalancerIds = collectUniqueIds(seed.loadBalancers, 'loadBalancerId', 'seed.loadBalancers', report);
  collectUniqueIds(seed.listeners, 'listenerId', 'seed.listeners', report);
  const accessKeys = seed.accounts.flatMap((account, accountIndex) =>
    account.accessKeys.map((key, keyIndex) => ({ ...key, path: `seed.accounts[${accountIndex}].accessKeys[${keyIndex}]` })),
  );
  const seenAccessKeyIds = new Set<string>();
  for (const key of accessKeys) {
    if (seenAccessKeyIds.has(key.accessKeyId)) {
      report(`${key.path}.accessKeyId`, `duplicate access key ${key.accessKeyId}; give each access key a unique id`);
    }
    seenAccessKeyIds.add(key.accessKeyId);
    (key.deniedLoadBalancerIds ?? []).forEach((loadBalancerId, index) => {
      if (!loadBalancerIds.has(loadBalancerId)) {
        report(
          `${key.path}.deniedLoadBalancerIds[${index}]`,
          `load balancer ${loadBalancerId} is not defined in seed.loadBalancers`,
        );
      }
    });
  }

  seed.loadBalancers.forEach((loadBalancer, index) => {
    if (!accountIds.has(loadBalancer.accountId)) {
      report(
        `seed.loadBalancers[${index}].accountId`,
        `account ${loadBalancer.accountId} is not defined in seed.accounts`,
      );
    }
  });

  const certificates = new Map<string, SeedCertificate>();
  seed.certificates.forEach((certificate, index) => {
    const path = `seed.certificates[${index}]`;
    if (certificates.has(certificate.certificateId)) {
      report(`${path}.certificateId`, `duplicate certificate ${certificate.certificateId}; give each certificate a unique id`);
    }
    certificates.set(certificate.certificateId, certificate);
    if (!certificate.certificateId.endsWith(`-${seed.region}`)) {
      report(
        `${path}.certificateId`,
        `certificate ${certificate.certificateId} must end with -${seed.region}, as certificate ids of the region do`,
      );
    }
    if (!accountIds.has(certificate.accountId)) {
      report(`${path}.accountId`, `account ${certificate.accountId} is not defined in seed.accounts`);
    }
  });

  checkListeners(seed, certificates, report);
  return issues;
}

function checkListeners(
  seed: Seed,
  certificates: Map<string, SeedCertificate>,
  report: (path: string, message: string) => void,
): void {
  const loadBalancers = new Map(seed.loadBalancers.map((loadBalancer) => [loadBalancer.loadBalancerId, loadBalancer]));
  const portOwners = new Map<string, string>();
  const usageByLoadBalancer = new Map<string, number>();

  seed.listeners.forEach((listener, index) => {
    const path = `seed.listeners[${index}]`;
    const loadBalancer = loadBalancers.get(listener.loadBalancerId);
    if (loadBalancer === undefined) {
      report(
        `${path}.loadBalancerId`,
        `load balancer ${listener.loadBalancerId} is not defined in seed.loadBalancers`,
      );
      return;
    }

    const portKey = listenerPortKey(listener.loadBalancerId, listener.protocol, listener.port);
    const portOwner = portOwners.get(portKey);
    if (portOwner !== undefined) {
      report(`${path}.port`, `port ${listener.port} is already used by ${portOwner} on ${listener.loadBalancerId}; pick another port`);
    }
    portOwners.set(portKey, listener.listenerId);

    const checkCertificate = (certificatePath: string, certificateId: string, expectedType: 'Server' | 'Ca') => {
      const certificate = certificates.get(certificateId);
      if (certificate === undefined) {
        report(certificatePath, `certificate ${certificateId} is not defined in seed.certificates`);
      } else if (certificate.type !== expectedType) {
        report(certificatePath, `certificate ${certificateId} is a ${certificate.type} certificate; use a ${expectedType} certificate`);
      } else if (certificate.accountId !== loadBalancer.accountId) {
        report(
          certificatePath,
          `certificate ${certificateId} belongs to account ${certificate.accountId}, not to ${loadBalancer.accountId} of ${listener.loadBalancerId}`,
        );
      }
    };

    checkCertificateUse(listener, path, report);
    if (listener.defaultCertificateId !== undefined) {
      checkCertificate(`${path}.defaultCertificateId`, listener.defaultCertificateId, 'Server');
    }
    const additionalIds = listener.additionalCertificateIds ?? [];
    const seenAdditional = new Set<string>();
    additionalIds.forEach((certificateId, certificateIndex) => {
      const certificatePath = `${path}.additionalCertificateIds[${certificateIndex}]`;
      checkCertificate(certificatePath, certificateId, 'Server');
      if (certificateId === listener.defaultCertificateId) {
        report(certificatePath, `certificate ${certificateId} is the default certificate; list it only once, as defaultCertificateId`);
      }
      if (seenAdditional.has(certificateId)) {
        report(certificatePath, `certificate ${certificateId} is listed twice; remove the duplicate`);
      }
      seenAdditional.add(certificateId);
    });
    (listener.caCertificateIds ?? []).forEach((certificateId, certificateIndex) => {
      checkCertificate(`${path}.caCertificateIds[${certificateIndex}]`, certificateId, 'Ca');
    });

    usageByLoadBalancer.set(listener.loadBalancerId, (usageByLoadBalancer.get(listener.loadBalancerId) ?? 0) + additionalIds.length);
  });

  seed.loadBalancers.forEach((loadBalancer, index) => {
    const usage = usageByLoadBalancer.get(loadBalancer.loadBalancerId) ?? 0;
    const quota = certificateQuotaFor(loadBalancer);
    if (usage > quota) {
      report(
        `seed.loadBalancers[${index}]`,
        `its listeners have ${usage} additional certificates, over the quota of ${quota}; raise certificateQuota or remove associations`,
      );
    }
  });
}

function checkCertificateUse(listener: SeedListener, path: string, report: (path: string, message: string) => void): void {
  if (listener.protocol !== 'HTTP') {
    if ((listener.additionalCertificateIds ?? []).length > 0 && listener.defaultCertificateId === undefined) {
      report(`${path}.defaultCertificateId`, 'a listener with additional certificates needs a default certificate; add defaultCertificateId');
    }
    return;
  }

  const fields = ['defaultCertificateId', 'additionalCertificateIds', 'caCertificateIds'] as const;
  for (const field of fields) {
    if (listener[field] !== undefined) {
      report(`${path}.${field}`, `an HTTP listener has no certificates; remove ${field} or use HTTPS or QUIC`);
    }
  }
}

function collectUniqueIds<Item, Key extends keyof Item>(
  items: Item[],
  key: Key,
  path: string,
  report: (path: string, message: string) => void,
): Set<Item[Key]> {
  const ids = new Set<Item[Key]>();
  items.forEach((item, index) => {
    const id = item[key];
    if (ids.has(id)) {
      report(`${path}[${index}].${String(key)}`, `duplicate id ${String(id)}; give each entry a unique ${String(key)}`);
    }
    ids.add(id);
  });
  return ids;
}
