import { describe, expect, it } from 'vitest';

import { scrubCredentials } from '../../../src/emulator/http/scrub-credentials.js';
import type { RpcHttpRequest } from '../../../src/emulator/http/types.js';

function request(overrides: Partial<RpcHttpRequest>): RpcHttpRequest {
  return { method: 'POST', path: '/', rawQuery: '', headers: {}, body: '', ...overrides };
}

describe('scrubCredentials', () => {
  it('removes the V3 signature of the Authorization header', () => {
    const signature = 'f571b11f0123456789abcdef0123456789abcdef0123456789abcdef01233e0a';
    const text = `received signature ${signature} does not match`;

    const scrubbed = scrubCredentials(text, request({ headers: { authorization: `ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=${signature}` } }));

    expect(scrubbed).toBe('received signature <redacted> does not match');
  });

  it('removes V1 query credentials in both encodings', () => {
    const rawQuery = 'Signature=iwHsyZsL%2F5jMBaLreqkhvr6Dfg4%3D&SecurityToken=local-security-token';
    const text = 'iwHsyZsL/5jMBaLreqkhvr6Dfg4= and iwHsyZsL%2F5jMBaLreqkhvr6Dfg4%3D and local-security-token';

    expect(scrubCredentials(text, request({ rawQuery }))).toBe('<redacted> and <redacted> and <redacted>');
  });

  it('leaves text without credentials unchanged', () => {
    expect(scrubCredentials('nonce abc was used', request({ rawQuery: 'Signature=abc' }))).toBe('nonce abc was used');
  });
});
