import { invalidParameterError } from './gateway-error.js';
import type { RequestSchemaNode } from './integer-syntax.js';

/**
 * Rejects a parameter whose wire form does not fit its schema's shape: a scalar sent as a list
 * (`ListenerId.1=lsn-x`) or a list sent as a scalar (`CertificateIds=abc`). Without this check, ajv's
 * `coerceTypes: 'array'` would unwrap a one-item list into a scalar, or wrap a scalar into a list, and
 * accept the request.
 *
 * @throws GatewayError InvalidParameter naming the wire parameter
 */
export function assertParameterShapes(schema: RequestSchemaNode, value: Record<string, unknown>, wirePrefix = ''): void {
  const properties = schema.properties ?? {};

  for (const [name, child] of Object.entries(value)) {
    const childSchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (childSchema === undefined) {
      continue;
    }

    const wireName = `${wirePrefix}${name}`;
    const mismatch = describeShapeMismatch(childSchema, child);
    if (mismatch !== undefined) {
      throw invalidParameterError(wireName, mismatch);
    }

    descend(childSchema, child, wireName);
  }
}

function descend(schema: RequestSchemaNode, value: unknown, wireName: string): void {
  if (isPlainObject(value)) {
    assertParameterShapes(schema, value, `${wireName}.`);
    return;
  }

  const itemSchema = schema.items;
  if (itemSchema !== undefined && Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      if (isPlainObject(item)) {
        assertParameterShapes(itemSchema, item, `${wireName}.${index + 1}.`);
      }
    });
  }
}

function describeShapeMismatch(schema: RequestSchemaNode, value: unknown): string | undefined {
  if (schema.type === 'array') {
    return Array.isArray(value) ? undefined : `must be a list, sent as ${listExample(schema)}`;
  }

  if (schema.type === 'object') {
    return isPlainObject(value) ? undefined : 'must be a set of named fields';
  }

  return Array.isArray(value) || isPlainObject(value) ? 'must be a single value, not a list' : undefined;
}

function listExample(schema: RequestSchemaNode): string {
  return schema.items?.type === 'object' ? 'Name.1.Field=value' : 'Name.1=value';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
