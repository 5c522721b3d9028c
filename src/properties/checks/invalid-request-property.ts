import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { invalidRequestArbitrary } from '../arbitraries/invalid-request.js';
import type { CertificateAction } from '../certificate-actions.js';
import { isMutating } from '../certificate-actions.js';
import { requestDomainFrom } from '../request-domain.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { guardListenerCertificates } from './guard-listeners.js';
import { expectRejection } from './outcome-expectations.js';

/**
 * Checks that every request of `action` that breaks one constraint of its request schema is rejected
 * with HTTP 400 and the documented validation error (`Missing<Name>` or InvalidParameter) naming the
 * parameter.
 */
export async function checkInvalidRequestProperty(
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
      arbitrary: () => invalidRequestArbitrary(action, domain),
      predicate: async (requestCase, { client, log }) => {
        log.note(`breaks: ${requestCase.breaks}`);
        const result = await client.call(action, requestCase.request, { unchecked: true });
        expectRejection(requestCase.expected, requestCase.breaks, result);
      },
    },
    settings,
  );
}
