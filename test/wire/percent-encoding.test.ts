import { describe, expect, it } from 'vitest';

import { encodeFormBody, encodeWireQuery, parseQueryString, percentEncode } from '../../src/wire/percent-encoding.js';

const SPECIAL = "a b*c'(d)!~+/=&?%中文_-.";

describe('percentEncode', () => {
  it('encodes RFC 3986 strict', () => {
    expect(percentEncode(SPECIAL)).toBe('a%20b%2Ac%27%28d%29%21~%2B%2F%3D%26%3F%25%E4%B8%AD%E6%96%87_-.');
  });

  it('keeps unreserved characters', () => {
    expect(percentEncode('AZaz09-_.~')).toBe('AZaz09-_.~');
  });

  it('encodes the asterisks of a masked id', () => {
    expect(percentEncode('lsn-o4u54y73wq7b******')).toBe('lsn-o4u54y73wq7b%2A%2A%2A%2A%2A%2A');
  });
});

describe('encodeWireQuery', () => {
  it('matches the SDK wire encoding', () => {
    expect(encodeWireQuery({ ListenerDescription: SPECIAL, ListenerId: 'lsn-1' })).toBe(
      "ListenerDescription=a%20b*c%27(d)!~%2B%2F%3D%26%3F%25%E4%B8%AD%E6%96%87_-.&ListenerId=lsn-1",
    );
  });

  it('sends an empty value as key=', () => {
    expect(encodeWireQuery({ NextToken: '', MaxResults: '20' })).toBe('NextToken=&MaxResults=20');
  });
});

describe('encodeFormBody', () => {
  it('keeps the apostrophe literal', () => {
    expect(encodeFormBody({ Description: "web 1'" })).toBe("Description=web%201'");
  });
});

describe('parseQueryString', () => {
  it('decodes the SDK wire encoding', () => {
    const parsed = parseQueryString(encodeWireQuery({ ListenerDescription: SPECIAL, ListenerId: 'lsn-1' }));

    expect(parsed).toEqual({ ok: true, entries: [['ListenerDescription', SPECIAL], ['ListenerId', 'lsn-1']] });
  });

  it('keeps duplicates, order and empty values', () => {
    expect(parseQueryString('b=1&a=&b=2&flag&&')).toEqual({
      ok: true,
      entries: [['b', '1'], ['a', ''], ['b', '2'], ['flag', '']],
    });
  });

  it('keeps + literal in a query', () => {
    expect(parseQueryString('a=1+2')).toEqual({ ok: true, entries: [['a', '1+2']] });
  });

  it('decodes + as a space in a form body', () => {
    expect(parseQueryString('a=1+2&b=%2B', { plusAsSpace: true })).toEqual({ ok: true, entries: [['a', '1 2'], ['b', '+']] });
  });

  it.each([
    ['a=%zz', 'malformed percent-escape "%zz" at offset 0'],
    ['a=%4', 'malformed percent-escape "%4" at offset 0'],
    ['a=x%', 'malformed percent-escape "%" at offset 1'],
    ['%G1=x', 'invalid parameter name "%G1"'],
    ['a=%FF', 'do not form valid UTF-8'],
    ['a=%C3', 'do not form valid UTF-8'],
    ['a=%ED%A0%80', 'do not form valid UTF-8'],
    ['a=%C0%AF', 'do not form valid UTF-8'],
  ])('rejects %s', (raw, reason) => {
    const parsed = parseQueryString(raw);

    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toContain(reason);
  });
});
