import type {
  JsonSchema,
  ParameterConstraints,
  ParameterDefinition,
  ParameterType,
} from '../../src/spec/catalogue-types.js';

const constraintKeywords = [
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'default',
] as const;

const parameterTypes: readonly string[] = ['string', 'integer', 'number', 'boolean', 'array', 'object'];

/**
 * Lists the parameters of a resolved request schema under their repeat-list wire names: object fields
 * join with `.`, list items get `.N` (1-based on the wire), so `Certificates: [{CertificateId}]` yields
 * `Certificates` and `Certificates.N.CertificateId`, and `CertificateIds: string[]` yields `CertificateIds.N`.
 */
export function collectParameters(requestSchema: JsonSchema, action: string): ParameterDefinition[] {
  const parameters: ParameterDefinition[] = [];

  const visitObject = (schema: JsonSchema, prefix: string): void => {
    const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = (schema['required'] ?? []) as string[];

    for (const [field, property] of Object.entries(properties)) {
      const name = prefix === '' ? field : `${prefix}.${field}`;
      visit(property, name, required.includes(field));
    }
  };

  const visit = (schema: JsonSchema, name: string, required: boolean): void => {
    const type = parameterType(schema, `${action} ${name}`);
    parameters.push({ name, type, required, constraints: pickConstraints(schema) });

    if (type === 'object') visitObject(schema, name);
    if (type === 'array') visitItem(schema['items'] as JsonSchema, `${name}.N`);
  };

  // A list element cannot be absent on the wire (a gap in the indexes is invalid), so a scalar item is required.
  const visitItem = (items: JsonSchema, name: string): void => {
    if (parameterType(items, `${action} ${name}`) === 'object') {
      visitObject(items, name);
      return;
    }

    visit(items, name, true);
  };

  visitObject(requestSchema, '');
  return parameters;
}

function parameterType(schema: JsonSchema, where: string): ParameterType {
  const type = schema['type'];

  if (typeof type !== 'string' || !parameterTypes.includes(type)) {
    throw new Error(`Invalid request schema at ${where}: type must be one of ${parameterTypes.join(', ')}, received ${JSON.stringify(type)}.`);
  }

  return type as ParameterType;
}

function pickConstraints(schema: JsonSchema): ParameterConstraints {
  const constraints: Record<string, unknown> = {};

  for (const keyword of constraintKeywords) {
    if (schema[keyword] !== undefined) constraints[keyword] = schema[keyword];
  }

  return constraints;
}
