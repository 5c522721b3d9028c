import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { invalidRequestArbitrary } from '../arbitraries/invalid-request.js';
import type { CertificateAction } from '../certificate-actions.js';
import { expectRejection } from './outcome-expectations.js';
import { checkRequestCaseProperty } from './request-case-property.js';

/**
 * Checks that every request of `action` that breaks one constraint of its request schema is rejected
 * with HTTP 400 and the documented validation error (`Missing<Name>` or InvalidParameter) naming the
 * parameter.
 */
export async function checkInvalidRequestProperty(context: ClauseContext, action: CertificateAction, settings: PropertySettings): Promise<void> {
  await checkRequestCaseProperty(
    context,
    action,
    settings,
    (domain) => invalidRequestArbitrary(action, domain),
    async (requestCase, { client, log }) => {
      log.note(`breaks: ${requestCase.breaks}`);
      const result = await client.call(action, requestCase.request, { unchecked: true });
      expectRejection(requestCase.expected, requestCase.breaks, result);
    },
  );
}
