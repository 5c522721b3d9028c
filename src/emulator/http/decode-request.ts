import { operations } from '../../../generated/catalogue.js';
import type { ActionName } from '../../../generated/catalogue.js';
import { coercingRequestValidators } from '../../../generated/validators.js';
import { unflattenParameters } from '../../wire/index.js';
import type { FlatParameters } from '../../wire/index.js';

import { invalidParameterError } from './gateway-error.js';
import { assertDecimalIntegers } from './integer-syntax.js';
import { assertParameterShapes } from './parameter-shape.js';
import type { RequestSchemaNode } from './integer-syntax.js';
import { mapSchemaErrors } from './schema-error-mapping.js';

/**
 * Turns the flat wire parameters of `action` into the structured, type-coerced request that the
 * core expects, or throws the gateway error the real service would send.
 *
 * @throws GatewayError Missing<Name> or InvalidParameter
 */
export function decodeRequest(action: ActionName, parameters: FlatParameters): Record<string, unknown> {
  const businessParameters = selectOperationParameters(action, parameters);

  const unflattened = unflattenParameters(businessParameters);
  if (!unflattened.ok) {
    throw invalidParameterError(unflattened.parameter, unflattened.reason);
  }

  const request = unflattened.value;
  const schema = operations[action].requestSchema as RequestSchemaNode;
  assertParameterShapes(schema, request);
  assertDecimalIntegers(schema, request);

  // The coercing validator turns wire strings into the schema's types in place ("20" -> 20).
  const validate = coercingRequestValidators[action];
  if (!validate(request)) {
    const error = mapSchemaErrors(validate.errors ?? []);
    if (error !== undefined) {
      throw error;
    }
  }

  assertDistinctCertificates(request);

  return request;
}

/**
 * Keeps only the parameters the operation defines. This drops the common parameters (Action,
 * Version, Format, Timestamp, Signature*, AccessKeyId, SecurityToken, RegionId) and ignores
 * unknown ones, as the real gateway does: Terraform, for one, always sends RegionId.
 */
function selectOperationParameters(action: ActionName, parameters: FlatParameters): FlatParameters {
  const known = knownParameterNames(action);
  const selected: FlatParameters = Object.create(null) as FlatParameters;

  for (const [key, value] of Object.entries(parameters)) {
    const topLevelName = key.split('.')[0] ?? key;
    if (known.has(topLevelName)) {
      selected[key] = value;
    }
  }

  return selected;
}

/** Top-level request parameter names per action, read once from the spec's request schemas. */
const parameterNamesByAction = new Map<ActionName, ReadonlySet<string>>();

function knownParameterNames(action: ActionName): ReadonlySet<string> {
  let names = parameterNamesByAction.get(action);
  if (names === undefined) {
    const schema = operations[action].requestSchema as { properties?: Record<string, unknown> };
    names = new Set(Object.keys(schema.properties ?? {}));
    parameterNamesByAction.set(action, names);
  }

  return names;
}

/** Rejects a request that lists one certificate twice, naming `Certificates`, as the gateway does. */
function assertDistinctCertificates(request: Record<string, unknown>): void {
  const certificates = request['Certificates'];
  if (!Array.isArray(certificates)) {
    return;
  }

  const seen = new Set<unknown>();
  for (const certificate of certificates as Array<Record<string, unknown>>) {
    const certificateId = certificate['CertificateId'];
    if (seen.has(certificateId)) {
      throw invalidParameterError('Certificates', `certificate ${String(certificateId)} is listed more than once`);
    }
    seen.add(certificateId);
  }
}
