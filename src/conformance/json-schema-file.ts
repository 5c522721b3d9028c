import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

const compiled = new Map<string, ValidateFunction>();

/** Compiles the JSON Schema in a file once per process and returns its validator (all errors reported). */
export function schemaValidatorFromFile(path: string): ValidateFunction {
  let validate = compiled.get(path);
  if (validate === undefined) {
    const schema: unknown = JSON.parse(readFileSync(path, 'utf8'));
    validate = new Ajv({ allErrors: true }).compile(schema as object);
    compiled.set(path, validate);
  }
  return validate;
}
