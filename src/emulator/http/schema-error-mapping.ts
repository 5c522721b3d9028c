import type { ErrorObject } from 'ajv';

import { invalidParameterError, missingParameterError } from './gateway-error.js';
import type { GatewayError } from './gateway-error.js';

/**
 * Turns the errors of a coercing request validator into the gateway error the real service would
 * send: `Missing<Name>` for an absent required parameter, otherwise InvalidParameter naming the
 * wire parameter and the broken constraint. Names are wire names, so the instance path
 * `/Certificates/0/CertificateId` becomes `Certificates.1.CertificateId`.
 *
 * Returns undefined when every error is about an unknown property, because the gateway ignores those.
 */
export function mapSchemaErrors(errors: readonly ErrorObject[]): GatewayError | undefined {
  const relevant = errors.filter((error) => error.keyword !== 'additionalProperties');

  const missing = relevant.find((error) => error.keyword === 'required');
  if (missing !== undefined) {
    const property = String(missing.params['missingProperty']);

    return missingParameterError(joinWireName(missing.instancePath, property));
  }

  const invalid = relevant[0];
  if (invalid === undefined) {
    return undefined;
  }

  return invalidParameterError(joinWireName(invalid.instancePath), describeConstraint(invalid));
}

/** Converts a JSON pointer into the flattened wire name: 1-based list indices joined with dots. */
export function joinWireName(instancePath: string, property?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment));

  if (property !== undefined) {
    segments.push(property);
  }

  return segments.join('.');
}

function describeConstraint(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'type':
      return describeType(String(params['type']));
    case 'maxItems':
      return `must have at most ${String(params['limit'])} items`;
    case 'minItems':
      return `must have at least ${String(params['limit'])} items`;
    case 'maxLength':
      return `must be at most ${String(params['limit'])} characters long`;
    case 'minLength':
      return `must be at least ${String(params['limit'])} characters long`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}`;
    case 'minimum':
      return `must be at least ${String(params['limit'])}`;
    case 'pattern':
      return describePattern(String(params['pattern']));
    case 'enum':
      return `must be one of ${formatAllowedValues(params['allowedValues'])}`;
    case 'format':
      return `must be a valid ${String(params['format'])}`;
    default:
      return error.message ?? `must satisfy the ${error.keyword} constraint`;
  }
}

function describeType(type: string): string {
  const descriptions: Record<string, string> = {
    boolean: 'must be a boolean (true or false)',
    integer: 'must be an integer',
    number: 'must be a number',
    string: 'must be a string',
    array: 'must be a list sent as Name.1, Name.2, ...',
    object: 'must be an object sent as Name.Field',
  };

  return descriptions[type] ?? `must be of type ${type}`;
}

/** Patterns of the spec that read better in words. */
const patternDescriptions: Record<string, string> = {
  '^[\\x20-\\x7E]*$': 'must contain printable ASCII characters only',
};

function describePattern(pattern: string): string {
  return patternDescriptions[pattern] ?? `must match the pattern ${pattern}`;
}

function formatAllowedValues(values: unknown): string {
  return Array.isArray(values) ? values.map(String).join(', ') : String(values);
}
