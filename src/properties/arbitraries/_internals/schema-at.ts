import type { JsonSchema } from '../../../spec/catalogue-types.js';

/**
 * Returns the sub-schema of a request schema at a catalogue wire name (`Certificates.N.CertificateId`,
 * `CertificateIds.N`), where `N` steps into a list's items.
 *
 * @throws Error naming the wire name when the schema has no such parameter.
 */
export function schemaAt(requestSchema: JsonSchema, wireName: string): JsonSchema {
  let schema = requestSchema;

  for (const segment of wireName.split('.')) {
    const next = segment === 'N' ? schema['items'] : (schema['properties'] as Record<string, unknown> | undefined)?.[segment];
    if (next === undefined || next === null || typeof next !== 'object') {
      throw new Error(`The request schema has no parameter ${wireName}; use a wire name of the operation's catalogue entry`);
    }
    schema = next as JsonSchema;
  }

  return schema;
}
