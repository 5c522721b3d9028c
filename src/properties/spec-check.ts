import type { ErrorObject } from 'ajv';

import type { ActionName } from '../../generated/catalogue.js';
import { coercingRequestValidators } from '../../generated/validators.js';
import { flattenParameters, unflattenParameters } from '../wire/index.js';
import type { FlatParameters } from '../wire/index.js';
import { topLevelParameterNames } from './certificate-actions.js';
import type { ViolationKind } from './request-case.js';

/** One constraint of the spec that a request breaks, under the wire name of the parameter. */
export interface SpecViolation {
  readonly parameter: string;
  readonly violation: ViolationKind;
  readonly message: string;
}

/** The schema keywords that name a violation kind one to one. */
const keywordViolations: ReadonlySet<string> = new Set([
  'type',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'minimum',
  'maximum',
]);

/**
 * Checks a request the way the spec defines it on the wire, and lists what it breaks. The request is
 * flattened to wire parameters, and parameters the operation does not define are dropped because the
 * gateway ignores them. `Name.N` lists are rebuilt, which needs indices 1, 2, 3... without gaps. The
 * result must pass the spec's coercing request validator and its rule that a certificate is listed once.
 *
 * This is the oracle of the request arbitraries' laws. It does not use the emulator, so a law test
 * that passes shows that the arbitraries agree with the spec, not with one implementation.
 */
export function checkRequestAgainstSpec(action: ActionName, request: Readonly<Record<string, unknown>>): SpecViolation[] {
  const parameters = selectOperationParameters(action, flattenParameters(request));

  const rebuilt = unflattenParameters(parameters);
  if (!rebuilt.ok) {
    const violation = rebuilt.reason.includes('list ind') ? 'listIndex' : 'type';
    return [{ parameter: rebuilt.parameter, violation, message: rebuilt.reason }];
  }

  const validate = coercingRequestValidators[action];
  const structured = rebuilt.value;
  if (!validate(structured)) {
    return withoutFollowOnErrors((validate.errors ?? []).flatMap(toSpecViolation));
  }

  return findDuplicateCertificates(structured);
}

function selectOperationParameters(action: ActionName, parameters: FlatParameters): FlatParameters {
  const known = new Set(topLevelParameterNames(action));
  const selected: FlatParameters = {};

  for (const [key, value] of Object.entries(parameters)) {
    if (known.has(key.split('.')[0] ?? key)) {
      selected[key] = value;
    }
  }

  return selected;
}

function toSpecViolation(error: ErrorObject): SpecViolation[] {
  if (error.keyword === 'required') {
    const parameter = wireNameOf(error.instancePath, String(error.params['missingProperty']));
    return [{ parameter, violation: 'required', message: `${parameter} is required` }];
  }
  if (!keywordViolations.has(error.keyword)) {
    return [];
  }

  const parameter = wireNameOf(error.instancePath);
  return [{ parameter, violation: error.keyword as ViolationKind, message: `${parameter} ${error.message ?? error.keyword}` }];
}

/** Drops the enum or bound errors of a parameter whose type is already wrong, so that only the type error counts. */
function withoutFollowOnErrors(violations: SpecViolation[]): SpecViolation[] {
  const wrongType = new Set(violations.filter((item) => item.violation === 'type').map((item) => item.parameter));

  return violations.filter((item) => item.violation === 'type' || !wrongType.has(item.parameter));
}

/** Converts a JSON pointer to a wire name: `/Certificates/0/CertificateId` becomes `Certificates.1.CertificateId`. */
function wireNameOf(instancePath: string, property?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment));

  return [...segments, ...(property === undefined ? [] : [property])].join('.');
}

function findDuplicateCertificates(request: Record<string, unknown>): SpecViolation[] {
  const certificates = request['Certificates'];
  if (!Array.isArray(certificates)) {
    return [];
  }

  const seen = new Set<unknown>();
  for (const certificate of certificates as Array<Record<string, unknown>>) {
    const certificateId = certificate['CertificateId'];
    if (seen.has(certificateId)) {
      return [{ parameter: 'Certificates', violation: 'duplicate', message: `certificate ${String(certificateId)} is listed twice` }];
    }
    seen.add(certificateId);
  }

  return [];
}
