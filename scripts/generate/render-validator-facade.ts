import { generatedFileHeader } from './file-header.js';

/** Export names of the validators of one action. */
export function validatorNames(action: string): { request: string; coercingRequest: string; responseBody: string } {
  return {
    request: `validate${action}Request`,
    coercingRequest: `coerce${action}Request`,
    responseBody: `validate${action}ResponseBody`,
  };
}

export const errorBodyValidatorName = 'validateErrorResponseBody';

/**
 * Renders `generated/validators.js`, which re-exports the checking and the coercing modules and adds
 * maps by action name, so a caller that has an action name needs no string building.
 */
export function renderValidatorFacade(actions: readonly string[]): string {
  const map = (kind: 'request' | 'coercingRequest' | 'responseBody', module: string): string =>
    actions.map((action) => `  ${action}: ${module}.${validatorNames(action)[kind]},`).join('\n');

  return [
    generatedFileHeader,
    "import * as checking from './validators-checking.js';",
    "import * as coercing from './validators-coercing.js';",
    '',
    "export * from './validators-checking.js';",
    "export * from './validators-coercing.js';",
    '',
    `export const requestValidators = Object.freeze({\n${map('request', 'checking')}\n});`,
    '',
    `export const coercingRequestValidators = Object.freeze({\n${map('coercingRequest', 'coercing')}\n});`,
    '',
    `export const responseBodyValidators = Object.freeze({\n${map('responseBody', 'checking')}\n});`,
    '',
  ].join('\n');
}

/** Renders `generated/validators.d.ts`, typing each validator as a guard for its openapi-typescript schema. */
export function renderValidatorDeclarations(actions: readonly string[]): string {
  const declarations = actions.flatMap((action) => {
    const names = validatorNames(action);
    return [
      `export declare const ${names.request}: SpecValidator<Schemas['${action}Request']>;`,
      `/** Checks and converts wire strings in place (coerceTypes 'array', no defaults filled in). */`,
      `export declare const ${names.coercingRequest}: SpecValidator<Schemas['${action}Request']>;`,
      `export declare const ${names.responseBody}: SpecValidator<Schemas['${action}ResponseBody']>;`,
      '',
    ];
  });

  return [
    generatedFileHeader,
    "import type { ErrorObject } from 'ajv';",
    "import type { ActionName } from './catalogue.js';",
    "import type { components } from './types.js';",
    '',
    "type Schemas = components['schemas'];",
    '',
    '/**',
    ' * An ajv standalone validator compiled at generate time. It returns whether the data is valid and',
    ' * leaves the errors of the last call (all of them, allErrors is on) in `errors`.',
    ' */',
    'export interface SpecValidator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...declarations,
    `export declare const ${errorBodyValidatorName}: SpecValidator<Schemas['ErrorResponseBody']>;`,
    '',
    "export declare const requestValidators: { readonly [A in ActionName]: SpecValidator<Schemas[`${A}Request`]> };",
    '',
    "export declare const coercingRequestValidators: { readonly [A in ActionName]: SpecValidator<Schemas[`${A}Request`]> };",
    '',
    "export declare const responseBodyValidators: { readonly [A in ActionName]: SpecValidator<Schemas[`${A}ResponseBody`]> };",
    '',
  ].join('\n');
}
