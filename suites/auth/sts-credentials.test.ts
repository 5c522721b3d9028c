import { expect } from 'vitest';
import type { RpcResult, SignatureStyle } from '../../src/conformance/wire-contract.js';
import { clause } from '../support/index.js';
import type { ClauseContext } from '../support/index.js';

// Temporary STS AccessKeys. The signer sends the security token in the x-acs-security-token header
// (ACS3-HMAC-SHA256) or in the SecurityToken parameter (HMAC-SHA1), and the key is valid only with it.

const signatureStyles: readonly SignatureStyle[] = ['ACS3-HMAC-SHA256', 'HMAC-SHA1'];

/** The message of InvalidSecurityToken.Malformed in x-acs-gateway-errors of the spec. */
const malformedTokenMessage = 'Specified SecurityToken is malformed or does not match the AccessKey.';

clause('ACWL-AUTH-015', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.clientFor('sts').call('GetListenerAttribute', { ListenerId: listenerId }, { signatureStyle: 'ACS3-HMAC-SHA256' });

  expect(context.expectOk(result)['ListenerId'], 'ListenerId of the response').toBe(listenerId);
});

clause('ACWL-AUTH-016', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.clientFor('sts').call('GetListenerAttribute', { ListenerId: listenerId }, { signatureStyle: 'HMAC-SHA1' });

  expect(context.expectOk(result)['ListenerId'], 'ListenerId of the response').toBe(listenerId);
});

clause('ACWL-AUTH-017', async (context) => {
  for (const signatureStyle of signatureStyles) {
    const result = await callWithoutSecurityToken(context, signatureStyle);

    const failed = context.expectError(result, { code: 'InvalidSecurityToken.Malformed' });
    expect(failed.status, `HTTP status of the ${signatureStyle} request without a security token`).toBeGreaterThanOrEqual(400);
    expect(failed.status, `HTTP status of the ${signatureStyle} request without a security token`).toBeLessThan(500);
  }
});

clause('ACWL-AUTH-018', async (context) => {
  for (const signatureStyle of signatureStyles) {
    const result = await callWithoutSecurityToken(context, signatureStyle);

    context.expectError(result, { code: 'InvalidSecurityToken.Malformed', status: 400, message: malformedTokenMessage });
  }
});

/** Sends GetListenerAttribute signed with the STS AccessKey but without its security token. */
function callWithoutSecurityToken(context: ClauseContext, signatureStyle: SignatureStyle): Promise<RpcResult> {
  return context
    .clientFor('sts', { omitSecurityToken: true })
    .call('GetListenerAttribute', { ListenerId: context.listener('https') }, { signatureStyle });
}
