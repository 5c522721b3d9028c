import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { validRequestArbitrary } from '../arbitraries/valid-request.js';
import type { CertificateAction } from '../certificate-actions.js';
import { isMutating } from '../certificate-actions.js';
import { requestDomainFrom } from '../request-domain.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { guardListenerCertificates } from './guard-listeners.js';
import { expectSuccessOrDocumentedError } from './outcome-expectations.js';

/**
 * Checks that every request of `action` that satisfies its request schema is accepted, or rejected
 * only with a business error the spec documents for the operation. Requests of operations that change
 * state carry DryRun=true, so the property leaves the target as it was.
 */
export async function checkValidRequestProperty(
  context: ClauseContext,
  action: CertificateAction,
  settings: PropertySettings,
): Promise<void> {
  const domain = requestDomainFrom(context.resources);
  if (isMutating(action)) {
    await guardListenerCertificates(context);
  }

  await checkClauseProperty(
    context,
    {
      arbitrary: () => validRequestArbitrary(action, domain),
      predicate: async (requestCase, { client }) => {
        expectSuccessOrDocumentedError(requestCase, await client.call(action, requestCase.request));
      },
    },
    settings,
  );
}
