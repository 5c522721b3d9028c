import type {
  AsyncDefinition,
  Disagreement,
  DryRunDefinition,
  EmulatorDecision,
  ErrorDefinition,
  IdempotencyDefinition,
  OperationDefinition,
} from '../../src/spec/catalogue-types.js';
import type { SpecNode } from './load-spec.js';

/**
 * Readers of the `x-acs-*` extensions. Each checks the fields the catalogue needs and names the
 * location of the first one that is missing or of the wrong type.
 */

const errorSources = ['api-metadata', 'documentation', 'inference'];

export function readErrors(value: unknown, location: string): ErrorDefinition[] {
  return readList(value, location).map((entry, index) => {
    const at = `${location}[${index}]`;
    const source = readString(entry, 'source', at);

    if (!errorSources.includes(source)) {
      throw new Error(`Invalid spec: ${at}.source is "${source}"; use one of ${errorSources.join(', ')}.`);
    }

    const note = entry['note'];
    return {
      code: readString(entry, 'code', at),
      httpStatus: readInteger(entry, 'httpStatus', at),
      message: readString(entry, 'message', at),
      source: source as ErrorDefinition['source'],
      ...(typeof note === 'string' ? { note } : {}),
    };
  });
}

export function readDisagreements(value: unknown, location: string): Disagreement[] {
  return readList(value, location).map((entry, index) => {
    const at = `${location} x-acs-disagreement[${index}]`;
    const sources = entry['sources'];

    if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) {
      throw new Error(`Invalid spec: ${at}.sources must be a list of source names.`);
    }

    return {
      topic: readString(entry, 'topic', at),
      chosen: readString(entry, 'chosen', at),
      alternative: readString(entry, 'alternative', at),
      sources,
      location,
    };
  });
}

export function readEmulatorDecisions(value: unknown, location: string): EmulatorDecision[] {
  return readList(value, location).map((entry, index) => ({
    topic: readString(entry, 'topic', `${location}[${index}]`),
    decision: readString(entry, 'decision', `${location}[${index}]`),
  }));
}

/** The operation fields that `x-acs-rpc` provides. */
export type RpcExtension = Pick<OperationDefinition, 'version' | 'wirePath' | 'methods' | 'async' | 'idempotency' | 'dryRun'>;

/**
 * Reads `x-acs-rpc`. The nested async, idempotency and dryRun objects are copied as written after a
 * check of their key fields; spec/README.md documents every field.
 */
export function readRpc(value: unknown, action: string, location: string): RpcExtension {
  const rpc = readObject(value, location);

  if (rpc['action'] !== action) {
    throw new Error(`Invalid spec: ${location}.action must be "${action}", received ${JSON.stringify(rpc['action'])}.`);
  }
  if (rpc['flattening'] !== 'repeatList') {
    throw new Error(`Invalid spec: ${location}.flattening must be "repeatList".`);
  }

  const methods = rpc['methods'];
  if (!Array.isArray(methods) || !methods.every((method) => typeof method === 'string')) {
    throw new Error(`Invalid spec: ${location}.methods must be a list such as [POST, GET].`);
  }

  return {
    version: readString(rpc, 'version', location),
    wirePath: readString(rpc, 'wirePath', location),
    methods,
    async: readNullable(rpc, 'async', location, ['kind', 'jobIdField', 'poll']) as AsyncDefinition | null,
    idempotency: readNullable(rpc, 'idempotency', location, ['parameter', 'differentParameters', 'inFlight']) as IdempotencyDefinition | null,
    dryRun: readNullable(rpc, 'dryRun', location, ['parameter', 'successCode', 'successHttpStatus']) as DryRunDefinition | null,
  };
}

function readNullable(node: SpecNode, key: string, location: string, requiredKeys: readonly string[]): SpecNode | null {
  const value = node[key];
  if (value === null) return null;

  const object = readObject(value, `${location}.${key}`);
  const missing = requiredKeys.filter((requiredKey) => object[requiredKey] === undefined);
  if (missing.length > 0) {
    throw new Error(`Invalid spec: ${location}.${key} lacks ${missing.join(', ')}; write the object or null.`);
  }

  return object;
}

function readList(value: unknown, location: string): SpecNode[] {
  if (!Array.isArray(value)) {
    throw new Error(`Invalid spec: ${location} must be a list, received ${JSON.stringify(value)}.`);
  }

  return value.map((entry, index) => readObject(entry, `${location}[${index}]`));
}

function readObject(value: unknown, location: string): SpecNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Invalid spec: ${location} must be an object, received ${JSON.stringify(value)}.`);
  }

  return value as SpecNode;
}

function readString(node: SpecNode, key: string, location: string): string {
  const value = node[key];
  if (typeof value !== 'string') {
    throw new Error(`Invalid spec: ${location}.${key} must be a string, received ${JSON.stringify(value)}.`);
  }

  return value;
}

function readInteger(node: SpecNode, key: string, location: string): number {
  const value = node[key];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(`Invalid spec: ${location}.${key} must be an integer, received ${JSON.stringify(value)}.`);
  }

  return value;
}
