import { describe, expect, it } from 'vitest';

import { redactExchange, redactUrl } from '../../src/wire/redact.js';
import type { WireExchange } from '../../src/wire/types.js';

function exchangeWith(request: Partial<WireExchange['request']>): WireExchange {
  return {
    request: { method: 'POST', url: 'http://127.0.0.1/', headers: {}, body: '', ...request },
    response: { status: 200, headers: {}, body: '{}' },
    durationMs: 1,
  };
}

describe('redactExchange', () => {
  it('redacts the V3 Authorization parts', () => {
    const redacted = redactExchange(
      exchangeWith({
        headers: {
          Authorization: 'ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-date,Signature=abcdef',
          'X-Acs-Security-Token': 'token',
          'x-acs-accesskey-id': 'ak',
          'x-acs-date': '2026-12-04T19:51:12Z',
        },
      }),
    );

    expect(redacted.request.headers).toEqual({
      Authorization: 'ACS3-HMAC-SHA256 Credential=<redacted>,SignedHeaders=host;x-acs-date,Signature=<redacted>',
      'X-Acs-Security-Token': '<redacted>',
      'x-acs-accesskey-id': '<redacted>',
      'x-acs-date': '2026-12-04T19:51:12Z',
    });
  });

  it('redacts another Authorization scheme whole', () => {
    const redacted = redactExchange(exchangeWith({ headers: { authorization: 'Bearer secret-token' } }));

    expect(redacted.request.headers.authorization).toBe('<redacted>');
  });

  it('redacts secret parameters of a form body', () => {
    const redacted = redactExchange(
      exchangeWith({
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: 'ListenerId=l&SecurityToken=t&Signature=s%3D',
      }),
    );

    expect(redacted.request.body).toBe('ListenerId=l&SecurityToken=<redacted>&Signature=<redacted>');
  });

  it('leaves a JSON body alone', () => {
    const redacted = redactExchange(exchangeWith({ headers: { 'content-type': 'application/json' }, body: '{"Signature":"s"}' }));

    expect(redacted.request.body).toBe('{"Signature":"s"}');
  });

  it('does not change the original', () => {
    const original = exchangeWith({ headers: { authorization: 'Bearer x' } });

    redactExchange(original);

    expect(original.request.headers.authorization).toBe('Bearer x');
  });
});

describe('redactUrl', () => {
  it.each([
    ['http://h/?Action=A&AccessKeyId=ak&Signature=s%3D#top', 'http://h/?Action=A&AccessKeyId=<redacted>&Signature=<redacted>#top'],
    ['http://h/?Signatur%65=s&SecurityToken', 'http://h/?Signatur%65=<redacted>&SecurityToken=<redacted>'],
    ['http://h/?SignatureMethod=HMAC-SHA1', 'http://h/?SignatureMethod=HMAC-SHA1'],
    ['http://h/', 'http://h/'],
  ])('redacts %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
