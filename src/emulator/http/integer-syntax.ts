import { invalidParameterError } from './gateway-error.js';

/** The parts of a resolved request JSON Schema that locate its integer parameters. */
export interface RequestSchemaNode {
  type?: unknown;
  properties?: Record<string, RequestSchemaNode>;
  items?: RequestSchemaNode;
}

/** Decimal digits with an optional sign. Leading zeros are allowed. */
const decimalInteger = /^[+-]?[0-9]+$/;

/**
 * Rejects an integer parameter whose wire text is not a decimal integer. The coercing validator
 * converts with JavaScript's Number(), which also reads "1e2", "0x10", " 20", "20.0" and "Infinity",
 * and lets Infinity through as an integer.
 *
 * @throws GatewayError InvalidParameter naming the wire parameter, such as `MaxResults`
 */
export function assertDecimalIntegers(schema: RequestSchemaNode, value: unknown, wireName = ''): void {
  if (schema.type === 'integer' && typeof value === 'string' && !decimalInteger.test(value)) {
    throw invalidParameterError(wireName, 'must be an integer');
  }

  if (schema.properties !== undefined && isPlainObject(value)) {
    for (const [name, child] of Object.entries(value)) {
      const childSchema = Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
      if (childSchema !== undefined) {
        assertDecimalIntegers(childSchema, child, wireName === '' ? name : `${wireName}.${name}`);
      }
    }
  }

  if (schema.items !== undefined && Array.isArray(value)) {
    const itemSchema = schema.items;
    value.forEach((item: unknown, index) => assertDecimalIntegers(itemSchema, item, `${wireName}.${index + 1}`));
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
