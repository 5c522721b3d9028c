import { invalidParameterValue, missingParameter } from './business-errors.js';

/**
 * Typed reads of the structured request that the HTTP layer passes in. The HTTP layer has already
 * validated it against the spec; these reads guard direct callers of the core and name the wire field.
 */
export type CoreRequest = Record<string, unknown>;

export function requireString(request: CoreRequest, name: string): string {
  const value = request[name];
  if (value === undefined || value === '') {
    throw missingParameter(name);
  }
  if (typeof value !== 'string') {
    throw invalidParameterValue(name, `expected a string, got ${typeof value}`);
  }
  return value;
}

export function optionalString(request: CoreRequest, name: string): string | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalidParameterValue(name, `expected a string, got ${typeof value}`);
  }
  return value;
}

export function optionalBoolean(request: CoreRequest, name: string): boolean | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'boolean') {
    throw invalidParameterValue(name, `expected true or false, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function optionalInteger(request: CoreRequest, name: string, min: number, max: number): number | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidParameterValue(name, `expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireInteger(request: CoreRequest, name: string, min: number, max: number): number {
  const value = optionalInteger(request, name, min, max);
  if (value === undefined) {
    throw missingParameter(name);
  }
  return value;
}

export function optionalStringArray(request: CoreRequest, name: string): string[] | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalidParameterValue(name, 'expected a list of strings');
  }
  return value as string[];
}

export function optionalArray(request: CoreRequest, name: string): unknown[] | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    throw invalidParameterValue(name, 'expected a list');
  }
  return value;
}

export function optionalObject(request: CoreRequest, name: string): Record<string, unknown> | undefined {
  const value = request[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidParameterValue(name, 'expected an object');
  }
  return value as Record<string, unknown>;
}

/**
 * Reads `<name>: [{CertificateId}]` as a list of ids. Raises Missing<name> for an absent or empty list
 * when `required`, and InvalidParameter for an entry without an id or an id given twice.
 */
export function readCertificateIds(request: CoreRequest, name: string, required: boolean): string[] | undefined {
  const entries = optionalArray(request, name);
  if (entries === undefined || entries.length === 0) {
    if (required) {
      throw missingParameter(name);
    }
    return entries === undefined ? undefined : [];
  }

  const certificateIds: string[] = [];
  entries.forEach((entry, index) => {
    const certificateId = (entry as { CertificateId?: unknown } | null)?.CertificateId;
    if (typeof certificateId !== 'string' || certificateId === '') {
      throw missingParameter(`${name}.${index + 1}.CertificateId`);
    }
    if (certificateIds.includes(certificateId)) {
      throw invalidParameterValue(name, `certificate ${certificateId} is listed more than once`);
    }
    certificateIds.push(certificateId);
  });
  return certificateIds;
}
