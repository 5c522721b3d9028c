import { Ajv, type Options } from 'ajv';
import ajvFormats from 'ajv-formats';
import ajvStandalone from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from '../../src/spec/catalogue-types.js';
import { generatedFileHeader } from './file-header.js';

/** One schema compiled into a named export of a standalone validator module. */
export interface ValidatorEntry {
  readonly exportName: string;
  readonly schema: JsonSchema;
}

const sharedOptions: Options = {
  allErrors: true,
  strict: true,
  code: { source: true, esm: true, lines: true },
};

/** Checks without changing the data: for clients and the conformance runner. */
export const checkingOptions: Options = { ...sharedOptions };

/**
 * Converts wire strings in place (`'true'` to true, `'20'` to 20, a scalar to a one-element list) while
 * checking: for the emulator, whose parameters all arrive as strings. Defaults are not filled in,
 * because the business rules must see which parameters the client sent.
 */
export const coercingOptions: Options = { ...sharedOptions, coerceTypes: 'array', useDefaults: false };

/**
 * Compiles the schemas once, at generate time, into an ES module. ajv's standalone output loads its
 * runtime helpers (ucs2length, formats) with `require`, so the module creates one from its own URL.
 */
export function renderValidatorModule(entries: readonly ValidatorEntry[], options: Options): string {
  const ajv = new Ajv(options);
  // Both packages are CommonJS; under NodeNext their function is the `default` property of the import.
  ajvFormats.default(ajv);

  for (const { exportName, schema } of entries) ajv.addSchema(schema, exportName);

  const exports = Object.fromEntries(entries.map(({ exportName }) => [exportName, exportName]));
  const code = ajvStandalone.default(ajv, exports).replace(/^"use strict";/, '');

  return (
    generatedFileHeader +
    "import { createRequire } from 'node:module';\n" +
    'const require = createRequire(import.meta.url);\n' +
    code +
    '\n'
  );
}
