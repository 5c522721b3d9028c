import type {
  Disagreement,
  EmulatorDecision,
  ErrorDefinition,
  JsonSchema,
  OperationDefinition,
} from '../../src/spec/catalogue-types.js';
import { collectParameters } from './collect-parameters.js';
import type { SpecDocument, SpecOperation } from './load-spec.js';
import { readDisagreements, readEmulatorDecisions, readErrors, readRpc } from './read-extensions.js';
import { resolveSchema } from './resolve-schema.js';

/** Everything the generated modules are rendered from. */
export interface Catalogue {
  readonly actions: readonly string[];
  readonly operations: readonly OperationDefinition[];
  readonly gatewayErrors: readonly ErrorDefinition[];
  readonly businessErrors: readonly ErrorDefinition[];
  readonly emulatorDecisions: readonly EmulatorDecision[];
  readonly errorResponseSchema: JsonSchema;
  readonly unknownParameters: { readonly policy: string; readonly description: string };
}

/** Builds the catalogue from the spec's schemas and `x-acs-*` extensions. */
export function buildCatalogue(spec: SpecDocument): Catalogue {
  const operations = spec.operations.map((operation) => buildOperation(spec, operation));

  return {
    actions: operations.map((operation) => operation.action),
    operations,
    gatewayErrors: readErrors(spec.raw['x-acs-gateway-errors'], 'x-acs-gateway-errors'),
    businessErrors: mergeBusinessErrors(operations),
    emulatorDecisions: readEmulatorDecisions(spec.raw['x-acs-emulator'], 'x-acs-emulator'),
    errorResponseSchema: resolveComponent(spec, 'ErrorResponseBody', 'error').schema,
    unknownParameters: {
      policy: String(spec.raw['x-acs-unknown-parameters']),
      description: String(spec.raw['x-acs-unknown-parameters-description']).trim(),
    },
  };
}

function buildOperation(spec: SpecDocument, { action, path, node }: SpecOperation): OperationDefinition {
  const location = `paths.${path}.post`;
  const rpc = readRpc(node['x-acs-rpc'], action, `${location}.x-acs-rpc`);

  const request = resolveComponent(spec, `${action}Request`, 'request');
  const response = resolveComponent(spec, `${action}ResponseBody`, 'response');
  const operationDisagreements: Disagreement[] =
    node['x-acs-disagreement'] === undefined ? [] : readDisagreements(node['x-acs-disagreement'], 'operation');

  const errors = readErrors(node['x-acs-errors'], `${location}.x-acs-errors`).map((error) => ({
    ...error,
    operations: [action],
  }));
  const errorsIncomplete = node['x-acs-errors-incomplete'];

  return {
    action,
    summary: String(node['summary']),
    ...rpc,
    requestSchema: request.schema,
    responseSchema: response.schema,
    errors,
    ...(typeof errorsIncomplete === 'string' ? { errorsIncomplete } : {}),
    parameters: collectParameters(request.schema, action),
    disagreements: [...operationDisagreements, ...request.disagreements, ...response.disagreements],
  };
}

function resolveComponent(spec: SpecDocument, name: string, location: string): ReturnType<typeof resolveSchema> {
  return resolveSchema({ $ref: `#/components/schemas/${name}` }, spec.schemas, location);
}

/**
 * Merges the operations' errors by code and message, listing every operation that documents each pair.
 * A merged entry keeps the strongest source of its operations, and its note only when all notes agree.
 */
function mergeBusinessErrors(operations: readonly OperationDefinition[]): ErrorDefinition[] {
  const merged = new Map<string, ErrorDefinition & { operations: readonly string[] }>();

  for (const operation of operations) {
    for (const error of operation.errors) {
      const key = `${error.code}\u0000${error.message}`;
      const known = merged.get(key);

      merged.set(key, known === undefined ? { ...error, operations: [operation.action] } : mergeError(known, error, operation.action));
    }
  }

  return [...merged.values()];
}

const sourceStrength: Readonly<Record<ErrorDefinition['source'], number>> = {
  'api-metadata': 2,
  documentation: 1,
  inference: 0,
};

function mergeError(
  known: ErrorDefinition & { operations: readonly string[] },
  error: ErrorDefinition,
  action: string,
): ErrorDefinition & { operations: readonly string[] } {
  const { note: _note, ...withoutNote } = known;
  const source = sourceStrength[error.source] > sourceStrength[known.source] ? error.source : known.source;
  const base = known.note === error.note ? known : withoutNote;

  return { ...base, source, operations: [...known.operations, action] };
}
