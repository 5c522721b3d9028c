import { clause } from '../support/index.js';

/** Changes the last hex digit of the V3 signature in an Authorization header. */
function tamperSignature(authorization: string): string {
  return authorization.replace(/(Signature=[0-9a-f]*)([0-9a-f])$/, (_match, head: string, last: string) => {
    return `${head}${last === '0' ? '1' : '0'}`;
  });
}

clause('ACWL-AUTH-001', async ({ client, expectError, listener }) => {
  const listenerId = listener('https');

  const result = await client.call(
    'GetListenerAttribute',
    { ListenerId: listenerId },
    {
      signatureStyle: 'ACS3-HMAC-SHA256',
      mutate: (wire) => {
        const name = Object.keys(wire.headers).find((header) => header.toLowerCase() === 'authorization');
        if (name === undefined) {
          throw new Error('The wire client sent no Authorization header to tamper with');
        }
        wire.headers[name] = tamperSignature(wire.headers[name] ?? '');
      },
    },
  );

  expectError(result, { code: 'SignatureDoesNotMatch' });
});
