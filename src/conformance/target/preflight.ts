import type { ListenerRole } from '../config/target-config.js';
import { listenerRoles } from '../config/target-config.js';
import type { Credentials, RpcClient, RpcResult } from '../wire-contract.js';
import { withoutFinalPeriod } from '../without-final-period.js';
import type { ConformanceTarget } from './conformance-target.js';
import { describeTarget } from './conformance-target.js';
import { wireClientFactory } from './wire-client-factory.js';

/** Raised when the target is not fit for a run; `problems` has one line per problem, naming the field to fix. */
export class PreflightError extends Error {
  readonly problems: readonly string[];

  constructor(target: ConformanceTarget, problems: readonly string[]) {
    super(`Pre-flight check of ${describeTarget(target)} failed:\n  ${problems.join('\n  ')}`);
    this.name = 'PreflightError';
    this.problems = problems;
  }
}

/** Codes with which a gateway rejects the credentials themselves. */
const credentialCodes = new Set([
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSecurityToken.Malformed',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.MismatchWithAccessKey',
]);

/** The protocol each listener role needs. */
const protocolOfRole: Readonly<Record<ListenerRole, string>> = {
  https: 'HTTPS',
  quic: 'QUIC',
  http: 'HTTP',
  basicQuota: 'HTTPS',
  stopped: 'HTTPS',
  noDefault: 'HTTPS',
};

/** A listener id no target has; asking for it proves that the credentials pass the gateway. */
const probeListenerId = 'lsn-alb-conformance-preflight';

/**
 * Checks, before any clause runs, that the target answers, accepts the credentials, and has the
 * configured listeners (with the protocol and status their roles need) and certificates.
 * Throws a PreflightError that lists every problem found.
 */
export async function runPreflight(
  target: ConformanceTarget,
  createRpcClient: (credentials: Credentials) => RpcClient = wireClientFactory(target),
): Promise<void> {
  const client = createRpcClient(target.credentials.default);

  const access = await checkAccess(client, target, 'default');
  if (access !== undefined) {
    throw new PreflightError(target, [access]);
  }

  const problems: string[] = [];
  for (const role of ['restricted', 'sts'] as const) {
    const credentials = target.credentials[role];
    const problem = credentials === undefined ? undefined : await checkAccess(createRpcClient(credentials), target, role);
    if (problem !== undefined) {
      problems.push(problem);
    }
  }

  problems.push(...(await checkListeners(client, target)));
  problems.push(...(await checkCertificates(client, target)));

  if (problems.length > 0) {
    throw new PreflightError(target, problems);
  }
}

async function checkAccess(
  client: RpcClient,
  target: ConformanceTarget,
  role: keyof ConformanceTarget['credentials'],
): Promise<string | undefined> {
  let result: RpcResult;
  try {
    result = await client.call('GetListenerAttribute', { ListenerId: probeListenerId }, { unchecked: true });
  } catch (error) {
    return describeUnreachableTarget(error, target);
  }

  if (!result.ok && credentialCodes.has(result.code)) {
    const credentials = target.credentials[role];
    return (
      `The target rejected the ${role} credentials (access key id ${credentials?.accessKeyId ?? '?'}): ` +
      `${result.code}: ${withoutFinalPeriod(result.message)}. Check credentials.${role} in the target configuration` +
      (role === 'default' ? ' or the ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET variables.' : '.')
    );
  }
  return undefined;
}

function describeUnreachableTarget(error: unknown, target: ConformanceTarget): string {
  if (target.endpoint !== undefined && isBlockedPortError(error)) {
    const port = new URL(target.endpoint).port;
    return (
      `The target ${target.endpoint} cannot be reached because fetch refuses to connect to port ${port}, a port that ` +
      'the Fetch standard blocks (https://fetch.spec.whatwg.org/#port-blocking). Start the target on another port, ' +
      'such as 8080, and fix --endpoint.'
    );
  }

  const message = error instanceof Error ? error.message : String(error);
  return `The target is unreachable: ${withoutFinalPeriod(message)}. Start it, or fix --endpoint / --region.`;
}

/** Tells whether fetch rejected the request for its port: Node's fetch then fails with the cause "bad port". */
function isBlockedPortError(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current.message === 'bad port') {
      return true;
    }
  }
  return false;
}

async function checkListeners(client: RpcClient, target: ConformanceTarget): Promise<string[]> {
  const problems: string[] = [];
  for (const role of listenerRoles) {
    const listenerId = target.resources.listeners[role];
    if (listenerId === undefined) {
      continue;
    }

    const field = `resources.listeners.${role}`;
    const result = await client.call('GetListenerAttribute', { ListenerId: listenerId });
    if (!result.ok) {
      problems.push(
        result.code === 'ResourceNotFound.Listener'
          ? `${field}: listener ${listenerId} does not exist on the target`
          : `${field}: GetListenerAttribute for listener ${listenerId} failed with ${result.code}: ${result.message}`,
      );
      continue;
    }

    problems.push(...listenerRoleProblems(role, listenerId, result.body, target));
  }
  return problems;
}

function listenerRoleProblems(
  role: ListenerRole,
  listenerId: string,
  attributes: Record<string, unknown>,
  target: ConformanceTarget,
): string[] {
  const field = `resources.listeners.${role}`;
  const problems: string[] = [];

  const protocol = attributes['ListenerProtocol'];
  if (protocol !== protocolOfRole[role]) {
    problems.push(
      `${field}: listener ${listenerId} is ${String(protocol)}, but the ${role} role needs a ${protocolOfRole[role]} listener`,
    );
  }

  const status = attributes['ListenerStatus'];
  if (role === 'stopped' && status !== 'Stopped') {
    problems.push(`${field}: listener ${listenerId} is ${String(status)}, but the stopped role needs status Stopped`);
  }

  const defaultIds = defaultCertificateIds(attributes);
  if (role === 'noDefault' && defaultIds.length > 0) {
    problems.push(`${field}: listener ${listenerId} has default certificate ${defaultIds.join(', ')}, but the noDefault role needs none`);
  }

  const expectedDefault = target.resources.certificates.default;
  if ((role === 'https' || role === 'quic') && expectedDefault !== undefined && !defaultIds.includes(expectedDefault)) {
    problems.push(
      `resources.certificates.default: ${expectedDefault} is not the default certificate of listener ${listenerId} ` +
        `(it has ${defaultIds.join(', ') || 'none'})`,
    );
  }
  return problems;
}

function defaultCertificateIds(attributes: Record<string, unknown>): string[] {
  const certificates = attributes['Certificates'];
  if (!Array.isArray(certificates)) {
    return [];
  }
  return certificates
    .map((certificate: unknown) => (certificate as { CertificateId?: unknown }).CertificateId)
    .filter((id): id is string => typeof id === 'string');
}

/** Associate accepts at most 15 certificates per request, per the ALB API metadata. */
const certificatesPerRequest = 15;

/**
 * Checks the free and missing certificates with DryRun associations on the https listener:
 * DryRun changes nothing, and its answer tells whether each certificate exists and is free.
 */
async function checkCertificates(client: RpcClient, target: ConformanceTarget): Promise<string[]> {
  const listenerId = target.resources.listeners.https;
  if (listenerId === undefined) {
    return [];
  }

  const problems: string[] = [];
  const free = target.resources.certificates.free;
  for (let start = 0; start < free.length; start += certificatesPerRequest) {
    const chunk = free.slice(start, start + certificatesPerRequest);
    const result = await dryRunAssociate(client, listenerId, chunk);
    if (!result.ok && result.code !== 'DryRunOperation') {
      problems.push(`resources.certificates.free: ${describeFreeCertificateProblem(result, chunk, listenerId)}`);
    }
  }

  const missing = target.resources.certificates.missing;
  if (missing !== undefined) {
    const result = await dryRunAssociate(client, listenerId, [missing]);
    if (result.ok || result.code !== 'ResourceNotFound.Certificate') {
      problems.push(
        `resources.certificates.missing: a DryRun association of ${missing} answered ` +
          `${result.ok ? 'success' : result.code} instead of ResourceNotFound.Certificate; choose an id that does not exist`,
      );
    }
  }
  return problems;
}

function dryRunAssociate(client: RpcClient, listenerId: string, certificateIds: readonly string[]): Promise<RpcResult> {
  return client.call('AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: certificateIds.map((id) => ({ CertificateId: id })),
    DryRun: true,
  });
}

function describeFreeCertificateProblem(
  result: Extract<RpcResult, { ok: false }>,
  chunk: readonly string[],
  listenerId: string,
): string {
  const named = chunk.find((id) => result.message.includes(id)) ?? chunk.join(', ');
  switch (result.code) {
    case 'ResourceNotFound.Certificate':
      return `certificate ${named} does not exist on the target; remove it from the list`;
    case 'ResourceAlreadyAssociated.Certificate':
      return `certificate ${named} is already associated with listener ${listenerId}; dissociate it or remove it from the list`;
    case 'OperationDenied.DefaultCertificateUsed':
      return `certificate ${named} is the default certificate of listener ${listenerId}; remove it from the list`;
    default:
      return `a DryRun association of ${chunk.join(', ')} with listener ${listenerId} failed with ${result.code}: ${result.message}`;
  }
}
