import fc from 'fast-check';

import type { CertificateAction } from '../certificate-actions.js';
import { parametersOf } from '../certificate-actions.js';
import type { InvalidRequestCase } from '../request-case.js';
import type { RequestDomain } from '../request-domain.js';
import { listBreakers } from './_internals/list-breakers.js';
import { scalarBreakers } from './_internals/scalar-breakers.js';

/**
 * Builds requests of `action` that break exactly one constraint of its request schema, each tagged
 * with the gateway error it must get: `Missing<Name>` for a missing required parameter, otherwise
 * InvalidParameter naming the parameter. The breakers come from the operation's parameter definitions
 * in the catalogue: required, type, minItems, maxItems, minLength, maxLength, pattern, enum, minimum
 * and maximum. Lists also get gaps and malformed `Name.N` indices, and certificate lists a duplicate.
 *
 * Requests of operations that change state carry DryRun=true unless DryRun is the broken parameter.
 *
 * @throws Error naming the action when its schema gives nothing to break.
 */
export function invalidRequestArbitrary(action: CertificateAction, domain: RequestDomain): fc.Arbitrary<InvalidRequestCase> {
  const breakers = parametersOf(action).flatMap((parameter) => {
    if (parameter.type === 'array') {
      return listBreakers(action, domain, parameter);
    }
    if (parameter.type === 'object') {
      return [];
    }
    return scalarBreakers(action, domain, parameter);
  });

  if (breakers.length === 0) {
    throw new Error(`${action} has no request constraint to break; its catalogue entry lists no parameters`);
  }

  return fc.oneof(...breakers);
}
