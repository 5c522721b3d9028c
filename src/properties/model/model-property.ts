import { randomUUID } from 'node:crypto';

import fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import type { ListenerRole } from '../../conformance/config/target-config.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { captureModelBaseline, resetToBaseline } from './model-baseline.js';
import { modelCommandsArbitrary } from './model-commands.js';
import type { ModelCommandPools } from './model-commands.js';
import type { ModelTarget } from './model-target.js';

/** The listeners of the model: two on one load balancer (https and quic) and one whose quota is small. */
const modelListenerRoles: readonly ListenerRole[] = ['https', 'quic', 'basicQuota'];

/** Free certificates the commands use: enough to exceed the Basic edition's quota of 10 in one request. */
const maxFreeCertificates = 16;

/**
 * Checks command sequences against a model of the target's listeners, their additional
 * certificates, the per-load-balancer quotas and the jobs. Every run starts from the state the
 * clause found, and after each command the target's state, read back through the API, must match
 * the model. The clause's cleanup restores the listeners at the end.
 */
export async function checkModelProperty(context: ClauseContext, settings: PropertySettings): Promise<void> {
  const baseline = await captureModelBaseline(context, modelListenerRoles);
  const pools = commandPoolsOf(context, baseline.listeners.map((listener) => listener.listenerId));
  const tokenPrefix = randomUUID();
  let tokenCount = 0;

  await checkClauseProperty(
    context,
    {
      arbitrary: ({ commandsReplayPath }) => modelCommandsArbitrary(pools, commandsReplayPath === undefined ? {} : { replayPath: commandsReplayPath }),
      predicate: async (commands, { client, log }) => {
        const real: ModelTarget = { context, client, log, freshClientToken: () => `${tokenPrefix}-${(tokenCount += 1)}` };
        const setup = async () => ({ model: await resetToBaseline(context, baseline), real });
        await fc.asyncModelRun(setup, commands);
      },
      numRuns: 25,
      numRunsOnRegion: 3,
    },
    settings,
  );
}

function commandPoolsOf(context: ClauseContext, listenerIds: string[]): ModelCommandPools {
  const { free, default: defaultCertificateId, ca, missing } = context.resources.certificates;
  const trouble = [defaultCertificateId, ca, missing].filter((certificateId): certificateId is string => certificateId !== undefined);

  return { listenerIds, freeCertificateIds: free.slice(0, maxFreeCertificates), troubleCertificateIds: trouble };
}
