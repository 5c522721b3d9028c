import type { PollingSettings } from '../config/target-config.js';
import type { RpcResult } from '../wire-contract.js';
import type { ConformanceClient } from './conformance-client.js';
import { expectOk } from './expectations.js';
import type { EvidenceRecorder } from './evidence-recorder.js';
import type { ListedCertificate } from './listener-certificates.js';
import { additionalServerCertificates, isSettled, listAllListenerCertificates } from './listener-certificates.js';
import type { PollingClock } from './wait-for.js';
import { waitFor } from './wait-for.js';

/** Error codes that mean the listener is busy with another job; the call is retried until the deadline. */
const listenerBusyCodes = new Set(['ResourceInConfiguring.Listener', 'IncorrectStatus.Listener', 'IdempotenceProcessing']);

/** Associate and Dissociate accept at most 15 certificates per request, per the ALB API metadata. */
const certificatesPerRequest = 15;

/** Dependencies of a listener restore. */
export interface RestoreTools {
  readonly client: ConformanceClient;
  readonly polling: PollingSettings;
  readonly recorder: EvidenceRecorder;
  readonly clock: PollingClock;
}

/**
 * Records the additional certificates of a listener once its jobs have finished, and returns
 * the function that brings the listener back to that set: it dissociates what was added,
 * associates what was removed, and waits for every job.
 */
export async function captureListenerCertificates(
  listenerId: string,
  tools: RestoreTools,
): Promise<() => Promise<void>> {
  const before = await waitUntilSettled(listenerId, tools);
  const original = new Set(additionalServerCertificates(before).keys());

  return async () => {
    const current = new Set(additionalServerCertificates(await waitUntilSettled(listenerId, tools)).keys());
    const added = [...current].filter((id) => !original.has(id));
    const removed = [...original].filter((id) => !current.has(id));

    await changeCertificates('DissociateAdditionalCertificatesFromListener', listenerId, added, tools);
    await changeCertificates('AssociateAdditionalCertificatesWithListener', listenerId, removed, tools);

    const restored = new Set(additionalServerCertificates(await waitUntilSettled(listenerId, tools)).keys());
    const missing = [...original].filter((id) => !restored.has(id));
    const extra = [...restored].filter((id) => !original.has(id));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `Listener ${listenerId} was not restored: missing [${missing.join(', ')}], extra [${extra.join(', ')}]; ` +
          'fix its certificates by hand before the next run',
      );
    }
  };
}

async function changeCertificates(
  action: 'AssociateAdditionalCertificatesWithListener' | 'DissociateAdditionalCertificatesFromListener',
  listenerId: string,
  certificateIds: readonly string[],
  tools: RestoreTools,
): Promise<void> {
  for (let start = 0; start < certificateIds.length; start += certificatesPerRequest) {
    const chunk = certificateIds.slice(start, start + certificatesPerRequest);
    const request = { ListenerId: listenerId, Certificates: chunk.map((id) => ({ CertificateId: id })) };

    const result = await waitFor(
      () => tools.client.call(action, request),
      {
        describe: `listener ${listenerId} to accept ${action} for ${chunk.join(', ')}`,
        until: (answer: RpcResult) => answer.ok || !listenerBusyCodes.has(answer.code),
      },
      tools.polling,
      tools.recorder,
      tools.clock,
    );
    expectOk(result);
    await waitUntilSettled(listenerId, tools);
  }
}

function waitUntilSettled(listenerId: string, tools: RestoreTools): Promise<ListedCertificate[]> {
  return waitFor(
    () => listAllListenerCertificates(tools.client, listenerId),
    { describe: `every certificate of listener ${listenerId} to be Associated or gone`, until: isSettled },
    tools.polling,
    tools.recorder,
    tools.clock,
  );
}
