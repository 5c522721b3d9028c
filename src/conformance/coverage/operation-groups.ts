import type { OperationGroup } from './coverage-types.js';

/**
 * The listener-certificate operations the suite tests, which coverage reports as its headline. The other
 * catalogue operations (CreateListener, UpdateListenerAttribute, DeleteListener) only set up and tear
 * down listeners, so their parameters and error codes are reported apart.
 */
export const certificateOperationActions: readonly string[] = [
  'AssociateAdditionalCertificatesWithListener',
  'DissociateAdditionalCertificatesFromListener',
  'ListListenerCertificates',
  'GetListenerAttribute',
  'ListAsynJobs',
];

/** Returns the coverage group of an operation. */
export function operationGroupOf(action: string): OperationGroup {
  return certificateOperationActions.includes(action) ? 'certificate' : 'listener-setup';
}
