import type { Seed, SeedCertificate, SeedListener, SeedLoadBalancer } from '../src/emulator/index.js';

/** Size of a generated benchmark seed. */
export interface BenchSeedSize {
  listeners: number;
  /** Additional certificates already associated with each listener, each its own certificate. */
  associationsPerListener: number;
  /** Certificates per listener that are not associated, for Associate calls. */
  freeCertificatesPerListener: number;
}

export const benchAccountId = '1234567890123456';
export const benchCredentials = { accessKeyId: 'local-access-key-id', accessKeySecret: 'local-access-key-secret' };

/** Listeners per load balancer; each listener gets its own port on it. */
const listenersPerLoadBalancer = 100;

/** Builds a seed of HTTPS listeners, each with its own default, associated and free certificates. */
export function buildBenchSeed(size: BenchSeedSize): Seed {
  const loadBalancers: SeedLoadBalancer[] = [];
  const certificates: SeedCertificate[] = [];
  const listeners: SeedListener[] = [];
  const quota = listenersPerLoadBalancer * (size.associationsPerListener + size.freeCertificatesPerListener);

  for (let index = 0; index < size.listeners; index += 1) {
    const loadBalancerId = `alb-bench-${Math.floor(index / listenersPerLoadBalancer)}`;
    if (index % listenersPerLoadBalancer === 0) {
      loadBalancers.push({ loadBalancerId, accountId: benchAccountId, edition: 'Standard', certificateQuota: quota });
    }

    const defaultCertificateId = addCertificate(certificates, benchCertificateId(index, 'default'));
    const additionalCertificateIds: string[] = [];
    for (let slot = 0; slot < size.associationsPerListener; slot += 1) {
      additionalCertificateIds.push(addCertificate(certificates, benchCertificateId(index, `a${slot}`)));
    }
    for (let slot = 0; slot < size.freeCertificatesPerListener; slot += 1) {
      addCertificate(certificates, benchCertificateId(index, `f${slot}`));
    }

    listeners.push({
      listenerId: benchListenerId(index),
      loadBalancerId,
      protocol: 'HTTPS',
      port: 1000 + (index % listenersPerLoadBalancer),
      status: 'Running',
      defaultCertificateId,
      additionalCertificateIds,
    });
  }

  return {
    region: 'cn-hangzhou',
    accounts: [{ accountId: benchAccountId, accessKeys: [benchCredentials] }],
    loadBalancers,
    certificates,
    listeners,
  };
}

export function benchListenerId(index: number): string {
  return `lsn-bench-${index}`;
}

/** Certificate ids end with the region, as the seed requires. */
export function benchCertificateId(listenerIndex: number, slot: string): string {
  return `bench-${listenerIndex}-${slot}-cn-hangzhou`;
}

function addCertificate(certificates: SeedCertificate[], certificateId: string): string {
  certificates.push({ certificateId, type: 'Server', accountId: benchAccountId });

  return certificateId;
}
