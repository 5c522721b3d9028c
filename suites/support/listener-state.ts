import type { ClauseContext } from './index.js';

/** Reads GetListenerAttribute of a listener with the default credentials. */
export async function listenerAttributes(context: ClauseContext, listenerId: string): Promise<Record<string, unknown>> {
  return context.expectOk(await context.client.call('GetListenerAttribute', { ListenerId: listenerId }));
}

/** The ListenerStatus of a listener: Provisioning, Running, Configuring or Stopped. */
export async function listenerStatus(context: ClauseContext, listenerId: string): Promise<string> {
  return String((await listenerAttributes(context, listenerId))['ListenerStatus']);
}

/** Waits until the listener is Running, so that a clause starts without another job in its way. */
export async function waitUntilRunning(context: ClauseContext, listenerId: string): Promise<void> {
  await context.waitFor(() => listenerStatus(context, listenerId), {
    describe: `listener ${listenerId} to be Running`,
    until: (status) => status === 'Running',
  });
}

/**
 * Prepares a Running listener for a clause that changes its certificates: records its additional
 * certificates for the cleanup to restore, and waits until no job of an earlier clause is running.
 */
export async function prepareListener(context: ClauseContext, listenerId: string): Promise<string> {
  await context.restoreListenerCertificates(listenerId);
  await waitUntilRunning(context, listenerId);
  return listenerId;
}
