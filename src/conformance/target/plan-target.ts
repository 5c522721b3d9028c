import type { LoadedTargetConfig } from '../config/load-target-config.js';
import { TargetConfigError } from '../config/load-target-config.js';
import type { CredentialsSource, IdempotenceSettings, PollingSettings, TargetConfig, TargetResources } from '../config/target-config.js';
import type { ClauseTier } from '../registry/clause-types.js';
import type { Credentials } from '../wire-contract.js';
import type { ConformanceTarget, TargetKind } from './conformance-target.js';
import {
  embeddedEmulatorAcceptLatencyMs,
  emulatorDefaultCredentials,
  emulatorDefaultResources,
  emulatorRegion,
  emulatorRestrictedCredentials,
  emulatorStsCredentials,
  localPolling,
  regionPolling,
} from './emulator-defaults.js';
import { hasStandardCredentials, resolveCredentialsSource, standardCredentialsSource } from './resolve-credentials.js';

/** What the user asked for: command-line flags (or their environment equivalents) and the configuration file. */
export interface TargetRequest {
  readonly endpoint?: string;
  readonly region?: string;
  readonly config?: LoadedTargetConfig;
  readonly tiers?: readonly ClauseTier[];
}

/** A target before it is started: for kind `emulator` the endpoint is filled in once the emulator listens. */
export interface TargetPlan extends ConformanceTarget {
  readonly warnings: readonly string[];
}

/** The tiers a run selects when neither the command line nor the configuration names any: all of them. */
export const defaultTiers: readonly ClauseTier[] = ['core', 'strict', 'extended'];

/**
 * Decides the target of a run from the flags, the configuration file and the environment.
 * Flags win over the file. Without endpoint or region the embedded emulator is the target.
 */
export function planTarget(request: TargetRequest, env: NodeJS.ProcessEnv): TargetPlan {
  const config: TargetConfig = request.config?.config ?? {};
  if (request.endpoint !== undefined && request.region !== undefined) {
    throw new TargetConfigError('--endpoint and --region are mutually exclusive; give one of them');
  }

  const endpoint = request.endpoint ?? (request.region === undefined ? config.endpoint : undefined);
  const region = request.region ?? (endpoint === undefined ? config.region : undefined);
  const kind: TargetKind = endpoint !== undefined ? 'endpoint' : region !== undefined ? 'region' : 'emulator';

  const credentials = planCredentials(kind, config, env);
  const idempotence = planIdempotence(kind, config);
  return {
    kind,
    ...(endpoint === undefined ? {} : { endpoint: endpoint.replace(/\/$/, '') }),
    region: region ?? emulatorRegion,
    credentials,
    resources: planResources(kind, config),
    polling: planPolling(kind, config),
    tiers: request.tiers ?? config.tiers ?? defaultTiers,
    // Filling a quota costs nothing on the emulator or a local endpoint, only on a real account.
    allowCostly: config.allowCostly ?? kind !== 'region',
    allowDestructive: config.allowDestructive ?? false,
    ...(idempotence === undefined ? {} : { idempotence }),
    ...(config.properties === undefined ? {} : { properties: config.properties }),
    warnings: request.config?.warnings ?? [],
  };
}

function planCredentials(
  kind: TargetKind,
  config: TargetConfig,
  env: NodeJS.ProcessEnv,
): ConformanceTarget['credentials'] {
  const others = planOtherRoles(config, env);

  if (config.credentials?.default) {
    const defaultPair = resolveCredentialsSource(config.credentials.default, env, 'config.credentials.default');
    return withOtherRoles(defaultPair, others);
  }

  if (hasStandardCredentials(env) && kind !== 'emulator') {
    const defaultPair = resolveCredentialsSource(standardCredentialsSource, env, 'environment credentials');
    return withOtherRoles(defaultPair, others);
  }

  if (kind === 'region') {
    throw new TargetConfigError(
      '--region needs credentials: export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET ' +
        '(and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or set credentials.default in the configuration file',
    );
  }

  return withOtherRoles(emulatorDefaultCredentials, {
    restricted: others.restricted ?? emulatorRestrictedCredentials,
    sts: others.sts ?? emulatorStsCredentials,
  });
}

/** The credentials of the roles other than `default`, as far as the configuration names them. */
interface OtherRoles {
  readonly restricted: Credentials | undefined;
  readonly sts: Credentials | undefined;
}

function planOtherRoles(config: TargetConfig, env: NodeJS.ProcessEnv): OtherRoles {
  const restricted = config.credentials?.restricted
    ? resolveCredentialsSource(config.credentials.restricted, env, 'config.credentials.restricted')
    : undefined;

  const stsSource = config.credentials?.sts;
  const sts = stsSource ? resolveCredentialsSource(stsSource, env, 'config.credentials.sts') : undefined;
  if (stsSource !== undefined && sts?.securityToken === undefined) {
    throw new TargetConfigError(missingSecurityTokenMessage(stsSource));
  }

  return { restricted, sts };
}

function missingSecurityTokenMessage(source: CredentialsSource): string {
  if (source.securityTokenEnv !== undefined) {
    return (
      `config.credentials.sts.securityTokenEnv names the environment variable ${source.securityTokenEnv}, which is not set; ` +
      'export it with the security token of the STS AccessKey or fix the name'
    );
  }
  return (
    'config.credentials.sts needs the security token of its STS AccessKey: set config.credentials.sts.securityTokenEnv ' +
    'to the name of an environment variable that holds it'
  );
}

function withOtherRoles(defaultPair: Credentials, others: OtherRoles): ConformanceTarget['credentials'] {
  return {
    default: defaultPair,
    ...(others.restricted === undefined ? {} : { restricted: others.restricted }),
    ...(others.sts === undefined ? {} : { sts: others.sts }),
  };
}

function planResources(kind: TargetKind, config: TargetConfig): TargetResources {
  if (config.resources === undefined) {
    return kind === 'region' ? { listeners: {}, certificates: { free: [] } } : emulatorDefaultResources;
  }

  return {
    listeners: { ...config.resources.listeners },
    certificates: { ...config.resources.certificates, free: config.resources.certificates?.free ?? [] },
    ...(config.resources.certificateQuotas === undefined ? {} : { certificateQuotas: { ...config.resources.certificateQuotas } }),
  };
}

/**
 * Declares the in-flight window of ClientToken requests. The embedded emulator gets the accept latency it
 * is started with. An alb-emulator process keeps no request in flight unless it was started with
 * --accept-latency-ms, so any other target has a window only when its configuration declares one.
 */
function planIdempotence(kind: TargetKind, config: TargetConfig): IdempotenceSettings | undefined {
  const configured = config.idempotence?.inFlightWindowMs;
  if (configured !== undefined) {
    return { inFlightWindowMs: configured };
  }
  return kind === 'emulator' ? { inFlightWindowMs: embeddedEmulatorAcceptLatencyMs } : undefined;
}

function planPolling(kind: TargetKind, config: TargetConfig): PollingSettings {
  const base = kind === 'region' ? regionPolling : localPolling;
  return { ...base, ...config.polling };
}
