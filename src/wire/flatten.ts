import type { FlatParameters } from './types.js';

/**
 * Flattens a request object into RPC wire parameters, as the official SDK does ("repeatList" style).
 * Lists become `Name.N` (scalars) or `Name.N.Field` (objects) with N starting at 1, and nested objects
 * become `A.B`. Booleans and numbers are stringified. `null` and `undefined` are omitted, so an empty
 * list sends no key at all, while `""` is kept as an empty value. Keys keep insertion order.
 *
 * A `null` list item is skipped but still uses up its index, as in the SDK, so `[a, null, c]` sends
 * `Name.1` and `Name.3` and a server rejects the gap.
 */
export function flattenParameters(request: object): FlatParameters {
  const flat: FlatParameters = {};
  appendObject(flat, request, '');
  return flat;
}

function appendObject(flat: FlatParameters, value: object, prefix: string): void {
  for (const [name, member] of Object.entries(value)) {
    appendValue(flat, `${prefix}${name}`, member);
  }
}

function appendValue(flat: FlatParameters, key: string, value: unknown): void {
  if (value === undefined || value === null) return;

  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => appendValue(flat, `${key}.${index + 1}`, item));
    return;
  }

  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    flat[key] = String(value);
    return;
  }

  if (typeof value === 'object' && !isBuiltInValueObject(value)) {
    appendObject(flat, value, `${key}.`);
    return;
  }

  const kind = typeof value === 'object' ? Object.prototype.toString.call(value).slice(8, -1) : typeof value;
  throw new TypeError(
    `Parameter ${key} has the unsupported type ${kind}. Pass a string, number, boolean, list or object.`,
  );
}

// Objects whose data is not in their own enumerable fields, so flattening them would silently send nothing.
function isBuiltInValueObject(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof RegExp ||
    value instanceof Promise ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer
  );
}
