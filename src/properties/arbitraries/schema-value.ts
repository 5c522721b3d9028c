import fc from 'fast-check';

import type { JsonSchema } from '../../spec/catalogue-types.js';

/** Constraints of {@link schemaValueArbitrary}. */
export interface SchemaValueConstraints {
  /**
   * Arbitraries that replace the schema's for some parameters, keyed by catalogue wire name
   * (`ListenerId`, `Certificates.N.CertificateId`). `null` leaves an optional parameter out.
   * @defaultValue no overrides
   */
  readonly overrides?: Readonly<Record<string, fc.Arbitrary<unknown> | null>>;
  /** Lists of objects whose items must differ in one field, keyed by list wire name. @defaultValue none */
  readonly uniqueItemsBy?: Readonly<Record<string, string>>;
  /** Optional parameters that are always generated, by wire name. @defaultValue none */
  readonly alwaysPresent?: readonly string[];
  /** Whether the value is itself a required property, so that a string is never empty. @defaultValue false */
  readonly required?: boolean;
}

/** Maximum length of a generated list for a list schema without maxItems. */
const defaultMaxItems = 5;

/** Largest integer that JSON and the wire carry exactly. */
const maxSafeInteger = Number.MAX_SAFE_INTEGER;

/**
 * Builds an arbitrary of the values a JSON Schema (the subset the request schemas of the spec use)
 * accepts: objects with required and optional properties, lists with minItems and maxItems, strings
 * with minLength, maxLength, pattern and enum, integers with minimum, maximum and format, booleans.
 *
 * A required string property is never empty, because the gateway treats an empty value as a
 * missing parameter (MissingListenerId for `ListenerId=`).
 *
 * @param name - the catalogue wire name of the value; '' for a request
 * @throws Error naming the wire name when the schema uses a type this builder does not know.
 */
export function schemaValueArbitrary(
  schema: JsonSchema,
  constraints: SchemaValueConstraints = {},
  name = '',
): fc.Arbitrary<unknown> {
  return valueArbitrary(schema, constraints, name, constraints.required ?? false);
}

function valueArbitrary(
  schema: JsonSchema,
  constraints: SchemaValueConstraints,
  name: string,
  required: boolean,
): fc.Arbitrary<unknown> {
  const override = constraints.overrides?.[name];
  if (override !== undefined && override !== null) {
    return override;
  }

  switch (schema['type']) {
    case 'object':
      return objectArbitrary(schema, constraints, name);
    case 'array':
      return arrayArbitrary(schema, constraints, name);
    case 'string':
      return stringArbitrary(schema, required);
    case 'integer':
      return integerArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    default:
      throw new Error(
        `Cannot build an arbitrary for ${name || 'the request'}: schema type ${JSON.stringify(schema['type'])} is not ` +
          'supported; add it to schemaValueArbitrary or override the parameter',
      );
  }
}

function objectArbitrary(schema: JsonSchema, constraints: SchemaValueConstraints, name: string): fc.Arbitrary<unknown> {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];

  for (const [key, propertySchema] of Object.entries(properties)) {
    const wireName = name === '' ? key : `${name}.${key}`;
    const isRequired = required.has(key);
    if (!isRequired && constraints.overrides?.[wireName] === null) {
      continue;
    }

    fields[key] = valueArbitrary(propertySchema, constraints, wireName, isRequired);
    if (isRequired || constraints.alwaysPresent?.includes(wireName)) {
      requiredKeys.push(key);
    }
  }

  return fc.record(fields, { requiredKeys });
}

function arrayArbitrary(schema: JsonSchema, constraints: SchemaValueConstraints, name: string): fc.Arbitrary<unknown> {
  const items = valueArbitrary((schema['items'] ?? {}) as JsonSchema, constraints, `${name}.N`, true);
  const minLength = numberKeyword(schema, 'minItems') ?? 0;
  const maxLength = numberKeyword(schema, 'maxItems') ?? Math.max(minLength, defaultMaxItems);

  const uniqueField = constraints.uniqueItemsBy?.[name];
  if (uniqueField === undefined) {
    return fc.array(items, { minLength, maxLength });
  }

  return fc.uniqueArray(items, {
    minLength,
    maxLength,
    selector: (item) => (item as Record<string, unknown>)[uniqueField],
  });
}

function stringArbitrary(schema: JsonSchema, required: boolean): fc.Arbitrary<string> {
  const allowed = schema['enum'];
  if (Array.isArray(allowed)) {
    return fc.constantFrom(...(allowed as string[]));
  }

  const minLength = Math.max(numberKeyword(schema, 'minLength') ?? 0, required ? 1 : 0);
  const maxLength = numberKeyword(schema, 'maxLength');
  const pattern = schema['pattern'];

  if (typeof pattern === 'string') {
    // The spec's validators compile patterns with the u flag, as ajv does.
    const matching = fc.stringMatching(new RegExp(pattern, 'u'), maxLength === undefined ? {} : { maxLength });
    return matching.filter((value) => [...value].length >= minLength);
  }

  // Graphemes may span several code points, and the validators count code points.
  const graphemes = fc.string({ unit: 'grapheme', minLength, ...(maxLength === undefined ? {} : { maxLength }) });
  return maxLength === undefined ? graphemes : graphemes.filter((value) => [...value].length <= maxLength);
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const formatMaximum = schema['format'] === 'int32' ? 0x7fffffff : maxSafeInteger;
  const formatMinimum = schema['format'] === 'int32' ? -0x80000000 : -maxSafeInteger;
  const min = Math.max(numberKeyword(schema, 'minimum') ?? formatMinimum, formatMinimum);
  const max = Math.min(numberKeyword(schema, 'maximum') ?? formatMaximum, formatMaximum);

  return fc.integer({ min, max });
}

function numberKeyword(schema: JsonSchema, keyword: string): number | undefined {
  const value = schema[keyword];

  return typeof value === 'number' ? value : undefined;
}
