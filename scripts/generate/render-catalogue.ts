import type { Catalogue } from './build-catalogue.js';
import { generatedFileHeader } from './file-header.js';

/** Renders `generated/catalogue.ts`: the catalogue as typed constants, plus `formatErrorMessage`. */
export function renderCatalogue(catalogue: Catalogue): string {
  const actionUnion = catalogue.actions.map((action) => `  | '${action}'`).join('\n');
  const operations = Object.fromEntries(catalogue.operations.map((operation) => [operation.action, operation]));

  return [
    generatedFileHeader,
    'import type {',
    '  EmulatorDecision,',
    '  ErrorDefinition,',
    '  JsonSchema,',
    '  OperationDefinition,',
    "} from '../src/spec/catalogue-types.js';",
    '',
    "export { formatErrorMessage } from '../src/spec/format-error-message.js';",
    '',
    '/** The action names of the operations in the spec, in spec order. */',
    `export type ActionName =\n${actionUnion};`,
    '',
    `export const actionNames: readonly ActionName[] = ${json(catalogue.actions)};`,
    '',
    '/** The operations by action name: wire mapping, async and idempotency behaviour, schemas, errors, parameters. */',
    `export const operations: Readonly<Record<ActionName, OperationDefinition<ActionName>>> = ${json(operations)};`,
    '',
    '/** Errors the gateway may return for every operation, before or instead of the business logic. */',
    `export const gatewayErrors: readonly ErrorDefinition[] = ${json(catalogue.gatewayErrors)};`,
    '',
    '/** The business errors of all operations, one entry per code and message, with the operations that document it. */',
    `export const businessErrors: readonly ErrorDefinition[] = ${json(catalogue.businessErrors)};`,
    '',
    '/** The JSON Schema of every error body, gateway or business. */',
    `export const errorResponseSchema: JsonSchema = ${json(catalogue.errorResponseSchema)};`,
    '',
    '/** Behaviours decided for the reference emulator where the sources are silent or ambiguous. */',
    `export const emulatorDecisions: readonly EmulatorDecision[] = ${json(catalogue.emulatorDecisions)};`,
    '',
    '/** How implementations treat request parameters that an operation does not define. */',
    `export const unknownParameters = ${json(catalogue.unknownParameters)} as const;`,
    '',
  ].join('\n');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
