import type { JobStore } from './jobs.js';
import type { EmulatorState, ListenerSettings } from './state.js';

/** A JSON view of the whole state for tests and debugging. It carries no secret and no security token. */
export interface EmulatorSnapshot {
  region: string;
  accessKeys: { accessKeyId: string; accountId: string; hasSecurityToken: boolean; deniedLoadBalancerIds: string[] }[];
  loadBalancers: {
    loadBalancerId: string;
    accountId: string;
    edition: string;
    certificateQuota: number;
    certificateUsage: number;
    listenerIds: string[];
  }[];
  certificates: { certificateId: string; type: string; accountId: string }[];
  listeners: {
    listenerId: string;
    loadBalancerId: string;
    protocol: string;
    port: number;
    status: string;
    activeJobId?: string;
    additionalCertificates: { certificateId: string; status: string }[];
    settings: ListenerSettings;
  }[];
  jobs: {
    id: string;
    accountId: string;
    apiName: string;
    resourceType: string;
    resourceId: string;
    operateType: string;
    status: string;
    createTime: number;
    modifyTime: number;
    errorCode?: string;
    errorMessage?: string;
  }[];
  /** Remembered and in-flight ClientTokens. */
  clientTokenCount: number;
}

export function takeSnapshot(state: EmulatorState, jobs: JobStore, clientTokenCount: number): EmulatorSnapshot {
  return structuredClone({
    region: state.region,
    accessKeys: [...state.accessKeys.values()].map((key) => ({
      accessKeyId: key.accessKeyId,
      accountId: key.accountId,
      hasSecurityToken: key.securityToken !== undefined,
      deniedLoadBalancerIds: [...key.deniedLoadBalancerIds],
    })),
    loadBalancers: [...state.loadBalancers.values()].map((loadBalancer) => ({
      ...loadBalancer,
      listenerIds: [...loadBalancer.listenerIds],
    })),
    certificates: [...state.certificates.values()],
    listeners: [...state.listeners.values()].map((listener) => ({
      ...listener,
      additionalCertificates: [...listener.additionalCertificates].map(([certificateId, status]) => ({ certificateId, status })),
    })),
    jobs: [...jobs.all()].map(({ effect: _effect, failureInjected: _failureInjected, ...job }) => job),
    clientTokenCount,
  });
}
