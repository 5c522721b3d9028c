import { expect } from 'vitest';
import { clause } from '../support/index.js';

clause('ACWL-SCHEMA-001', async ({ client, expectOk, listener }) => {
  const listenerId = listener('https');

  // The conformance client validates the body against GetListenerAttributeResponseBody of the spec.
  const body = expectOk(await client.call('GetListenerAttribute', { ListenerId: listenerId }));

  expect(body['ListenerId']).toBe(listenerId);
  expect(body['ListenerProtocol']).toBe('HTTPS');
});
