import type fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import type { CertificateAction } from '../certificate-actions.js';
import { isMutating } from '../certificate-actions.js';
import type { RequestCase } from '../request-case.js';
import type { RequestDomain } from '../request-domain.js';
import { requestDomainFrom } from '../request-domain.js';
import type { PropertyCase } from '../run/check-clause-property.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import { guardListenerCertificates } from './guard-listeners.js';

/**
 * Checks a property over single requests of `action` built from the target's ids. For an operation
 * that changes state, the clause restores the listeners afterwards in case the target wrongly
 * performs a request.
 */
export async function checkRequestCaseProperty<T extends RequestCase>(
  context: ClauseContext,
  action: CertificateAction,
  settings: PropertySettings,
  cases: (domain: RequestDomain) => fc.Arbitrary<T>,
  check: (requestCase: T, propertyCase: PropertyCase) => Promise<void>,
): Promise<void> {
  const domain = requestDomainFrom(context.resources);
  if (isMutating(action)) {
    await guardListenerCertificates(context);
  }

  await checkClauseProperty(context, { arbitrary: () => cases(domain), predicate: check }, settings);
}
