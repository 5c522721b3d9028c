import { clause } from '../support/index.js';
import { listenerAttributes } from '../support/listener-state.js';
import { unknownListenerId } from '../support/unknown-ids.js';

// Error codes of the two reading operations, ListListenerCertificates and GetListenerAttribute.

clause('ACWL-ERR-018', async (context) => {
  const result = await context.client.call('ListListenerCertificates', { ListenerId: unknownListenerId });

  context.expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
});

clause('ACWL-ERR-019', async (context) => {
  const result = await context.client.call('ListListenerCertificates', { ListenerId: context.listener('http') });

  context.expectError(result, { code: 'OperationDenied.HttpListenerNotSupport', status: 400 });
});

clause('ACWL-ERR-020', async (context) => {
  const result = await context.client.call('GetListenerAttribute', { ListenerId: unknownListenerId });

  context.expectError(result, { code: 'ResourceNotFound.Listener', status: 404 });
});

clause('ACWL-ERR-021', async (context) => {
  const listenerId = context.listener('https');

  const result = await context.clientFor('restricted').call('GetListenerAttribute', { ListenerId: listenerId });

  context.expectError(result, { code: 'Forbidden.LoadBalancer', status: 403 });
});

clause('ACWL-ERR-035', async (context) => {
  const listenerId = context.listener('https');
  const loadBalancerId = String((await listenerAttributes(context, listenerId))['LoadBalancerId']);

  const result = await context.clientFor('restricted').call('GetListenerAttribute', { ListenerId: listenerId });

  context.expectError(result, {
    code: 'Forbidden.LoadBalancer',
    status: 403,
    message: `Authentication is failed for ${loadBalancerId}.`,
  });
});

clause('ACWL-ERR-038', async (context) => {
  const result = await context.client.call('GetListenerAttribute', { ListenerId: unknownListenerId });

  context.expectError(result, {
    code: 'ResourceNotFound.Listener',
    status: 404,
    message: `The specified resource ${unknownListenerId} is not found.`,
  });
});
