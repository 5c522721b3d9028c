import type { RequestSchemaNode } from './integer-syntax.js';

/**
 * Drops the parameters whose wire form does not fit their schema's shape, in place. A scalar
 * parameter sent as a list (`ListenerId.1=lsn-x`) or a list sent as a scalar (`CertificateIds=abc`)
 * uses a wire name the operation does not define, and the real gateway ignores parameters it does not
 * define. Without this, ajv's `coerceTypes: 'array'` would wrap or unwrap such values and accept them.
 */
export function dropMisshapenParameters(schema: RequestSchemaNode, value: Record<string, unknown>): void {
  const properties = schema.properties ?? {};

  for (const [name, child] of Object.entries(value)) {
    const childSchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (childSchema === undefined) {
      continue;
    }

    if (!fitsShape(childSchema, child)) {
      delete value[name];
      continue;
    }

    descend(childSchema, child);
  }
}

function descend(schema: RequestSchemaNode, value: unknown): void {
  if (isPlainObject(value)) {
    dropMisshapenParameters(schema, value);
    return;
  }

  const itemSchema = schema.items;
  if (itemSchema !== undefined && Array.isArray(value)) {
    for (const item of value) {
      if (isPlainObject(item)) {
        dropMisshapenParameters(itemSchema, item);
      }
    }
  }
}

function fitsShape(schema: RequestSchemaNode, value: unknown): boolean {
  switch (schema.type) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return !Array.isArray(value) && !isPlainObject(value);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
