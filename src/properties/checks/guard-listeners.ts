import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { ListenerRole } from '../../conformance/config/target-config.js';

/** Roles of Running HTTPS or QUIC listeners, whose certificates a wrongly accepted request could change. */
const changeableListenerRoles: readonly ListenerRole[] = ['https', 'quic', 'basicQuota', 'noDefault'];

/**
 * Restores the additional certificates of every changeable listener of the target after the clause.
 * Property cases send DryRun=true or invalid requests, so a conforming target changes nothing; this
 * undoes what a target that does not conform changes.
 */
export async function guardListenerCertificates(context: ClauseContext): Promise<void> {
  const listenerIds = new Set(changeableListenerRoles.map((role) => context.resources.listeners[role]));

  for (const listenerId of listenerIds) {
    if (listenerId !== undefined) {
      await context.restoreListenerCertificates(listenerId);
    }
  }
}
