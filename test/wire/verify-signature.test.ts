import { describe, expect, it } from 'vitest';

import { buildWireRequest } from '../../src/wire/build-wire-request.js';
import type { Credentials, ReceivedRequest } from '../../src/wire/types.js';
import { verifySignature } from '../../src/wire/verify-signature.js';
import type { CredentialLookup } from '../../src/wire/verify-result.js';

const SECRET = 'verify-test-secret';
const TOKEN = 'verify-test-token';
const PERMANENT: Credentials = { accessKeyId: 'ak-1', accessKeySecret: SECRET };
const TEMPORARY: Credentials = { accessKeyId: 'sts-1', accessKeySecret: SECRET, securityToken: TOKEN };

const PLACEMENT_CASES = [
  ['query', PERMANENT],
  ['form', PERMANENT],
  ['query', TEMPORARY],
  ['form', TEMPORARY],
] as const;

const lookup: CredentialLookup = (accessKeyId) => {
  if (accessKeyId === PERMANENT.accessKeyId) return { accessKeySecret: SECRET };
  if (accessKeyId === TEMPORARY.accessKeyId) return { accessKeySecret: SECRET, securityToken: TOKEN };
  return undefined;
};

/** Builds a signed request with the client's builder and shapes it as a server receives it. */
function signedRequest(
  options: {
    style?: 'ACS3-HMAC-SHA256' | 'HMAC-SHA1';
    placement?: 'query' | 'form';
    credentials?: Credentials;
    listenerId?: string;
  } = {},
): ReceivedRequest {
  const wire = buildWireRequest({
    action: 'ListListenerCertificates',
    parameters: { ListenerId: options.listenerId ?? 'lsn-1', 'CertificateIds.1': 'a*b' },
    extraQuery: {},
    style: options.style ?? 'ACS3-HMAC-SHA256',
    placement: options.placement ?? 'query',
    credentials: options.credentials ?? PERMANENT,
    baseUrl: 'http://127.0.0.1:8080',
    timestamp: '2026-12-04T19:51:12Z',
    nonce: 'nonce-1',
    userAgent: 'test',
  });
  const url = new URL(wire.url);

  return {
    method: wire.method,
    path: url.pathname,
    rawQuery: url.search.slice(1),
    headers: { ...wire.headers, host: url.host },
    body: wire.body,
  };
}

function expectRejection(request: ReceivedRequest, code: string, reason: string): void {
  const result = verifySignature(request, lookup);

  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  expect(result.reason).toContain(reason);
  expect(result.reason).not.toContain(SECRET);
  expect(result.reason).not.toContain(TOKEN);
}

function withHeaders(request: ReceivedRequest, headers: Record<string, string | undefined>): ReceivedRequest {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...request.headers, ...headers })) {
    if (value !== undefined) merged[name] = value;
  }
  return { ...request, headers: merged };
}

describe('verifySignature with V3', () => {
  it.each(PLACEMENT_CASES)('accepts %s placement', (placement, credentials) => {
    const result = verifySignature(signedRequest({ placement, credentials }), lookup);

    expect(result).toMatchObject({ ok: true, style: 'ACS3-HMAC-SHA256', accessKeyId: credentials.accessKeyId });
  });

  it('accepts upper-case header names', () => {
    const request = signedRequest();
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toUpperCase(), value]));

    expect(verifySignature({ ...request, headers }, lookup).ok).toBe(true);
  });

  it('rejects an unknown AccessKey', () => {
    const request = signedRequest({ credentials: { accessKeyId: 'ak-unknown', accessKeySecret: SECRET } });

    expectRejection(request, 'InvalidAccessKeyId.NotFound', 'AccessKey ak-unknown is not known');
  });

  it('rejects a wrong secret', () => {
    const request = signedRequest({ credentials: { accessKeyId: 'ak-1', accessKeySecret: 'other' } });

    expectRejection(request, 'SignatureDoesNotMatch', 'the V3 signature does not match');
  });

  it('rejects an unsigned x-acs header', () => {
    const request = withHeaders(signedRequest(), { 'x-acs-extra': '1' });

    expectRejection(request, 'IncompleteSignature', 'x-acs-extra are not in SignedHeaders');
  });

  it('rejects an unsigned content-type', () => {
    const request = withHeaders(signedRequest(), { 'content-type': 'application/json' });

    expectRejection(request, 'IncompleteSignature', 'content-type are not in SignedHeaders');
  });

  it('rejects a signed header that is missing', () => {
    const request = withHeaders(signedRequest(), { 'x-acs-action': undefined });

    expectRejection(request, 'IncompleteSignature', 'SignedHeaders lists x-acs-action but the request has no such header');
  });

  it.each([
    ['x-acs-date', 'the x-acs-date header is missing'],
    ['x-acs-signature-nonce', 'the x-acs-signature-nonce header is missing'],
  ])('rejects a missing %s', (name, reason) => {
    const request = signedRequest();
    const authorization = (request.headers.authorization ?? '').replace(`;${name}`, '');

    expectRejection(withHeaders(request, { [name]: undefined, authorization }), 'IncompleteSignature', reason);
  });

  it.each(['2026-12-04 19:51:12', '2026-02-30T10:00:00Z', '2026-12-04T19:51:12.000Z', 'yesterday'])(
    'rejects the date %s',
    (date) => {
      expectRejection(withHeaders(signedRequest(), { 'x-acs-date': date }), 'InvalidTimeStamp.Format', `x-acs-date "${date}"`);
    },
  );

  it('rejects a body that does not match its hash', () => {
    const request = { ...signedRequest({ placement: 'form' }), body: 'ListenerId=lsn-2' };

    expectRejection(request, 'SignatureDoesNotMatch', 'is not the SHA-256 of the 16-byte body');
  });

  it('rejects a repeated query parameter', () => {
    const request = signedRequest();

    expectRejection({ ...request, rawQuery: `${request.rawQuery}&ListenerId=lsn-1` }, 'SignatureDoesNotMatch', 'ListenerId appears more than once');
  });

  it('rejects bad percent-encoding', () => {
    const request = signedRequest();

    expectRejection({ ...request, rawQuery: `${request.rawQuery}%zz` }, 'SignatureDoesNotMatch', 'malformed percent-escape');
  });

  it('accepts the canonical encoding of the wire query', () => {
    const request = signedRequest();

    expect(request.rawQuery).toBe('ListenerId=lsn-1&CertificateIds.1=a*b');
    const reencoded = { ...request, rawQuery: 'CertificateIds.1=a%2Ab&ListenerId=lsn-1' };
    expect(verifySignature(reencoded, lookup).ok).toBe(true);
  });

  it.each([
    ['Basic abc', 'IncompleteSignature', 'scheme "Basic" is not supported'],
    ['ACS3-HMAC-SHA256 Credential=ak-1', 'IncompleteSignature', 'no SignedHeaders'],
    ['ACS3-HMAC-SHA256 Credential=ak-1,SignedHeaders=host,Signature=00,Extra=1', 'IncompleteSignature', 'unexpected part "Extra"'],
    ['ACS3-HMAC-SHA256 Credential=ak-1,Credential=ak-1', 'IncompleteSignature', 'Credential= twice'],
  ])('rejects the Authorization %s', (authorization, code, reason) => {
    expectRejection(withHeaders(signedRequest(), { authorization }), code, reason);
  });

  it('rejects SignedHeaders without host', () => {
    const request = signedRequest();
    const authorization = (request.headers.authorization ?? '').replace('SignedHeaders=host;', 'SignedHeaders=');

    expectRejection(withHeaders(request, { authorization }), 'IncompleteSignature', 'SignedHeaders must include host');
  });

  it('rejects upper-case SignedHeaders', () => {
    const request = signedRequest();
    const authorization = (request.headers.authorization ?? '').replace('SignedHeaders=host;', 'SignedHeaders=Host;');

    expectRejection(withHeaders(request, { authorization }), 'IncompleteSignature', 'SignedHeaders entry "Host" is invalid');
  });

  it('rejects a token for a permanent key', () => {
    const request = withHeaders(signedRequest(), { 'x-acs-security-token': 'x' });
    const authorization = (request.headers.authorization ?? '').replace('x-acs-signature-nonce', 'x-acs-security-token;x-acs-signature-nonce');

    expectRejection(withHeaders(request, { authorization }), 'InvalidSecurityToken.Malformed', 'AccessKey ak-1 is a permanent key');
  });

  it('rejects a temporary key without its token', () => {
    const request = signedRequest({ credentials: { accessKeyId: 'sts-1', accessKeySecret: SECRET } });

    expectRejection(request, 'InvalidSecurityToken.Malformed', 'AccessKey sts-1 is a temporary STS key');
  });

  it('rejects a wrong token', () => {
    const request = signedRequest({ credentials: { ...TEMPORARY, securityToken: 'stolen' } });

    expectRejection(request, 'InvalidSecurityToken.Malformed', 'does not belong to AccessKey sts-1');
  });

  it('rejects a mismatched x-acs-accesskey-id', () => {
    const request = withHeaders(signedRequest({ credentials: TEMPORARY }), { 'x-acs-accesskey-id': 'ak-1' });

    expectRejection(request, 'SignatureDoesNotMatch', 'x-acs-accesskey-id ak-1 differs from the Credential sts-1');
  });
});

describe('verifySignature with V1', () => {
  it.each(PLACEMENT_CASES)('accepts %s placement', (placement, credentials) => {
    const result = verifySignature(signedRequest({ style: 'HMAC-SHA1', placement, credentials }), lookup);

    expect(result).toEqual({
      ok: true,
      style: 'HMAC-SHA1',
      accessKeyId: credentials.accessKeyId,
      timestamp: '2026-12-04T19:51:12Z',
      nonce: 'nonce-1',
      ...(credentials.securityToken ? { securityToken: TOKEN } : {}),
    });
  });

  it('decodes + in a form body as a space', () => {
    const request = signedRequest({ style: 'HMAC-SHA1', placement: 'form', listenerId: 'lsn 1' });

    expect(request.body).toBe('ListenerId=lsn%201&CertificateIds.1=a*b');
    const withPlus = { ...request, body: 'ListenerId=lsn+1&CertificateIds.1=a*b' };
    expect(verifySignature(withPlus, lookup).ok).toBe(true);
  });

  it('keeps + in a query literal', () => {
    const request = signedRequest({ style: 'HMAC-SHA1', listenerId: 'lsn 1' });

    const withPlus = { ...request, rawQuery: request.rawQuery.replace('lsn%201', 'lsn+1') };
    expectRejection(withPlus, 'SignatureDoesNotMatch', 'the V1 signature does not match');
  });

  it('rejects a parameter in both query and body', () => {
    const request = signedRequest({ style: 'HMAC-SHA1', placement: 'form' });

    expectRejection({ ...request, rawQuery: `${request.rawQuery}&ListenerId=lsn-1` }, 'SignatureDoesNotMatch', 'ListenerId appears more than once');
  });

  it.each([
    ['Timestamp', 'Timestamp are missing'],
    ['SignatureNonce', 'SignatureNonce are missing'],
    ['AccessKeyId', 'AccessKeyId are missing'],
  ])('rejects a missing %s', (name, reason) => {
    const request = signedRequest({ style: 'HMAC-SHA1' });
    const rawQuery = request.rawQuery.split('&').filter((pair) => !pair.startsWith(`${name}=`)).join('&');

    expectRejection({ ...request, rawQuery }, 'IncompleteSignature', reason);
  });

  it('rejects another signature method', () => {
    const request = signedRequest({ style: 'HMAC-SHA1' });
    const rawQuery = request.rawQuery.replace('SignatureMethod=HMAC-SHA1', 'SignatureMethod=HMAC-SHA256');

    expectRejection({ ...request, rawQuery }, 'IncompleteSignature', 'SignatureMethod "HMAC-SHA256" is not supported');
  });

  it('rejects a malformed Timestamp', () => {
    const request = signedRequest({ style: 'HMAC-SHA1' });
    const rawQuery = request.rawQuery.replace('Timestamp=2026-12-04T19%3A51%3A12Z', 'Timestamp=1733341872');

    expectRejection({ ...request, rawQuery }, 'InvalidTimeStamp.Format', 'Timestamp "1733341872"');
  });

  it('rejects an unsigned request', () => {
    expectRejection(
      { method: 'POST', path: '/', rawQuery: 'Action=GetListenerAttribute&ListenerId=l', headers: {}, body: '' },
      'IncompleteSignature',
      'the request is not signed',
    );
  });
});
