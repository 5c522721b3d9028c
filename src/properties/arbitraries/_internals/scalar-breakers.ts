import fc from 'fast-check';

import type { ParameterDefinition } from '../../../spec/catalogue-types.js';
import type { CertificateAction } from '../../certificate-actions.js';
import type { ExpectedRejection, InvalidRequestCase, ViolationKind } from '../../request-case.js';
import type { RequestDomain } from '../../request-domain.js';
import type { ParameterSlot } from './parameter-slot.js';
import { parameterSlotArbitrary } from './parameter-slot.js';

/** A field name no request schema defines; it keeps a list item on the wire after its required field is removed. */
const unusedItemField = 'Unused';

/** Every printable ASCII character, to test whether a pattern accepts all of them. */
const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, offset) => String.fromCharCode(0x20 + offset)).join('');

const int32 = { min: -0x80000000, max: 0x7fffffff };

/**
 * Builds invalid requests that break one constraint of a string, boolean or integer parameter:
 * a missing required value, a value of the wrong type, or a value outside minLength, maxLength,
 * pattern, enum, minimum or maximum.
 */
export function scalarBreakers(
  action: CertificateAction,
  domain: RequestDomain,
  parameter: ParameterDefinition,
): fc.Arbitrary<InvalidRequestCase>[] {
  const slots = parameterSlotArbitrary(action, domain, parameter.name);
  const breakers: fc.Arbitrary<InvalidRequestCase>[] = [];
  const { constraints } = parameter;

  // A list item (`CertificateIds.N`) cannot be missing: removing it leaves a gap in the indices.
  if (parameter.required && !parameter.name.endsWith('.N')) {
    breakers.push(slots.map((slot) => missingValue(slot)));
  }
  breakers.push(wrongType(slots, parameter));

  if (constraints.minLength !== undefined && constraints.minLength > 0) {
    const short = fc.string({ unit: 'grapheme-ascii', maxLength: constraints.minLength - 1 });
    breakers.push(breakWith(slots, short, 'minLength', (value) => `is ${JSON.stringify(value)}, shorter than ${constraints.minLength}`));
  }
  const long = tooLongArbitrary(constraints.maxLength, constraints.pattern);
  if (long !== undefined) {
    breakers.push(breakWith(slots, long, 'maxLength', (value) => `has ${[...value].length} characters, more than ${constraints.maxLength}`));
  }
  if (constraints.pattern !== undefined) {
    const outside = patternBreakingArbitrary(constraints.pattern, constraints.maxLength);
    breakers.push(breakWith(slots, outside, 'pattern', (value) => `is ${JSON.stringify(value)}, outside the pattern ${constraints.pattern}`));
  }
  if (constraints.enum !== undefined) {
    const allowed = constraints.enum.map(String);
    breakers.push(breakWith(slots, notInEnumArbitrary(allowed), 'enum', (value) => `is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`));
  }
  if (constraints.minimum !== undefined && constraints.minimum > int32.min) {
    const below = fc.integer({ min: int32.min, max: constraints.minimum - 1 });
    breakers.push(breakWith(slots, below, 'minimum', (value) => `is ${value}, less than ${constraints.minimum}`));
  }
  if (constraints.maximum !== undefined && constraints.maximum < int32.max) {
    const above = fc.integer({ min: constraints.maximum + 1, max: int32.max });
    breakers.push(breakWith(slots, above, 'maximum', (value) => `is ${value}, more than ${constraints.maximum}`));
  }

  return breakers;
}

function missingValue(slot: ParameterSlot): InvalidRequestCase {
  const request = slot.put(undefined);
  const [, position, field] = slot.parameter.split('.');
  if (field !== undefined) {
    // An item without any field sends no key, which would make a gap instead of a missing field.
    const listName = slot.parameter.split('.')[0] ?? '';
    request[`${listName}.${position}.${unusedItemField}`] = 'x';
  }

  return caseOf(slot, request, `${slot.parameter} is missing`, rejection(`Missing${slot.parameter}`, slot.parameter, 'required'));
}

function wrongType(slots: fc.Arbitrary<ParameterSlot>, parameter: ParameterDefinition): fc.Arbitrary<InvalidRequestCase> {
  if (parameter.type === 'boolean') {
    return breakWith(slots, notBooleanArbitrary(), 'type', (value) => `is ${JSON.stringify(value)}, not true or false`);
  }
  if (parameter.type === 'integer') {
    return breakWith(slots, notIntegerArbitrary(), 'type', (value) => `is ${JSON.stringify(value)}, not an integer`);
  }

  // A string sent as a list of two values: `ListenerId.1=a&ListenerId.2=b`.
  return fc.tuple(slots, fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'grapheme-ascii' })).map(([slot, first, second]) => {
    const request = { ...slot.put(undefined), [`${slot.parameter}.1`]: first, [`${slot.parameter}.2`]: second };
    return caseOf(slot, request, `${slot.parameter} is sent as a list of two values`, rejection('InvalidParameter', slot.parameter, 'type'));
  });
}

function breakWith<T>(
  slots: fc.Arbitrary<ParameterSlot>,
  values: fc.Arbitrary<T>,
  violation: ViolationKind,
  describe: (value: T) => string,
): fc.Arbitrary<InvalidRequestCase> {
  return fc.tuple(slots, values).map(([slot, value]) =>
    caseOf(slot, slot.put(value), `${slot.parameter} ${describe(value)}`, rejection('InvalidParameter', slot.parameter, violation)),
  );
}

function caseOf(
  slot: ParameterSlot,
  request: Record<string, unknown>,
  breaks: string,
  expected: ExpectedRejection,
): InvalidRequestCase {
  return { action: slot.base.action, request, breaks, expected };
}

function rejection(code: string, parameter: string, violation: ViolationKind): ExpectedRejection {
  return { status: 400, code, parameter, violation };
}

function notBooleanArbitrary(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[A-Za-z0-9]{1,8}$/).filter((value) => value !== 'true' && value !== 'false');
}

/** Text that no integer coercion accepts: words, and decimals with a fraction. */
function notIntegerArbitrary(): fc.Arbitrary<string> {
  const words = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}$/).filter((value) => !/^(Infinity|NaN)$/.test(value));
  const fractions = fc.integer({ min: -1000, max: 1000 }).map((whole) => `${whole}.5`);

  return fc.oneof(words, fractions);
}

/** Printable ASCII strings longer than maxLength, when the pattern accepts every printable ASCII string. */
function tooLongArbitrary(maxLength: number | undefined, pattern: string | undefined): fc.Arbitrary<string> | undefined {
  if (maxLength === undefined) {
    return undefined;
  }
  if (pattern !== undefined && !new RegExp(pattern, 'u').test(printableAscii)) {
    // TODO: build over-long values for patterns that reject some printable ASCII characters.
    return undefined;
  }

  return fc.string({ unit: 'grapheme-ascii', minLength: maxLength + 1, maxLength: maxLength + 16 });
}

/** Non-empty strings within maxLength code points that the pattern rejects. */
function patternBreakingArbitrary(pattern: string, maxLength: number | undefined): fc.Arbitrary<string> {
  const regex = new RegExp(pattern, 'u');
  const length = Math.min(maxLength ?? 16, 16);

  return fc.string({ unit: 'binary', minLength: 1, maxLength: length }).filter((value) => !regex.test(value));
}

/** Non-empty values outside the enum, most of them other spellings of the allowed values. */
function notInEnumArbitrary(allowed: readonly string[]): fc.Arbitrary<string> {
  const respelled = fc.mixedCase(fc.constantFrom(...allowed));
  const other = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });

  return fc.oneof(respelled, other).filter((value) => value !== '' && !allowed.includes(value));
}
