import type { ClauseContext } from '../../conformance/clause/clause-context.js';
import { EvidenceRecorder } from '../../conformance/clause/evidence-recorder.js';
import { expectOk } from '../../conformance/clause/expectations.js';
import { additionalServerCertificates } from '../../conformance/clause/listener-certificates.js';
import { captureListenerCertificates } from '../../conformance/clause/restore-listener-certificates.js';
import { systemPollingClock } from '../../conformance/clause/wait-for.js';
import type { ListenerRole } from '../../conformance/config/target-config.js';
import type { CertificateKind, ModelLoadBalancer, TargetModel } from './model-types.js';

/** A model listener as the clause found it. */
export interface BaselineListener {
  readonly role: ListenerRole;
  readonly listenerId: string;
  readonly loadBalancerId: string;
  readonly defaultCertificateId?: string;
  readonly certificateIds: readonly string[];
}

/** The state every model run starts from, and the functions that bring the target back to it. */
export interface ModelBaseline {
  readonly listeners: readonly BaselineListener[];
  readonly loadBalancers: readonly ModelLoadBalancer[];
  readonly certificateKinds: ReadonlyMap<string, CertificateKind>;
  readonly restorers: ReadonlyArray<() => Promise<void>>;
}

/**
 * The documented additional-certificate quota by edition (Basic 10, Standard 25), per
 * https://www.alibabacloud.com/help/en/slb/application-load-balancer/user-guide/alb-quotas-2.
 * The basicQuota role is a listener on a Basic load balancer; the others are taken as Standard.
 */
const editionQuotaByRole: Readonly<Partial<Record<ListenerRole, number>>> = { basicQuota: 10 };
const standardEditionQuota = 25;

/** Listener roles that may have additional certificates, and so count against a load balancer's quota. */
const certificateListenerRoles: readonly ListenerRole[] = ['https', 'quic', 'basicQuota', 'noDefault', 'stopped'];

/**
 * Records the listeners of `roles` (those the target has) as the model's starting state: their load
 * balancer, default certificate and additional certificates once their jobs have finished. It also
 * registers the clause cleanup that restores them, and counts the additional certificates of the
 * target's other listeners on the same load balancers against the quota.
 */
export async function captureModelBaseline(context: ClauseContext, roles: readonly ListenerRole[]): Promise<ModelBaseline> {
  const tools = { client: context.client, polling: context.polling, recorder: new EvidenceRecorder(context.clause.id), clock: systemPollingClock };
  const listeners: BaselineListener[] = [];
  const restorers: Array<() => Promise<void>> = [];

  for (const role of roles) {
    const listenerId = context.resources.listeners[role];
    if (listenerId === undefined || listeners.some((listener) => listener.listenerId === listenerId)) {
      continue;
    }

    await context.restoreListenerCertificates(listenerId);
    restorers.push(await captureListenerCertificates(listenerId, tools));
    listeners.push({ role, listenerId, ...(await describeListener(context, listenerId)) });
  }

  return {
    listeners,
    loadBalancers: await describeLoadBalancers(context, listeners),
    certificateKinds: certificateKindsOf(context),
    restorers,
  };
}

/**
 * Brings the target back to the baseline (restoring certificates and waiting until every model
 * listener is Running) and returns a fresh model of it.
 */
export async function resetToBaseline(context: ClauseContext, baseline: ModelBaseline): Promise<TargetModel> {
  for (const restore of baseline.restorers) {
    await restore();
  }
  for (const listener of baseline.listeners) {
    await context.waitFor(() => listenerStatus(context, listener.listenerId), {
      describe: `listener ${listener.listenerId} to be Running before a model run`,
      until: (status) => status === 'Running',
    });
  }

  return {
    listeners: new Map(
      baseline.listeners.map((listener) => [
        listener.listenerId,
        {
          role: listener.role,
          listenerId: listener.listenerId,
          loadBalancerId: listener.loadBalancerId,
          ...(listener.defaultCertificateId === undefined ? {} : { defaultCertificateId: listener.defaultCertificateId }),
          certificates: new Map(listener.certificateIds.map((certificateId) => [certificateId, 'Associated'] as const)),
        },
      ]),
    ),
    loadBalancers: new Map(baseline.loadBalancers.map((loadBalancer) => [loadBalancer.loadBalancerId, loadBalancer])),
    jobs: [],
    certificateKinds: baseline.certificateKinds,
    rememberedChanges: [],
  };
}

async function describeListener(
  context: ClauseContext,
  listenerId: string,
): Promise<{ loadBalancerId: string; defaultCertificateId?: string; certificateIds: string[] }> {
  const body = expectOk(await context.client.call('GetListenerAttribute', { ListenerId: listenerId }));
  const defaultCertificateId = (body['Certificates'] as Array<{ CertificateId?: string }> | undefined)?.[0]?.CertificateId;
  const certificateIds = [...additionalServerCertificates(await context.listListenerCertificates(listenerId)).keys()];

  return {
    loadBalancerId: String(body['LoadBalancerId']),
    ...(defaultCertificateId === undefined ? {} : { defaultCertificateId }),
    certificateIds,
  };
}

async function describeLoadBalancers(context: ClauseContext, listeners: readonly BaselineListener[]): Promise<ModelLoadBalancer[]> {
  const loadBalancers = new Map<string, ModelLoadBalancer>();
  for (const listener of listeners) {
    if (!loadBalancers.has(listener.loadBalancerId)) {
      const quota = context.resources.certificateQuotas?.[listener.role] ?? editionQuotaByRole[listener.role] ?? standardEditionQuota;
      loadBalancers.set(listener.loadBalancerId, { loadBalancerId: listener.loadBalancerId, quota, otherUsage: 0 });
    }
  }

  // NOTE: listeners the configuration does not name are invisible here; their certificates would make
  // the model expect quota errors too late.
  const modelListenerIds = new Set(listeners.map((listener) => listener.listenerId));
  for (const role of certificateListenerRoles) {
    const listenerId = context.resources.listeners[role];
    if (listenerId === undefined || modelListenerIds.has(listenerId)) {
      continue;
    }
    modelListenerIds.add(listenerId);

    const other = await describeListener(context, listenerId);
    const loadBalancer = loadBalancers.get(other.loadBalancerId);
    if (loadBalancer !== undefined) {
      loadBalancers.set(other.loadBalancerId, { ...loadBalancer, otherUsage: loadBalancer.otherUsage + other.certificateIds.length });
    }
  }

  return [...loadBalancers.values()];
}

/** Maps the certificates the target configuration names to their kinds; the `missing` id gets none. */
function certificateKindsOf(context: ClauseContext): Map<string, CertificateKind> {
  const { free, default: defaultCertificateId, ca } = context.resources.certificates;
  const kinds = new Map<string, CertificateKind>(free.map((certificateId) => [certificateId, 'Server']));
  if (defaultCertificateId !== undefined) {
    kinds.set(defaultCertificateId, 'Server');
  }
  if (ca !== undefined) {
    kinds.set(ca, 'Ca');
  }
  return kinds;
}

async function listenerStatus(context: ClauseContext, listenerId: string): Promise<unknown> {
  const body = expectOk(await context.client.call('GetListenerAttribute', { ListenerId: listenerId }));
  return body['ListenerStatus'];
}
