// Request and response bodies of the eight operations with their wire field names (PascalCase), as the
// official SDK models of @alicloud/alb20200616 name them. They stand in for the spec's generated types
// (`components['schemas']['<Action>Request']` in generated/types.ts) and can be swapped for them.

export interface CertificateReference {
  CertificateId: string;
}

export interface AssociateAdditionalCertificatesWithListenerRequest {
  ListenerId: string;
  Certificates: CertificateReference[];
  ClientToken?: string;
  DryRun?: boolean;
}

export interface AssociateAdditionalCertificatesWithListenerResponseBody {
  JobId: string;
  RequestId: string;
}

export type DissociateAdditionalCertificatesFromListenerRequest = AssociateAdditionalCertificatesWithListenerRequest;
export type DissociateAdditionalCertificatesFromListenerResponseBody = AssociateAdditionalCertificatesWithListenerResponseBody;

export interface ListListenerCertificatesRequest {
  ListenerId: string;
  CertificateType?: 'Server' | 'Ca';
  CertificateIds?: string[];
  MaxResults?: number;
  NextToken?: string;
}

export interface ListListenerCertificatesResponseBody {
  Certificates: {
    CertificateId: string;
    CertificateType: 'Server' | 'Ca';
    IsDefault: boolean;
    Status: 'Associating' | 'Associated' | 'Diassociating';
  }[];
  MaxResults: number;
  /** Absent on the last page. */
  NextToken?: string;
  RequestId: string;
  TotalCount: number;
}

export interface GetListenerAttributeRequest {
  ListenerId: string;
}

export interface DefaultAction {
  Type: string;
  ForwardGroupConfig?: { ServerGroupTuples?: { ServerGroupId?: string }[] };
}

export interface XForwardedForConfig {
  XForwardedForClientCertClientVerifyAlias?: string;
  XForwardedForClientCertClientVerifyEnabled?: boolean;
  XForwardedForClientCertFingerprintAlias?: string;
  XForwardedForClientCertFingerprintEnabled?: boolean;
  XForwardedForClientCertIssuerDNAlias?: string;
  XForwardedForClientCertIssuerDNEnabled?: boolean;
  XForwardedForClientCertSubjectDNAlias?: string;
  XForwardedForClientCertSubjectDNEnabled?: boolean;
  XForwardedForClientSourceIpsEnabled?: boolean;
  XForwardedForClientSourceIpsTrusted?: string;
  XForwardedForClientSrcPortEnabled?: boolean;
  XForwardedForEnabled?: boolean;
  XForwardedForHostEnabled?: boolean;
  XForwardedForProcessingMode?: string;
  XForwardedForProtoEnabled?: boolean;
  XForwardedForSLBIdEnabled?: boolean;
  XForwardedForSLBPortEnabled?: boolean;
}

export interface QuicConfig {
  QuicListenerId?: string;
  QuicUpgradeEnabled?: boolean;
}

export interface GetListenerAttributeResponseBody {
  AclConfig: { AclRelations: { AclId?: string; Status?: string }[]; AclType?: 'White' | 'Black' };
  CaCertificates: { CertificateId: string; IsDefault: boolean; Status: string }[];
  CaEnabled: boolean;
  Certificates: CertificateReference[];
  DefaultActions: DefaultAction[];
  GzipEnabled: boolean;
  Http2Enabled: boolean;
  IdleTimeout: number;
  ListenerDescription?: string;
  ListenerId: string;
  ListenerPort: number;
  ListenerProtocol: 'HTTP' | 'HTTPS' | 'QUIC';
  ListenerStatus: 'Provisioning' | 'Running' | 'Configuring' | 'Stopped';
  LoadBalancerId: string;
  LogConfig: {
    AccessLogRecordCustomizedHeadersEnabled?: boolean;
    AccessLogTracingConfig?: { TracingEnabled?: boolean; TracingSample?: number; TracingType?: string };
  };
  QuicConfig: QuicConfig;
  RequestId: string;
  RequestTimeout: number;
  SecurityPolicyId: string;
  Tags: { Key?: string; Value?: string }[];
  XForwardedForConfig: XForwardedForConfig;
}

export interface ListAsynJobsRequest {
  ApiName?: string;
  BeginTime?: number;
  EndTime?: number;
  JobIds?: string[];
  MaxResults?: number;
  NextToken?: string;
  ResourceIds?: string[];
  ResourceType?: string;
}

export interface AsynJob {
  ApiName: string;
  CreateTime: number;
  ErrorCode?: string;
  ErrorMessage?: string;
  Id: string;
  ModifyTime: number;
  OperateType: 'Create' | 'Update' | 'Delete';
  ResourceId: string;
  ResourceType: string;
  Status: 'Succeeded' | 'Failed' | 'Processing';
}

export interface ListAsynJobsResponseBody {
  Jobs: AsynJob[];
  MaxResults: number;
  NextToken?: string;
  RequestId: string;
  TotalCount: number;
}

interface ListenerSettingFields {
  ListenerDescription?: string;
  RequestTimeout?: number;
  IdleTimeout?: number;
  GzipEnabled?: boolean;
  Http2Enabled?: boolean;
  SecurityPolicyId?: string;
  CaEnabled?: boolean;
  Certificates?: CertificateReference[];
  CaCertificates?: CertificateReference[];
  DefaultActions?: DefaultAction[];
  XForwardedForConfig?: XForwardedForConfig;
  QuicConfig?: QuicConfig;
  ClientToken?: string;
  DryRun?: boolean;
}

export interface CreateListenerRequest extends ListenerSettingFields {
  LoadBalancerId: string;
  ListenerProtocol: 'HTTP' | 'HTTPS' | 'QUIC';
  ListenerPort: number;
  DefaultActions: DefaultAction[];
  Tag?: { Key?: string; Value?: string }[];
}

export interface CreateListenerResponseBody {
  JobId: string;
  ListenerId: string;
  RequestId: string;
}

export interface UpdateListenerAttributeRequest extends ListenerSettingFields {
  ListenerId: string;
}

export interface UpdateListenerAttributeResponseBody {
  JobId: string;
  RequestId: string;
}

export interface DeleteListenerRequest {
  ListenerId: string;
  ClientToken?: string;
  DryRun?: boolean;
}

export interface DeleteListenerResponseBody {
  JobId: string;
  RequestId: string;
}
