import { operations } from '../../generated/catalogue.js';
import type { ActionName } from '../../generated/catalogue.js';
import type { OperationDefinition, ParameterDefinition } from '../spec/catalogue-types.js';

/** The listener-certificate operations that the properties exercise. */
export type CertificateAction =
  | 'AssociateAdditionalCertificatesWithListener'
  | 'DissociateAdditionalCertificatesFromListener'
  | 'ListListenerCertificates'
  | 'GetListenerAttribute'
  | 'ListAsynJobs';

export const certificateActions: readonly CertificateAction[] = [
  'AssociateAdditionalCertificatesWithListener',
  'DissociateAdditionalCertificatesFromListener',
  'ListListenerCertificates',
  'GetListenerAttribute',
  'ListAsynJobs',
];

/** The spec's definition of an operation. */
export function operationOf(action: ActionName): OperationDefinition<ActionName> {
  return operations[action];
}

/** Whether the operation changes state: the spec gives it a DryRun parameter. */
export function isMutating(action: ActionName): boolean {
  return operations[action].dryRun !== null;
}

/** The request parameters of an operation under their catalogue wire names (`Certificates.N.CertificateId`). */
export function parametersOf(action: ActionName): readonly ParameterDefinition[] {
  return operations[action].parameters;
}

/** The top-level request properties of an operation, as its request schema names them. */
export function topLevelParameterNames(action: ActionName): string[] {
  const schema = operations[action].requestSchema as { properties?: Record<string, unknown> };

  return Object.keys(schema.properties ?? {});
}
