import fc from 'fast-check';

import type { ParameterDefinition } from '../../../spec/catalogue-types.js';
import type { CertificateAction } from '../../certificate-actions.js';
import { operationOf } from '../../certificate-actions.js';
import type { InvalidRequestCase, RequestCase, ViolationKind } from '../../request-case.js';
import type { RequestDomain } from '../../request-domain.js';
import { validRequestArbitrary } from '../valid-request.js';
import { listArbitrary, withNonEmptyList } from './parameter-slot.js';
import { schemaAt } from './schema-at.js';
import { withListIndices } from './wire-list.js';

/** Lists whose items must name distinct certificates (the `duplicate-certificate-ids` decision of the spec). */
const distinctCertificateLists = new Set(['Certificates']);

/**
 * Builds invalid requests that break one constraint of a list parameter. The list may be missing,
 * sent as a single value, too short or too long, have a gap or a malformed index among its `Name.N`
 * keys, or list a certificate twice.
 *
 * An empty list sends no key at all. So for a list with minItems 1, "too few items" is the missing
 * list (Missing<Name>) when it is required, and cannot be sent when it is optional.
 */
export function listBreakers(
  action: CertificateAction,
  domain: RequestDomain,
  parameter: ParameterDefinition,
): fc.Arbitrary<InvalidRequestCase>[] {
  const name = parameter.name;
  const base = validRequestArbitrary(action, domain);
  const withItems = withNonEmptyList(action, base, name);
  const maxItems = parameter.constraints.maxItems;
  const minItems = parameter.constraints.minItems ?? 0;
  const breakers: fc.Arbitrary<InvalidRequestCase>[] = [];

  if (parameter.required) {
    breakers.push(base.map((request) => breakCase(request, withoutList(request, name), `${name} is missing`, `Missing${name}`, 'required', name)));
  }
  breakers.push(sentAsSingleValue(action, base, name));

  if (minItems > 1) {
    breakers.push(withItemCount(action, base, name, 1, minItems - 1, 'minItems', `fewer than ${minItems}`));
  }
  if (maxItems !== undefined) {
    breakers.push(withItemCount(action, base, name, maxItems + 1, maxItems + 3, 'maxItems', `more than ${maxItems}`));
  }

  breakers.push(withIndexGap(withItems, name), withMalformedIndex(withItems, name));
  if (distinctCertificateLists.has(name)) {
    breakers.push(withDuplicateItem(withItems, name, maxItems ?? Number.MAX_SAFE_INTEGER));
  }

  return breakers;
}

/** Sends a list of objects as one value (`Certificates=x`), and a list of values as an object (`CertificateIds.Value=x`). */
function sentAsSingleValue(action: CertificateAction, base: fc.Arbitrary<RequestCase>, name: string): fc.Arbitrary<InvalidRequestCase> {
  const itemsAreObjects = schemaAt(operationOf(action).requestSchema, `${name}.N`)['type'] === 'object';
  const key = itemsAreObjects ? name : `${name}.Value`;
  const shape = itemsAreObjects ? 'a single value' : 'an object';

  return fc.tuple(base, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })).map(([request, value]) =>
    breakCase(request, { ...withoutList(request, name), [key]: value }, `${name} is sent as ${shape}`, 'InvalidParameter', 'type', name),
  );
}

function withItemCount(
  action: CertificateAction,
  base: fc.Arbitrary<RequestCase>,
  name: string,
  minLength: number,
  maxLength: number,
  violation: ViolationKind,
  bound: string,
): fc.Arbitrary<InvalidRequestCase> {
  return fc.tuple(base, listArbitrary(action, name, minLength, maxLength)).map(([request, items]) =>
    breakCase(request, { ...request.request, [name]: items }, `${name} has ${items.length} items, ${bound}`, 'InvalidParameter', violation, name),
  );
}

/** Moves the last item up by 1 to 3 indices, as in `Name.1`, `Name.2`, `Name.5`. */
function withIndexGap(withItems: fc.Arbitrary<RequestCase>, name: string): fc.Arbitrary<InvalidRequestCase> {
  return fc.tuple(withItems, fc.integer({ min: 1, max: 3 })).map(([request, gap]) => {
    const items = request.request[name] as unknown[];
    const indices = items.map((_, position) => String(position + 1 + (position === items.length - 1 ? gap : 0)));
    const last = indices.at(-1) ?? '';

    return breakCase(request, withListIndices(request.request, name, items, indices), `${name}.${last} follows a gap in the indices`, 'InvalidParameter', 'listIndex', name);
  });
}

/** Gives one item index 0, a leading zero (`01`) or a negative index. */
function withMalformedIndex(withItems: fc.Arbitrary<RequestCase>, name: string): fc.Arbitrary<InvalidRequestCase> {
  return fc.tuple(withItems, fc.nat(), fc.constantFrom<MalformedIndexKind>('zero', 'leadingZero', 'negative')).map(([request, seed, kind]) => {
    const items = request.request[name] as unknown[];
    const position = seed % items.length;
    const malformed = malformedIndices[kind](position + 1);
    const indices = items.map((_, index) => (index === position ? malformed : String(index + 1)));

    return breakCase(request, withListIndices(request.request, name, items, indices), `${name}.${malformed} is not a list index`, 'InvalidParameter', 'listIndex', name);
  });
}

/** Inserts a copy of one item, which replaces the last item when the list is full. */
function withDuplicateItem(withItems: fc.Arbitrary<RequestCase>, name: string, maxItems: number): fc.Arbitrary<InvalidRequestCase> {
  return fc.tuple(withItems, fc.nat(), fc.nat()).map(([request, sourceSeed, targetSeed]) => {
    const items = [...(request.request[name] as unknown[])];
    if (items.length >= maxItems) {
      items.pop();
    }
    const copy = items[sourceSeed % items.length];
    items.splice(targetSeed % (items.length + 1), 0, copy);

    return breakCase(request, { ...request.request, [name]: items }, `${name} lists ${JSON.stringify(copy)} twice`, 'InvalidParameter', 'duplicate', name);
  });
}

type MalformedIndexKind = 'zero' | 'leadingZero' | 'negative';

const malformedIndices: Readonly<Record<MalformedIndexKind, (index: number) => string>> = {
  zero: () => '0',
  leadingZero: (index: number) => `0${index}`,
  negative: (index: number) => `-${index}`,
};

function withoutList(request: RequestCase, name: string): Record<string, unknown> {
  const { [name]: _removed, ...rest } = request.request;
  return rest;
}

function breakCase(
  base: RequestCase,
  request: Record<string, unknown>,
  breaks: string,
  code: string,
  violation: ViolationKind,
  parameter: string,
): InvalidRequestCase {
  return { action: base.action, request, breaks, expected: { status: 400, code, parameter, violation } };
}
