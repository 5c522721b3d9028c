import type { ErrorObject } from 'ajv';

/**
 * Renders ajv errors as one line each, naming the field as a dotted path under `rootName`
 * (`config.resources.listeners.https: must be string`), so a user can find the field to fix.
 */
export function formatSchemaErrors(errors: readonly ErrorObject[] | null | undefined, rootName: string): string[] {
  if (!errors || errors.length === 0) {
    return [`${rootName}: does not match its schema`];
  }

  const lines = errors.map((error) => `${fieldPath(rootName, error)}: ${describeError(error)}`);
  return [...new Set(lines)];
}

function fieldPath(rootName: string, error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));

  let path = rootName;
  for (const segment of segments) {
    path += /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`;
  }

  if (error.keyword === 'required') {
    path += `.${String(error.params['missingProperty'])}`;
  }
  if (error.keyword === 'additionalProperties') {
    path += `.${String(error.params['additionalProperty'])}`;
  }
  return path;
}

function describeError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required but missing';
    case 'additionalProperties':
      return 'is not a known field; check its spelling';
    case 'enum':
      return `must be one of ${formatAllowedValues(error.params['allowedValues'])}`;
    default:
      return error.message ?? `fails the ${error.keyword} check`;
  }
}

function formatAllowedValues(values: unknown): string {
  if (!Array.isArray(values)) {
    return 'the allowed values';
  }
  return values.map((value) => JSON.stringify(value)).join(', ');
}
