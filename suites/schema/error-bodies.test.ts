import { expect } from 'vitest';
import { clause } from '../support/index.js';
import { unknownListenerId } from '../support/unknown-ids.js';

// Error bodies. The conformance client validates each against ErrorResponseBody of the spec, and these
// clauses check the values that the SDKs read from it.

clause('ACWL-SCHEMA-007', async (context) => {
  const result = await context.client.call('GetListenerAttribute', { ListenerId: unknownListenerId });

  const failure = context.expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
  expect(failure.body['Code']).toBe('ResourceNotFound.Listener');
  expect(failure.body['Message']).toMatch(/\S/);
  expect(failure.body['RequestId']).toMatch(/\S/);
});

clause('ACWL-SCHEMA-008', async (context) => {
  const result = await context.client.call('GetListenerAttribute', { ListenerId: unknownListenerId });

  const failure = context.expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
  const recommend = new URL(String(failure.body['Recommend']));
  expect(recommend.origin).toBe('https://api.aliyun.com');
  expect(recommend.pathname).toBe('/troubleshoot');
  expect(recommend.searchParams.get('q')).toBe('ResourceNotFound.Listener');
  expect(recommend.searchParams.get('product')).toBe('Alb');
  expect(recommend.searchParams.get('requestId')).toBe(failure.body['RequestId']);
  expect(failure.body['HostId']).toMatch(/\S/);
});
