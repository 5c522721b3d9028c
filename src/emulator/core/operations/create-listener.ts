import {
  dryRunPassed,
  invalidParameterValue,
  listenerAlreadyExists,
  loadBalancerForbiddenById,
  loadBalancerNotFound,
} from '../business-errors.js';
import { assertLoadBalancerAllowed } from '../listener-checks.js';
import { listenerPortKey } from '../listener-port.js';
import type { OperationContext } from '../operation-context.js';
import type { CreateListenerResponseBody, ResponseFields } from '../operation-types.js';
import { optionalBoolean, requireInteger, requireString } from '../request-fields.js';
import type { ListenerProtocol } from '../seed-types.js';
import { addListener, createDefaultListenerSettings, type ListenerRecord, type ListenerSettings } from '../state.js';
import { readListenerCertificates, readListenerSettingChanges } from './listener-settings-request.js';

export const createListenerAction = 'CreateListener';

const protocols: readonly ListenerProtocol[] = ['HTTP', 'HTTPS', 'QUIC'];

/**
 * CreateListener. Checks, in order:
 * 1. the load balancer exists in the caller's account (ResourceNotFound.LoadBalancer);
 * 2. the access key may act on it (Forbidden.LoadBalancer);
 * 3. no listener on it uses the port over the same transport (ResourceAlreadyExist.Listener);
 * 4. an HTTPS or QUIC listener names a default Server certificate of the caller.
 * The listener is visible at once as Provisioning and becomes Running when the job ends. An injected job
 * failure removes it. Certificates given for an HTTP listener are ignored.
 * NOTE: load balancer status, the listener-count quota and server groups are not modelled, so
 * IncorrectStatus.LoadBalancer, ResourceQuotaExceeded.LoadBalancerListenersNum and
 * ResourceNotFound.ServerGroup never occur.
 */
export function createListener(context: OperationContext, request: Record<string, unknown>): ResponseFields<CreateListenerResponseBody> {
  const loadBalancerId = requireString(request, 'LoadBalancerId');
  const protocol = requireString(request, 'ListenerProtocol') as ListenerProtocol;
  const port = requireInteger(request, 'ListenerPort', 1, 65535);
  const dryRun = optionalBoolean(request, 'DryRun') ?? false;
  if (!protocols.includes(protocol)) {
    throw invalidParameterValue('ListenerProtocol', `expected one of ${protocols.join(', ')}, got ${protocol}`);
  }
  const changes = readListenerSettingChanges(request);
  if (changes.defaultActions === undefined || changes.defaultActions.length === 0) {
    throw invalidParameterValue('DefaultActions', 'a listener needs a ForwardGroup default action');
  }

  const loadBalancer = context.state.loadBalancers.get(loadBalancerId);
  if (loadBalancer === undefined || loadBalancer.accountId !== context.caller.accountId) {
    throw loadBalancerNotFound(loadBalancerId);
  }
  assertLoadBalancerAllowed(context, loadBalancerId, loadBalancerForbiddenById);
  const portKey = listenerPortKey(loadBalancerId, protocol, port);
  for (const listenerId of loadBalancer.listenerIds) {
    const other = context.state.listeners.get(listenerId);
    if (other !== undefined && listenerPortKey(loadBalancerId, other.protocol, other.port) === portKey) {
      throw listenerAlreadyExists(loadBalancerId, port);
    }
  }

  const certificates = protocol === 'HTTP' ? {} : readListenerCertificates(context, request);
  if (protocol !== 'HTTP' && certificates.defaultCertificateId === undefined) {
    throw invalidParameterValue('Certificates', `an ${protocol} listener needs a default server certificate`);
  }

  if (dryRun) {
    throw dryRunPassed();
  }

  const settings: ListenerSettings = {
    ...createDefaultListenerSettings(),
    ...changes,
    ...certificates,
    defaultActions: changes.defaultActions,
    tags: readTags(request),
  };
  const listener: ListenerRecord = {
    listenerId: `lsn-${context.newId().replace(/-/g, '').slice(0, 20).toLowerCase()}`,
    loadBalancerId,
    protocol,
    port,
    status: 'Provisioning',
    settings,
    additionalCertificates: new Map(),
  };
  addListener(context.state, listener);
  const job = context.startJob({
    apiName: createListenerAction,
    listenerId: listener.listenerId,
    operateType: 'Create',
    effect: { kind: 'create' },
  });
  return { JobId: job.id, ListenerId: listener.listenerId };
}

function readTags(request: Record<string, unknown>): { Key?: string; Value?: string }[] {
  const tags = request.Tag;
  return Array.isArray(tags) ? (tags as { Key?: string; Value?: string }[]).map((tag) => ({ ...tag })) : [];
}
