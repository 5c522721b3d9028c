import type fc from 'fast-check';

import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { ListedCertificate } from '../../conformance/clause/listener-certificates.js';
import { additionalServerCertificates, listAllListenerCertificates } from '../../conformance/clause/listener-certificates.js';
import type { ListenerRole } from '../../conformance/config/target-config.js';
import type { PropertySettings } from '../../conformance/property-settings.js';
import { acceptedOutcome } from '../model/change-prediction.js';
import type { CertificateChange } from '../model/change-prediction.js';
import type { ObservedOutcome } from '../model/change-reconciliation.js';
import type { ModelBaseline } from '../model/model-baseline.js';
import { captureModelBaseline, resetToBaseline } from '../model/model-baseline.js';
import type { ModelTarget } from '../model/model-target.js';
import { sendChange, waitForJob } from '../model/model-target.js';
import type { TargetModel } from '../model/model-types.js';
import { reconcileListedCertificates } from '../model/observations.js';
import { cloneModel, finishJob, processingJobs } from '../model/target-model.js';
import { checkClauseProperty } from '../run/check-clause-property.js';
import type { ConcurrentBatch } from './concurrent-batch.js';
import { oneListenerBatchArbitrary, oneLoadBalancerBatchArbitrary } from './concurrent-batch.js';
import type { SerialExplanation } from './serial-explanation.js';
import { findSerialExplanations } from './serial-explanation.js';

/** The listeners that get the concurrent calls: one listener, or two listeners of one load balancer. */
export type ConcurrencyScenario = 'one-listener' | 'one-load-balancer';

const scenarioRoles: Readonly<Record<ConcurrencyScenario, readonly ListenerRole[]>> = {
  'one-listener': ['basicQuota'],
  'one-load-balancer': ['https', 'quic'],
};

/**
 * Checks that concurrent Associate and Dissociate calls end in a state that some serial order of the
 * calls explains. In that order, every response is one the model allows after the calls before it.
 * Once every job has finished, the listeners have the certificates the model of that order has.
 * The additional certificates of a load balancer must also fit its quota, checked right after the
 * batch and again when its jobs are done.
 */
export async function checkConcurrencyProperty(
  context: ClauseContext,
  scenario: ConcurrencyScenario,
  settings: PropertySettings,
): Promise<void> {
  const baseline = await captureModelBaseline(context, scenarioRoles[scenario]);
  const batches = batchArbitraryFor(scenario, baseline, context.resources.certificates.free);

  await checkClauseProperty(
    context,
    {
      arbitrary: () => batches,
      predicate: async (batch, { client, log }) => {
        const real: ModelTarget = { context, client, log, freshClientToken: () => '' };
        const model = await resetToBaseline(context, baseline);
        await runBatch(model, real, batch);
      },
      numRuns: 20,
      numRunsOnRegion: 2,
    },
    settings,
  );
}

function batchArbitraryFor(scenario: ConcurrencyScenario, baseline: ModelBaseline, free: readonly string[]): fc.Arbitrary<ConcurrentBatch> {
  const [first, second] = baseline.listeners;
  if (first === undefined) {
    throw new Error('The concurrency clauses found none of their listeners; set resources.listeners.basicQuota, https and quic in the target configuration');
  }
  if (scenario === 'one-listener') {
    return oneListenerBatchArbitrary(first.listenerId, free);
  }

  if (second === undefined || second.loadBalancerId !== first.loadBalancerId) {
    throw new Error(
      `Listeners ${first.listenerId} and ${second?.listenerId ?? '(none)'} must be on one load balancer for this clause; ` +
        'configure resources.listeners.https and resources.listeners.quic on the same load balancer',
    );
  }
  return oneLoadBalancerBatchArbitrary([first.listenerId, second.listenerId], free, first.certificateIds);
}

async function runBatch(model: TargetModel, real: ModelTarget, batch: ConcurrentBatch): Promise<void> {
  if (batch.prefix.length > 0) {
    await sendChange(model, real, { action: 'AssociateAdditionalCertificatesWithListener', listenerId: batch.prefixListenerId, certificateIds: batch.prefix, dryRun: false });
    for (const job of processingJobs(model)) {
      await waitForJob(model, real, job.jobId, job.listenerId);
    }
  }

  real.log.note(`the next ${batch.changes.length} calls are sent at once`);
  const outcomes = await Promise.all(batch.changes.map((change) => sendConcurrently(real, change)));
  await expectWithinQuota(model, real);

  const explanations = findSerialExplanations(model, batch.changes, outcomes);
  if (explanations.length === 0) {
    throw new ClauseExpectationError(
      'No serial order of the concurrent calls explains their responses',
      { responses: 'those of some serial order of the calls' },
      { responses: batch.changes.map((change, index) => `${describeChange(change)} -> ${outcomes[index]?.outcome ?? '?'}`) },
    );
  }

  for (const [index, outcome] of outcomes.entries()) {
    const jobId = outcome.jobId;
    if (jobId !== undefined) {
      const describe = `job ${jobId} of ${batch.changes[index]?.listenerId ?? ''} to end`;
      await real.context.waitFor(() => jobStatus(real, jobId), { describe, until: (status) => status !== 'Processing' });
    }
  }
  const listings = await expectWithinQuota(model, real);
  expectSomeExplanationMatches(explanations, listings);
}

async function sendConcurrently(real: ModelTarget, change: CertificateChange): Promise<ObservedOutcome> {
  const request = { ListenerId: change.listenerId, Certificates: change.certificateIds.map((certificateId) => ({ CertificateId: certificateId })) };
  const result = await real.client.call(change.action, request);
  if (!result.ok) {
    return { outcome: result.code };
  }

  const jobId = result.body['JobId'];
  return typeof jobId === 'string' ? { outcome: acceptedOutcome, jobId } : { outcome: acceptedOutcome };
}

async function jobStatus(real: ModelTarget, jobId: string): Promise<unknown> {
  const result = await real.client.call('ListAsynJobs', { JobIds: [jobId] });
  return result.ok ? (result.body['Jobs'] as Array<{ Status?: string }> | undefined)?.[0]?.Status : result.code;
}

/**
 * Lists every model listener and checks that each load balancer's additional certificates, in any
 * status, fit its quota. Returns the listings by listener id.
 *
 * @throws ClauseExpectationError naming the load balancer, its usage and its quota.
 */
async function expectWithinQuota(model: TargetModel, real: ModelTarget): Promise<Map<string, ListedCertificate[]>> {
  const listings = new Map<string, ListedCertificate[]>();
  for (const listenerId of model.listeners.keys()) {
    listings.set(listenerId, await listAllListenerCertificates(real.client, listenerId));
  }

  for (const loadBalancer of model.loadBalancers.values()) {
    let usage = loadBalancer.otherUsage;
    for (const listener of model.listeners.values()) {
      if (listener.loadBalancerId === loadBalancer.loadBalancerId) {
        usage += additionalServerCertificates(listings.get(listener.listenerId) ?? []).size;
      }
    }
    if (usage > loadBalancer.quota) {
      throw new ClauseExpectationError(
        `Load balancer ${loadBalancer.loadBalancerId} has ${usage} additional certificates, more than its quota of ${loadBalancer.quota}`,
        { usage: `at most ${loadBalancer.quota}` },
        { usage },
      );
    }
  }
  return listings;
}

/**
 * Checks that the listings match the final model of at least one serial explanation.
 *
 * @throws ClauseExpectationError with the first explanation's differences.
 */
function expectSomeExplanationMatches(explanations: readonly SerialExplanation[], listings: ReadonlyMap<string, ListedCertificate[]>): void {
  let firstMismatch: ClauseExpectationError | undefined;

  for (const explanation of explanations) {
    const final = cloneModel(explanation.model);
    for (const job of processingJobs(final)) {
      finishJob(final, job.jobId);
    }
    try {
      for (const [listenerId, listed] of listings) {
        reconcileListedCertificates(final, listenerId, listed);
      }
      return;
    } catch (error) {
      if (!(error instanceof ClauseExpectationError)) {
        throw error;
      }
      firstMismatch ??= error;
    }
  }

  throw new ClauseExpectationError(
    `After the concurrent calls, no serial order explains the listeners' certificates: ${firstMismatch?.message ?? ''}`,
    firstMismatch?.expected,
    firstMismatch?.actual,
  );
}

function describeChange(change: CertificateChange): string {
  return `${change.action} ${change.listenerId} [${change.certificateIds.join(', ')}]`;
}
