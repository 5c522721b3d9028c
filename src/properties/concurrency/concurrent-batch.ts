import fc from 'fast-check';

import type { CertificateChange } from '../model/change-prediction.js';

/** A batch of changes sent at once, after an optional association awaited first. */
export interface ConcurrentBatch {
  /** Certificates associated with `prefixListenerId` (and awaited) before the batch, so that the batch can dissociate them. */
  readonly prefix: readonly string[];
  readonly prefixListenerId: string;
  readonly changes: readonly CertificateChange[];
}

/** Associate and Dissociate accept at most 15 certificates per request, per the ALB API metadata. */
const certificatesPerRequest = 15;

/**
 * Batches on one listener: 2 to 4 Associate or Dissociate calls over a pool of 12 free certificates,
 * up to 4 of which an awaited association put on the listener first. Up to 4 and 8 more exceed the
 * Basic edition's quota of 10.
 */
export function oneListenerBatchArbitrary(listenerId: string, freeCertificateIds: readonly string[]): fc.Arbitrary<ConcurrentBatch> {
  const pool = freeCertificateIds.slice(0, 12);
  const associate = fc.subarray([...pool], { minLength: 1, maxLength: Math.min(8, pool.length) }).map((certificateIds) => change('AssociateAdditionalCertificatesWithListener', listenerId, certificateIds));
  const dissociate = fc.subarray([...pool], { minLength: 1, maxLength: Math.min(3, pool.length) }).map((certificateIds) => change('DissociateAdditionalCertificatesFromListener', listenerId, certificateIds));

  return fc.record({
    prefix: fc.subarray([...pool], { maxLength: Math.min(4, pool.length) }),
    prefixListenerId: fc.constant(listenerId),
    changes: fc.array(fc.oneof(associate, associate, dissociate), { minLength: 2, maxLength: 4 }),
  });
}

/**
 * Batches across listeners of one load balancer: 2 to 4 calls, mostly Associate calls of 10 to 15
 * certificates, two of which exceed the Standard edition's quota of 25, and Dissociate calls of the
 * certificates the first listener starts with.
 */
export function oneLoadBalancerBatchArbitrary(
  listenerIds: readonly string[],
  freeCertificateIds: readonly string[],
  startingCertificateIds: readonly string[],
): fc.Arbitrary<ConcurrentBatch> {
  const firstListenerId = listenerIds[0] ?? '';
  const largest = Math.min(certificatesPerRequest, freeCertificateIds.length);
  const associate = fc
    .tuple(fc.constantFrom(...listenerIds), fc.shuffledSubarray([...freeCertificateIds], { minLength: Math.min(10, largest), maxLength: largest }))
    .map(([listenerId, certificateIds]) => change('AssociateAdditionalCertificatesWithListener', listenerId, certificateIds));
  const dissociatable = [...startingCertificateIds, ...freeCertificateIds.slice(0, 1)];
  const dissociate = fc
    .subarray(dissociatable, { minLength: 1, maxLength: Math.min(2, dissociatable.length) })
    .map((certificateIds) => change('DissociateAdditionalCertificatesFromListener', firstListenerId, certificateIds));

  return fc.record({
    prefix: fc.constant([]),
    prefixListenerId: fc.constant(firstListenerId),
    changes: fc.array(fc.oneof(associate, associate, associate, dissociate), { minLength: 2, maxLength: 4 }),
  });
}

function change(action: CertificateChange['action'], listenerId: string, certificateIds: readonly string[]): CertificateChange {
  return { action, listenerId, certificateIds, dryRun: false };
}
