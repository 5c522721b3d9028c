/** The emulator's starting state, as read from `fixtures/emulator-seed.yaml` or a user's seed file. */
export interface Seed {
  region: string;
  accounts: SeedAccount[];
  loadBalancers: SeedLoadBalancer[];
  certificates: SeedCertificate[];
  listeners: SeedListener[];
}

export interface SeedAccount {
  accountId: string;
  accessKeys: SeedAccessKey[];
}

export interface SeedAccessKey {
  accessKeyId: string;
  accessKeySecret: string;
  /** Present for STS credentials: requests must carry this token. */
  securityToken?: string;
  /** Load balancers this key may not act on: requests about them get 403 Forbidden.LoadBalancer. */
  deniedLoadBalancerIds?: string[];
}

export type LoadBalancerEdition = 'Basic' | 'Standard' | 'StandardWithWaf';

export interface SeedLoadBalancer {
  loadBalancerId: string;
  accountId: string;
  edition: LoadBalancerEdition;
  /** Overrides the edition's quota of additional certificates. */
  certificateQuota?: number;
}

export type CertificateType = 'Server' | 'Ca';

export interface SeedCertificate {
  certificateId: string;
  type: CertificateType;
  accountId: string;
}

export type ListenerProtocol = 'HTTP' | 'HTTPS' | 'QUIC';

export type ListenerStatus = 'Provisioning' | 'Running' | 'Configuring' | 'Stopped';

export interface SeedListener {
  listenerId: string;
  loadBalancerId: string;
  protocol: ListenerProtocol;
  port: number;
  status: ListenerStatus;
  description?: string;
  defaultCertificateId?: string;
  /** Additional certificates, all Associated, in association order. */
  additionalCertificateIds?: string[];
  /** CA certificates for mutual TLS. */
  caCertificateIds?: string[];
  /** The server group of the default ForwardGroup action. */
  serverGroupId?: string;
}
