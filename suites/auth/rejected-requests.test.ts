import { randomUUID } from 'node:crypto';
import type { WireRequest } from '../../src/conformance/wire-contract.js';
import { expectOneOfErrors } from '../support/expect-one-of-errors.js';
import { clause } from '../support/index.js';
import { unknownAccessKey } from '../support/unknown-ids.js';

// Requests the gateway must reject before any business check: a broken or replayed signature, an
// unknown AccessKey, a stale timestamp, a security token that does not belong to the key. The clauses
// about an STS AccessKey sent without its token are in sts-credentials.test.ts.

/** Fifteen minutes is the documented limit, and twenty minutes leave room for clock skew between client and target. */
const staleTimestampAgeMs = 20 * 60 * 1000;

/** Changes the first character of the V1 Signature query parameter, which stays valid base64. */
function tamperV1Signature(wire: WireRequest): void {
  const tampered = wire.url.replace(/([?&]Signature=)(.)/, (_match, name: string, first: string) => `${name}${first === 'A' ? 'B' : 'A'}`);
  if (tampered === wire.url) {
    throw new Error('The wire client sent no Signature parameter to tamper with');
  }
  wire.url = tampered;
}

clause('ACWL-AUTH-006', async (context) => {
  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: context.listener('https') },
    { signatureStyle: 'HMAC-SHA1', mutate: tamperV1Signature },
  );

  context.expectError(result, { code: 'SignatureDoesNotMatch', status: 400 });
});

clause('ACWL-AUTH-007', async (context) => {
  const result = await context.clientWith(unknownAccessKey).call('GetListenerAttribute', { ListenerId: context.listener('https') });

  context.expectError(result, { code: 'InvalidAccessKeyId.NotFound', status: 404 });
});

clause('ACWL-AUTH-008', async (context) => {
  const signedAt = new Date(Date.now() - staleTimestampAgeMs);

  // V1 carries the timestamp as a signed parameter, so an old one can be sent with a valid signature.
  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: context.listener('https') },
    { signatureStyle: 'HMAC-SHA1', extraParameters: { Timestamp: `${signedAt.toISOString().slice(0, 19)}Z` } },
  );

  context.expectError(result, { code: 'InvalidTimeStamp.Expired', status: 400 });
});

clause('ACWL-AUTH-009', async (context) => {
  const request = { ListenerId: context.listener('https') };
  let firstRequest: WireRequest | undefined;

  context.expectOk(
    await context.client.call('GetListenerAttribute', request, {
      signatureStyle: 'ACS3-HMAC-SHA256',
      mutate: (wire) => {
        firstRequest = structuredClone(wire);
      },
    }),
  );
  const replay = await context.client.call('GetListenerAttribute', request, {
    signatureStyle: 'ACS3-HMAC-SHA256',
    mutate: (wire) => {
      Object.assign(wire, structuredClone(firstRequest));
    },
  });

  context.expectError(replay, { code: 'SignatureNonceUsed', status: 400 });
});

clause('ACWL-AUTH-010', async (context) => {
  const request = { ListenerId: context.listener('https') };
  const options = { signatureStyle: 'HMAC-SHA1', extraParameters: { SignatureNonce: `${context.clause.id}-${randomUUID()}` } } as const;

  context.expectOk(await context.client.call('GetListenerAttribute', request, options));
  const reused = await context.client.call('GetListenerAttribute', request, options);

  context.expectError(reused, { code: 'SignatureNonceUsed', status: 400 });
});

clause('ACWL-AUTH-011', async (context) => {
  // NOTE: this assumes a permanent default AccessKey. With STS credentials the signer sends their real
  // token in place of this one, the request is accepted and the clause fails.
  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: context.listener('https') },
    { signatureStyle: 'HMAC-SHA1', extraParameters: { SecurityToken: `${context.clause.id}-not-a-token-of-this-key` } },
  );

  context.expectError(result, { code: 'InvalidSecurityToken.Malformed', status: 400 });
});

clause('ACWL-AUTH-013', async (context) => {
  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: context.listener('https') },
    { signatureStyle: 'ACS3-HMAC-SHA256', mutate: addUnsignedAcsHeader },
  );

  expectOneOfErrors(result, { codes: ['IncompleteSignature', 'SignatureDoesNotMatch'], status: 400 });
});

clause('ACWL-AUTH-014', async (context) => {
  const result = await context.client.call(
    'GetListenerAttribute',
    { ListenerId: context.listener('https') },
    { signatureStyle: 'ACS3-HMAC-SHA256', mutate: addUnsignedAcsHeader },
  );

  context.expectError(result, {
    code: 'IncompleteSignature',
    status: 400,
    message: 'The request signature does not conform to Alibaba Cloud standards.',
  });
});

/** Adds an x-acs-* header after signing, so SignedHeaders does not name it. */
function addUnsignedAcsHeader(wire: WireRequest): void {
  wire.headers['x-acs-acwl-unsigned'] = 'added after signing';
}
