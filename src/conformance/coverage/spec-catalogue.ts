import { readFileSync } from 'node:fs';
import { gatewayErrors, operations } from '../../../generated/catalogue.js';
import { registrySchemaPath } from '../registry/load-registry.js';
import type { CoverageCatalogue } from './coverage-types.js';

/** Returns the catalogue generated from the spec, with the transitions the registry schema allows. */
export function specCoverageCatalogue(): CoverageCatalogue {
  return {
    operations: Object.values(operations),
    gatewayErrorCodes: gatewayErrors.map((error) => error.code),
    transitions: knownTransitions(),
  };
}

/** Returns the status transitions a clause may declare, as listed in the registry schema. */
export function knownTransitions(): string[] {
  const schema = JSON.parse(readFileSync(registrySchemaPath, 'utf8')) as {
    definitions: { transition: { enum: string[] } };
  };
  return schema.definitions.transition.enum;
}
