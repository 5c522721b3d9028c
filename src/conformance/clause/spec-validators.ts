import type { ErrorObject } from 'ajv';
import * as generatedValidators from '../../../generated/validators.js';
import { formatSchemaErrors } from '../schema-errors.js';

/** An ajv validator as the generated standalone code exports it. */
export interface SpecValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Finds the spec's validators of requests and response bodies. */
export interface SpecValidators {
  /** The validator of a structured request of `action`, or undefined when the spec has no such operation. */
  forRequest(action: string): SpecValidator | undefined;
  /** The validator of a 200 body of `action`, or undefined when the spec has no such operation. */
  forSuccess(action: string): SpecValidator | undefined;
  /** The validator of every error body (`ErrorResponseBody`). */
  forError(): SpecValidator;
}

/**
 * Builds the lookup from a module namespace exporting `validate<Action>Request`,
 * `validate<Action>ResponseBody` and `validateErrorResponseBody`.
 */
export function specValidatorsFrom(module: Readonly<Record<string, unknown>>): SpecValidators {
  const errorValidator = module['validateErrorResponseBody'];
  if (typeof errorValidator !== 'function') {
    throw new Error('generated/validators.js exports no validateErrorResponseBody; run npm run generate');
  }

  return {
    forRequest(action) {
      const validator = module[`validate${action}Request`];
      return typeof validator === 'function' ? (validator as SpecValidator) : undefined;
    },
    forSuccess(action) {
      const validator = module[`validate${action}ResponseBody`];
      return typeof validator === 'function' ? (validator as SpecValidator) : undefined;
    },
    forError: () => errorValidator as SpecValidator,
  };
}

/** The validators generated from the spec (generated/validators.js). */
export const specValidators: SpecValidators = specValidatorsFrom(generatedValidators);

/**
 * Validates a request or a response body and returns one line per violation, naming the field and the value received
 * (`body.Certificates[0].Status: must be one of "Associating", ... (received "Dissociating")`).
 */
export function findSchemaViolations(validator: SpecValidator, body: unknown, rootName = 'body'): string[] {
  if (validator(body)) {
    return [];
  }

  const errors = validator.errors ?? [];
  if (errors.length === 0) {
    return [`${rootName}: does not match the spec schema`];
  }

  const lines = errors.map((error) => {
    const line = formatSchemaErrors([error], rootName).join('; ');
    if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
      return line;
    }
    return `${line} (received ${describeValue(valueAt(body, error.instancePath))})`;
  });
  return [...new Set(lines)];
}

function valueAt(body: unknown, instancePath: string): unknown {
  let value = body;
  for (const segment of instancePath.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
