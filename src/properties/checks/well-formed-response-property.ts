import fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { ParameterPlacement, RpcResult, SignatureStyle } from '../../conformance/wire-contract.js';
import { invalidRequestArbitrary } from '../arbitraries/invalid-request.js';
import { validRequestArbitrary } from '../arbitraries/valid-request.js';
import type { CertificateAction } from '../certificate-actions.js';
import { certificateActions, isMutating } from '../certificate-actions.js';
import type { RequestCase } from '../request-case.js';
import { requestDomainFrom } from '../request-domain.js';
import type { RequestDomain } from '../request-domain.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { guardListenerCertificates } from './guard-listeners.js';
import { expectWellFormedResponse } from './outcome-expectations.js';

/** The time a response may take, in milliseconds: the wire client's default timeout. */
const responseDeadlineMs = 10_000;

/**
 * Checks that no input gets a server error, a body that is not JSON, or no response in time. The inputs
 * are valid requests, requests breaking one constraint, and parameters with arbitrary names and values,
 * signed with either signature and sent in the query or in a form body.
 */
export async function checkWellFormedResponseProperty(context: ClauseContext, settings: PropertySettings): Promise<void> {
  const domain = requestDomainFrom(context.resources);
  await guardListenerCertificates(context);

  await checkClauseProperty(
    context,
    {
      arbitrary: () => fc.record({ requestCase: anyRequestArbitrary(domain), signatureStyle: signatureStyles, placement: placements }),
      predicate: async ({ requestCase, signatureStyle, placement }, { client }) => {
        const startedAt = Date.now();
        let result: RpcResult;
        try {
          result = await client.call(requestCase.action, requestCase.request, { unchecked: true, signatureStyle, placement });
        } catch (error) {
          throw new ClauseExpectationError(`The target sent no complete response: ${(error as Error).message}`, { response: 'an HTTP response' }, { response: 'none' });
        }
        expectWellFormedResponse(result, Date.now() - startedAt, responseDeadlineMs);
      },
    },
    settings,
  );
}

/** The two signatures ALB accepts, and the two places business parameters travel. */
const signatureStyles = fc.constantFrom<SignatureStyle>('ACS3-HMAC-SHA256', 'HMAC-SHA1');
const placements = fc.constantFrom<ParameterPlacement>('query', 'form');

function anyRequestArbitrary(domain: RequestDomain): fc.Arbitrary<RequestCase> {
  const valid = certificateActions.map((action) => validRequestArbitrary(action, domain));
  const invalid = certificateActions.map((action) => invalidRequestArbitrary(action, domain));
  const arbitraryParameters = certificateActions.map((action) => arbitraryParametersArbitrary(action));

  return fc.oneof(fc.oneof(...valid), fc.oneof(...invalid), fc.oneof(...arbitraryParameters));
}

/** Parameters with any names and values; operations that change state also get DryRun=true. */
function arbitraryParametersArbitrary(action: CertificateAction): fc.Arbitrary<RequestCase> {
  const names = fc.string({ unit: 'grapheme', maxLength: 30 });
  const values = fc.string({ unit: 'grapheme', maxLength: 40 });

  return fc.dictionary(names, values, { maxKeys: 8, noNullPrototype: true }).map((parameters) => ({
    action,
    request: isMutating(action) ? { ...parameters, DryRun: true } : parameters,
  }));
}
