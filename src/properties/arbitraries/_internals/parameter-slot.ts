import fc from 'fast-check';

import type { CertificateAction } from '../../certificate-actions.js';
import { operationOf } from '../../certificate-actions.js';
import type { RequestCase } from '../../request-case.js';
import type { RequestDomain } from '../../request-domain.js';
import { schemaValueArbitrary } from '../schema-value.js';
import { validRequestArbitrary } from '../valid-request.js';
import { schemaAt } from './schema-at.js';
import { withListItem } from './wire-list.js';

/**
 * One concrete place of a parameter in a valid request: `ListenerId`, the second item of
 * `CertificateIds.N`, or the field of the third item of `Certificates.N.CertificateId`.
 */
export interface ParameterSlot {
  readonly base: RequestCase;
  /** The concrete wire name, such as `Certificates.3.CertificateId`. */
  readonly parameter: string;
  /** The request with the value at this place replaced; `undefined` removes it. */
  put(value: unknown): Record<string, unknown>;
}

/** Lists of objects whose items must differ in one field (see valid-request.ts). */
const uniqueItemsBy = { Certificates: 'CertificateId' };

/**
 * Builds slots of the parameter `name` (a catalogue wire name) in valid requests of `action`.
 * For a parameter inside a list, the request gets at least one item of that list.
 */
export function parameterSlotArbitrary(
  action: CertificateAction,
  domain: RequestDomain,
  name: string,
): fc.Arbitrary<ParameterSlot> {
  const base = validRequestArbitrary(action, domain);
  const [listName, index, field] = name.split('.');

  if (index !== 'N' || listName === undefined) {
    return base.map((request) => topLevelSlot(request, name));
  }

  return fc
    .tuple(withNonEmptyList(action, base, listName), fc.nat())
    .map(([request, seed]) => listSlot(request, listName, seed, field));
}

/** Valid requests of `action` whose list `listName` has at least one item. */
export function withNonEmptyList(
  action: CertificateAction,
  base: fc.Arbitrary<RequestCase>,
  listName: string,
): fc.Arbitrary<RequestCase> {
  return fc.tuple(base, listArbitrary(action, listName, 1)).map(([request, fallback]) => {
    const current = request.request[listName];
    if (Array.isArray(current) && current.length > 0) {
      return request;
    }

    return { ...request, request: { ...request.request, [listName]: fallback } };
  });
}

/**
 * Lists that satisfy the items schema of `listName`, from `minLength` to `maxLength` items
 * (by default the schema's bounds), with distinct certificate ids.
 */
export function listArbitrary(
  action: CertificateAction,
  listName: string,
  minLength: number,
  maxLength?: number,
): fc.Arbitrary<unknown[]> {
  const schema = schemaAt(operationOf(action).requestSchema, listName);
  const maxItems = maxLength ?? (typeof schema['maxItems'] === 'number' ? schema['maxItems'] : minLength + 4);
  const bounded = { ...schema, minItems: minLength, maxItems };

  return schemaValueArbitrary(bounded, { uniqueItemsBy }, listName) as fc.Arbitrary<unknown[]>;
}

function topLevelSlot(base: RequestCase, name: string): ParameterSlot {
  return {
    base,
    parameter: name,
    put(value) {
      const { [name]: _previous, ...rest } = base.request;
      return value === undefined ? rest : { ...rest, [name]: value };
    },
  };
}

function listSlot(base: RequestCase, listName: string, seed: number, field: string | undefined): ParameterSlot {
  const items = base.request[listName] as unknown[];
  const position = seed % items.length;
  const parameter = `${listName}.${position + 1}${field === undefined ? '' : `.${field}`}`;

  return {
    base,
    parameter,
    put(value) {
      if (field === undefined) {
        return withListItem(base.request, listName, position, value);
      }

      const { [field]: _previous, ...otherFields } = items[position] as Record<string, unknown>;
      const item = value === undefined ? otherFields : { ...otherFields, [field]: value };
      return withListItem(base.request, listName, position, item);
    },
  };
}
