import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { flattenParameters } from '../../src/wire/flatten.js';
import { unflattenParameters } from '../../src/wire/unflatten.js';

describe('flattenParameters', () => {
  it('numbers list items from 1', () => {
    const flat = flattenParameters({
      ListenerId: 'lsn-1',
      Certificates: [{ CertificateId: 'c-1' }, { CertificateId: 'c-2' }],
      CertificateIds: ['a', 'b'],
    });

    expect(flat).toEqual({
      ListenerId: 'lsn-1',
      'Certificates.1.CertificateId': 'c-1',
      'Certificates.2.CertificateId': 'c-2',
      'CertificateIds.1': 'a',
      'CertificateIds.2': 'b',
    });
  });

  it('stringifies scalars and joins nested objects', () => {
    const flat = flattenParameters({ DryRun: false, MaxResults: 20, Tag: { Key: 'k', Value: '' }, Big: 10n });

    expect(flat).toEqual({ DryRun: 'false', MaxResults: '20', 'Tag.Key': 'k', 'Tag.Value': '', Big: '10' });
  });

  it('omits null, undefined and empty lists', () => {
    const flat = flattenParameters({ A: null, B: undefined, C: [], D: '' });

    expect(flat).toEqual({ D: '' });
  });

  it('keeps insertion order, not sorted order', () => {
    const flat = flattenParameters({ ListenerId: 'l', CertificateIds: ['x'], ClientToken: 't' });

    expect(Object.keys(flat)).toEqual(['ListenerId', 'CertificateIds.1', 'ClientToken']);
  });

  it('keeps the index of a null list item', () => {
    expect(flattenParameters({ Ids: ['a', null, 'c'] })).toEqual({ 'Ids.1': 'a', 'Ids.3': 'c' });
  });

  it('flattens nested lists', () => {
    expect(flattenParameters({ Rules: [{ Values: ['x', 'y'] }] })).toEqual({
      'Rules.1.Values.1': 'x',
      'Rules.1.Values.2': 'y',
    });
  });

  it('rejects values with no wire form', () => {
    expect(() => flattenParameters({ BeginTime: new Date(0) })).toThrow(
      'Parameter BeginTime has the unsupported type Date',
    );
    expect(() => flattenParameters({ Callback: () => 1 })).toThrow('Parameter Callback has the unsupported type function');
  });
});

describe('unflattenParameters', () => {
  it('round-trips 11 items in numeric order', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `cert-${index + 1}`);
    const flat = flattenParameters({ ListenerId: 'lsn-1', CertificateIds: ids });
    const shuffled = Object.fromEntries(Object.entries(flat).sort(([left], [right]) => left.localeCompare(right)));

    const result = unflattenParameters(shuffled);

    expect(result).toEqual({ ok: true, value: { ListenerId: 'lsn-1', CertificateIds: ids } });
  });

  it('round-trips nested objects and booleans as strings', () => {
    const flat = flattenParameters({ Certificates: [{ CertificateId: 'c', Options: { Default: true } }], DryRun: true });

    expect(unflattenParameters(flat)).toEqual({
      ok: true,
      value: { Certificates: [{ CertificateId: 'c', Options: { Default: 'true' } }], DryRun: 'true' },
    });
  });

  it('returns nothing for an empty list', () => {
    expect(unflattenParameters(flattenParameters({ ListenerId: 'l', CertificateIds: [] }))).toEqual({
      ok: true,
      value: { ListenerId: 'l' },
    });
  });

  it('round-trips generated requests', () => {
    const scalar = fc.oneof(fc.string(), fc.boolean().map(String), fc.integer().map(String));
    const fieldName = fc.stringMatching(/^[A-Z][A-Za-z]{0,8}$/);
    const item = fc.dictionary(fieldName, scalar, { minKeys: 1, maxKeys: 3 });
    const request = fc.dictionary(
      fieldName,
      fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 12 }), fc.array(item, { minLength: 1, maxLength: 12 })),
      { maxKeys: 5 },
    );

    fc.assert(
      fc.property(request, (value) => {
        expect(unflattenParameters(flattenParameters(value))).toEqual({ ok: true, value });
      }),
    );
  });

  it.each([
    [{ 'Ids.1': 'a', 'Ids.3': 'c' }, 'Ids.3', 'list index 3 is present but index 2 is missing'],
    [{ 'Ids.2': 'b' }, 'Ids.2', 'list index 2 is present but index 1 is missing'],
    [{ 'Ids.0': 'a' }, 'Ids.0', 'list index 0 is invalid because indices start at 1'],
    [{ 'Ids.-1': 'a' }, 'Ids.-1', 'list index -1 is negative'],
    [{ 'Ids.01': 'a' }, 'Ids.01', 'list index 01 has a leading zero. Write 1'],
    [{ 'Ids.1e2': 'a' }, 'Ids.1e2', 'list index "1e2" is not a decimal number'],
    [{ 'Ids.+1': 'a' }, 'Ids.+1', 'list index "+1" is not a decimal number'],
    [{ Ids: 'a', 'Ids.1': 'b' }, 'Ids.1', 'Ids is used as a list here but as a single value by Ids'],
    [{ 'Ids.1': 'b', Ids: 'a' }, 'Ids', 'Ids is used as a single value here but as a list by Ids.1'],
    [{ 'Tag.Key': 'k', 'Tag.1': 'x' }, 'Tag.1', 'Tag is used as a list here but as an object by Tag.Key'],
    [{ 'A..B': 'x' }, 'A..B', 'empty segment'],
    [{ '1.A': 'x' }, '1.A', 'must start with a field name'],
    [{ '__proto__.A': 'x' }, '__proto__.A', '"__proto__" is not a valid parameter name'],
  ])('rejects %j', (flat, parameter, reason) => {
    const result = unflattenParameters(flat);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.parameter).toBe(parameter);
    expect(result.reason).toContain(reason);
  });
});
