import fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { RpcResult } from '../../conformance/wire-contract.js';
import { unknownParametersArbitrary } from '../arbitraries/unknown-parameters.js';
import { validRequestArbitrary } from '../arbitraries/valid-request.js';
import { certificateActions } from '../certificate-actions.js';
import { requestDomainFrom } from '../request-domain.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { guardListenerCertificates } from './guard-listeners.js';

/**
 * Checks that parameters an operation does not define change nothing: a valid request (DryRun=true
 * where the operation changes state) gets the same response with and without them, apart from the
 * RequestId. The spec's policy for unknown parameters is `ignore`, because the real gateway ignores
 * them (Terraform sends RegionId to every ALB operation).
 */
export async function checkUnknownParameterProperty(context: ClauseContext, settings: PropertySettings): Promise<void> {
  const domain = requestDomainFrom(context.resources);
  await guardListenerCertificates(context);

  const cases = certificateActions.map((action) =>
    fc.record({ requestCase: validRequestArbitrary(action, domain), unknown: unknownParametersArbitrary(action) }),
  );

  await checkClauseProperty(
    context,
    {
      arbitrary: () => fc.oneof(...cases),
      predicate: async ({ requestCase, unknown }, { client }) => {
        const plain = await client.call(requestCase.action, requestCase.request);
        const extended = await client.call(requestCase.action, { ...requestCase.request, ...unknown });
        expectSameResponse(plain, extended, Object.keys(unknown));
      },
    },
    settings,
  );
}

function expectSameResponse(plain: RpcResult, extended: RpcResult, unknownNames: readonly string[]): void {
  const expected = comparable(plain);
  const received = comparable(extended);

  if (JSON.stringify(expected) !== JSON.stringify(received)) {
    throw new ClauseExpectationError(
      `Adding the unknown parameters ${unknownNames.join(', ')} changed the response; the gateway must ignore them`,
      expected,
      received,
    );
  }
}

/** The parts of a response that must not change: status, and the body or the error without its RequestId. */
function comparable(result: RpcResult): Record<string, unknown> {
  if (!result.ok) {
    return { status: result.status, code: result.code, message: result.message };
  }

  const { RequestId: _requestId, ...body } = result.body;
  return { status: result.status, body };
}
