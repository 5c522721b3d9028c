import { describe, expect, it } from 'vitest';

import { encodeFormBody, encodeWireQuery, parseQueryString } from '../../src/wire/percent-encoding.js';
import type { ReceivedRequest } from '../../src/wire/types.js';
import { verifySignature } from '../../src/wire/verify-signature.js';
import type { CredentialLookup } from '../../src/wire/verify-result.js';
import { CAPTURE_SECRET, loadAcs3Captures, loadRpcV1Captures } from './load-captures.js';
import type { SdkCapture } from './load-captures.js';

const acs3Captures = loadAcs3Captures();
const rpcV1Captures = loadRpcV1Captures();

function lookupFor(capture: SdkCapture): CredentialLookup {
  const securityToken = capture.headers['x-acs-security-token'] ?? capture.query.SecurityToken;

  return (accessKeyId) =>
    accessKeyId === 'testid' ? { accessKeySecret: CAPTURE_SECRET, ...(securityToken ? { securityToken } : {}) } : undefined;
}

function toReceivedRequest(capture: SdkCapture): ReceivedRequest {
  return {
    method: capture.method,
    path: capture.pathname,
    rawQuery: capture.rawQuery,
    headers: { ...capture.headers },
    body: capture.body,
  };
}

/** Changes the last character of a value, or appends one to an empty value. */
function alter(value: string): string {
  if (value === '') return 'x';
  const last = value.slice(-1);
  return value.slice(0, -1) + (last === 'a' ? 'b' : 'a');
}

/** Lists every request that differs from the capture in exactly one signed part, labelled by that part. */
function tamperedVariants(capture: SdkCapture): [string, ReceivedRequest][] {
  const original = toReceivedRequest(capture);
  const variants: [string, ReceivedRequest][] = [['method', { ...original, method: 'GET' }]];

  const query = parseQueryString(capture.rawQuery);
  if (!query.ok) throw new Error(`capture ${capture.name} has an undecodable query: ${query.reason}`);
  for (const [index, [key]] of query.entries.entries()) {
    const entries = query.entries.map(([name, value], position): [string, string] =>
      position === index ? [name, alter(value)] : [name, value],
    );
    variants.push([`query ${key}`, { ...original, rawQuery: encodeWireQuery(Object.fromEntries(entries)) }]);
  }

  // V1 signs the body only as form parameters; V3 signs any body through x-acs-content-sha256.
  const bodyIsSigned = capture.headers.authorization !== undefined || capture.bodyForm !== null;
  if (bodyIsSigned) variants.push(['body', { ...original, body: alterBody(capture) }]);

  const authorization = capture.headers.authorization;
  if (authorization !== undefined) {
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
    for (const name of signedHeaders) {
      const headers = { ...original.headers, [name]: alter(original.headers[name] ?? '') };
      variants.push([`header ${name}`, { ...original, headers }]);
    }
  }

  return variants;
}

function alterBody(capture: SdkCapture): string {
  if (!capture.bodyForm) return capture.body === '' ? 'x' : alter(capture.body);

  const [firstKey = '', firstValue = ''] = Object.entries(capture.bodyForm)[0] ?? [];
  return encodeFormBody({ ...capture.bodyForm, [firstKey]: alter(firstValue) });
}

describe('verifySignature on SDK captures', () => {
  it.each(acs3Captures.map((capture) => [capture.name, capture] as const))('accepts V3 capture %s', (_name, capture) => {
    const result = verifySignature(toReceivedRequest(capture), lookupFor(capture));

    expect(result).toEqual({
      ok: true,
      style: 'ACS3-HMAC-SHA256',
      accessKeyId: 'testid',
      timestamp: capture.headers['x-acs-date'],
      nonce: capture.headers['x-acs-signature-nonce'],
      ...(capture.headers['x-acs-security-token'] ? { securityToken: capture.headers['x-acs-security-token'] } : {}),
    });
  });

  it.each(rpcV1Captures.map((capture) => [capture.name, capture] as const))('accepts V1 capture %s', (_name, capture) => {
    const result = verifySignature(toReceivedRequest(capture), lookupFor(capture));

    expect(result).toEqual({
      ok: true,
      style: 'HMAC-SHA1',
      accessKeyId: 'testid',
      timestamp: capture.query.Timestamp,
      nonce: capture.query.SignatureNonce,
    });
  });

  it.each([...acs3Captures, ...rpcV1Captures].map((capture) => [capture.name, capture] as const))(
    'rejects every one-part change of %s',
    (_name, capture) => {
      const variants = tamperedVariants(capture);
      expect(variants.length).toBeGreaterThan(2);

      for (const [part, tampered] of variants) {
        const result = verifySignature(tampered, lookupFor(capture));
        expect(result.ok, `changed ${part}`).toBe(false);
      }
    },
  );

  it('keeps the secret and expected signature out of the reason', () => {
    const capture = acs3Captures[0];
    if (!capture) throw new Error('no V3 capture in test/data/sdk-captures');
    const request = toReceivedRequest(capture);
    const expectedSignature = /Signature=([0-9a-f]+)/.exec(capture.headers.authorization ?? '')?.[1] ?? '';

    const result = verifySignature({ ...request, method: 'PUT' }, lookupFor(capture));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('SignatureDoesNotMatch');
    expect(result.reason).not.toContain(CAPTURE_SECRET);
    expect(result.reason).not.toContain(expectedSignature);
  });
});
