import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { validRequestArbitrary } from '../arbitraries/valid-request.js';
import type { CertificateAction } from '../certificate-actions.js';
import { expectSuccessOrDocumentedError } from './outcome-expectations.js';
import { checkRequestCaseProperty } from './request-case-property.js';

/**
 * Checks that every request of `action` that satisfies its request schema is accepted, or rejected
 * only with a business error the spec documents for the operation. Requests of operations that change
 * state carry DryRun=true, so the property leaves the target as it was.
 */
export async function checkValidRequestProperty(context: ClauseContext, action: CertificateAction, settings: PropertySettings): Promise<void> {
  await checkRequestCaseProperty(
    context,
    action,
    settings,
    (domain) => validRequestArbitrary(action, domain),
    async (requestCase, { client }) => {
      expectSuccessOrDocumentedError(requestCase, await client.call(action, requestCase.request));
    },
  );
}
