import { certificateQuotaFor } from './quota.js';
import type {
  CertificateType,
  ListenerProtocol,
  ListenerStatus,
  LoadBalancerEdition,
  Seed,
  SeedListener,
} from './seed-types.js';

/**
 * The emulator's mutable state. Every collection is a Map keyed by id, and an association is one Map
 * entry (certificate id to status) on its listener, so 100,000 associations cost 100,000 entries.
 */
export interface EmulatorState {
  region: string;
  accessKeys: Map<string, AccessKeyRecord>;
  loadBalancers: Map<string, LoadBalancerRecord>;
  certificates: Map<string, CertificateRecord>;
  listeners: Map<string, ListenerRecord>;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  accountId: string;
  deniedLoadBalancerIds: ReadonlySet<string>;
}

export interface LoadBalancerRecord {
  loadBalancerId: string;
  accountId: string;
  edition: LoadBalancerEdition;
  certificateQuota: number;
  /** Additional certificates over all listeners that count against the quota (Associating, Associated, Diassociating). */
  certificateUsage: number;
  listenerIds: Set<string>;
}

export interface CertificateRecord {
  certificateId: string;
  type: CertificateType;
  accountId: string;
}

/** `Diassociating` is misspelt as in the ListListenerCertificates response enum of the ALB API. */
export type AssociationStatus = 'Associating' | 'Associated' | 'Diassociating';

export interface ForwardGroupAction {
  Type: string;
  ForwardGroupConfig?: { ServerGroupTuples?: { ServerGroupId?: string }[] };
}

/** The listener fields that CreateListener sets and UpdateListenerAttribute may change. */
export interface ListenerSettings {
  description?: string;
  idleTimeout: number;
  requestTimeout: number;
  gzipEnabled: boolean;
  http2Enabled: boolean;
  securityPolicyId: string;
  caEnabled: boolean;
  caCertificateIds: string[];
  defaultCertificateId?: string;
  defaultActions: ForwardGroupAction[];
  xForwardedForConfig: Record<string, unknown>;
  quicConfig: { QuicListenerId?: string; QuicUpgradeEnabled?: boolean };
  tags: { Key?: string; Value?: string }[];
}

export interface ListenerRecord {
  listenerId: string;
  loadBalancerId: string;
  protocol: ListenerProtocol;
  port: number;
  status: ListenerStatus;
  settings: ListenerSettings;
  /** Additional certificates in association order. */
  additionalCertificates: Map<string, AssociationStatus>;
  /** The Processing job that keeps the listener in Provisioning or Configuring, if any. */
  activeJobId?: string;
}

/** Returns fresh settings with the API's defaults, so that no two listeners share a nested object. */
export function createDefaultListenerSettings(): Omit<ListenerSettings, 'defaultActions'> {
  return {
    idleTimeout: 15,
    requestTimeout: 60,
    gzipEnabled: true,
    http2Enabled: true,
    securityPolicyId: 'tls_cipher_policy_1_0',
    caEnabled: false,
    caCertificateIds: [],
    xForwardedForConfig: {},
    quicConfig: {},
    tags: [],
  };
}

export const defaultServerGroupId = 'sgp-emulator-default';

/** Builds the state from a validated seed (see loadSeed). */
export function createState(seed: Seed): EmulatorState {
  const state: EmulatorState = {
    region: seed.region,
    accessKeys: new Map(),
    loadBalancers: new Map(),
    certificates: new Map(),
    listeners: new Map(),
  };

  for (const account of seed.accounts) {
    for (const key of account.accessKeys) {
      state.accessKeys.set(key.accessKeyId, {
        accessKeyId: key.accessKeyId,
        accessKeySecret: key.accessKeySecret,
        ...(key.securityToken === undefined ? {} : { securityToken: key.securityToken }),
        accountId: account.accountId,
        deniedLoadBalancerIds: new Set(key.deniedLoadBalancerIds ?? []),
      });
    }
  }

  for (const loadBalancer of seed.loadBalancers) {
    state.loadBalancers.set(loadBalancer.loadBalancerId, {
      loadBalancerId: loadBalancer.loadBalancerId,
      accountId: loadBalancer.accountId,
      edition: loadBalancer.edition,
      certificateQuota: certificateQuotaFor(loadBalancer),
      certificateUsage: 0,
      listenerIds: new Set(),
    });
  }

  for (const certificate of seed.certificates) {
    state.certificates.set(certificate.certificateId, { ...certificate });
  }

  for (const listener of seed.listeners) {
    addListener(state, listenerFromSeed(listener));
  }

  return state;
}

/** Stores a listener and counts its additional certificates against its load balancer's quota. */
export function addListener(state: EmulatorState, listener: ListenerRecord): void {
  const loadBalancer = requireLoadBalancer(state, listener.loadBalancerId);
  state.listeners.set(listener.listenerId, listener);
  loadBalancer.listenerIds.add(listener.listenerId);
  loadBalancer.certificateUsage += listener.additionalCertificates.size;
}

/** Removes a listener and gives its additional certificates back to the load balancer's quota. */
export function removeListener(state: EmulatorState, listener: ListenerRecord): void {
  const loadBalancer = requireLoadBalancer(state, listener.loadBalancerId);
  state.listeners.delete(listener.listenerId);
  loadBalancer.listenerIds.delete(listener.listenerId);
  loadBalancer.certificateUsage -= listener.additionalCertificates.size;
}

/** Adds an Associating certificate; the quota counts it from now on. */
export function startAssociation(state: EmulatorState, listener: ListenerRecord, certificateId: string): void {
  listener.additionalCertificates.set(certificateId, 'Associating');
  requireLoadBalancer(state, listener.loadBalancerId).certificateUsage += 1;
}

/** Drops an additional certificate in any status; the quota no longer counts it. */
export function dropAssociation(state: EmulatorState, listener: ListenerRecord, certificateId: string): void {
  if (listener.additionalCertificates.delete(certificateId)) {
    requireLoadBalancer(state, listener.loadBalancerId).certificateUsage -= 1;
  }
}

export function requireLoadBalancer(state: EmulatorState, loadBalancerId: string): LoadBalancerRecord {
  const loadBalancer = state.loadBalancers.get(loadBalancerId);
  if (loadBalancer === undefined) {
    // The seed checks and CreateListener guarantee that every listener's load balancer exists.
    throw new Error(`Emulator state is inconsistent: load balancer ${loadBalancerId} is missing`);
  }
  return loadBalancer;
}

function listenerFromSeed(listener: SeedListener): ListenerRecord {
  const settings: ListenerSettings = {
    ...createDefaultListenerSettings(),
    caCertificateIds: [...(listener.caCertificateIds ?? [])],
    defaultActions: [
      {
        Type: 'ForwardGroup',
        ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: listener.serverGroupId ?? defaultServerGroupId }] },
      },
    ],
  };
  if (listener.description !== undefined) {
    settings.description = listener.description;
  }
  if (listener.defaultCertificateId !== undefined) {
    settings.defaultCertificateId = listener.defaultCertificateId;
  }

  const additionalCertificates = new Map<string, AssociationStatus>();
  for (const certificateId of listener.additionalCertificateIds ?? []) {
    additionalCertificates.set(certificateId, 'Associated');
  }

  return {
    listenerId: listener.listenerId,
    loadBalancerId: listener.loadBalancerId,
    protocol: listener.protocol,
    port: listener.port,
    status: listener.status,
    settings,
    additionalCertificates,
  };
}
