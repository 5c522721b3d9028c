import fc from 'fast-check';

import { commonParameterNames } from '../../fixtures/wire-parameters.js';
import type { CertificateAction } from '../certificate-actions.js';
import { topLevelParameterNames } from '../certificate-actions.js';

/** RegionId is defined by no ALB request model, but Terraform sends it with every call. */
const regionIdParameter = 'RegionId';

/**
 * Builds 1 to 4 parameters that `action` does not define, with string values. Some are RegionId, the
 * others use names that no request schema or common parameter uses, compared case-insensitively.
 * The spec's `unknownParameters` policy is `ignore`, so adding them to a request must change nothing.
 */
export function unknownParametersArbitrary(action: CertificateAction): fc.Arbitrary<Record<string, string>> {
  // The common parameters name and sign the call, so the gateway reads them; RegionId it ignores.
  const reservedNames = [...commonParameterNames].filter((name) => name !== regionIdParameter);
  const definedNames = new Set([...topLevelParameterNames(action), ...reservedNames].map((name) => name.toLowerCase()));
  const invented = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,15}$/).filter((name) => !definedNames.has(name.toLowerCase()));
  const names = fc.oneof({ arbitrary: invented, weight: 4 }, { arbitrary: fc.constant(regionIdParameter), weight: 1 });
  const values = fc.string({ unit: 'grapheme', maxLength: 20 });

  return fc.dictionary(names, values, { minKeys: 1, maxKeys: 4, noNullPrototype: true });
}
