import { emulatorDefaultCredentials, emulatorDefaultResources } from '../../../src/conformance/target/emulator-defaults.js';
import type { RpcResult } from '../../../src/wire/index.js';
import { WireClient } from '../../../src/wire/index.js';

/** What a listener of the default seed looks like from outside: its attributes and its certificates. */
export interface ListenerSnapshot {
  readonly listenerId: string;
  readonly attributes: Record<string, unknown>;
  /** Undefined for an HTTP listener, whose certificates cannot be listed. */
  readonly certificates?: unknown;
}

/**
 * Reads every listener of the default seed from an emulator, without RequestIds, so that two snapshots
 * are equal exactly when the clauses in between restored everything they changed.
 */
export async function snapshotSeedListeners(endpoint: string): Promise<ListenerSnapshot[]> {
  const client = new WireClient({ endpoint, credentials: emulatorDefaultCredentials });
  const snapshots: ListenerSnapshot[] = [];

  for (const listenerId of Object.values(emulatorDefaultResources.listeners)) {
    const attributes = bodyWithoutRequestId(await client.call('GetListenerAttribute', { ListenerId: listenerId }));
    const listed = await client.call('ListListenerCertificates', { ListenerId: listenerId, MaxResults: 100 });
    snapshots.push({
      listenerId,
      attributes,
      ...(attributes['ListenerProtocol'] === 'HTTP' ? {} : { certificates: bodyWithoutRequestId(listed)['Certificates'] }),
    });
  }
  return snapshots;
}

function bodyWithoutRequestId(result: RpcResult): Record<string, unknown> {
  if (!result.ok) {
    throw new Error(`Reading the emulator failed with ${result.code}: ${result.message}`);
  }
  const { RequestId: _requestId, ...body } = result.body;
  return body;
}
