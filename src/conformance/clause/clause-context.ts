import type { CertificateRole, ListenerRole, PollingSettings, TargetResources } from '../config/target-config.js';
import type { ClauseDefinition } from '../registry/clause-types.js';
import type { ConformanceTarget } from '../target/conformance-target.js';
import type { Credentials, RpcClient, RpcResult } from '../wire-contract.js';
import type { ConformanceClient } from './conformance-client.js';
import type { ExpectedError, FailedResult } from './expectations.js';
import type { ListedCertificate } from './listener-certificates.js';
import type { PollingClock, WaitOptions } from './wait-for.js';
import type { SpecValidators } from './spec-validators.js';

/** The target as a clause reads it: everything but the credentials. */
export type TargetView = Omit<ConformanceTarget, 'credentials'> & {
  /** Credential roles the target has, e.g. `['default', 'restricted']`. */
  readonly credentialRoles: readonly string[];
};

/** The credential roles a clause may ask for besides `default`. */
export type CredentialRole = 'restricted' | 'sts';

/** Options of `clientFor`. */
export interface CredentialRoleOptions {
  /** When true, the role's requests carry no security token, e.g. to check that an STS key needs it. @defaultValue false */
  readonly omitSecurityToken?: boolean;
}

/** The context a clause body receives. */
export interface ClauseContext {
  readonly clause: ClauseDefinition;
  readonly target: TargetView;
  readonly resources: TargetResources;
  readonly polling: PollingSettings;
  /** The client with the target's default credentials. */
  readonly client: ConformanceClient;

  /**
   * A client with the credentials of another role (declare `restrictedCredentials` or `stsCredentials` in
   * needs). With `omitSecurityToken`, the client signs with the role's AccessKey but sends no security token.
   */
  clientFor(role: CredentialRole, options?: CredentialRoleOptions): ConformanceClient;
  /** A client with arbitrary credentials, e.g. an unknown access key. */
  clientWith(credentials: Credentials): ConformanceClient;

  /** The listener id of a role; throws when the target has none (declare `listener.<role>` in needs). */
  listener(role: ListenerRole): string;
  /** The certificate id of a role; throws when the target has none (declare `certificate.<role>` in needs). */
  certificate(role: CertificateRole): string;
  /** The first `count` free certificates; throws when there are fewer (declare `freeCertificates.<count>` in needs). */
  freeCertificates(count: number): string[];

  /** Checks that a call failed with the expected code (and status and message when given), and returns it. */
  expectError(result: RpcResult, expected: ExpectedError): FailedResult;
  /** Checks that a call succeeded and returns its body, already validated against the spec. */
  expectOk(result: RpcResult): Record<string, unknown>;

  /** Polls until a condition is true or the polling deadline passes. */
  waitFor<T>(probe: () => Promise<T>, options: WaitOptions<T>): Promise<T>;
  /** Lists every certificate of a listener over all pages. */
  listListenerCertificates(listenerId: string): Promise<ListedCertificate[]>;

  /** Runs `cleanup` after the clause, even when it fails; cleanups run last-registered first. */
  onCleanup(describe: string, cleanup: () => Promise<void>): void;
  /**
   * Records the listener's additional certificates now (after its running jobs finish) and restores
   * exactly that set after the clause, dissociating and associating as needed and waiting for the jobs.
   */
  restoreListenerCertificates(listenerId: string): Promise<void>;

  /** Adds a line of evidence to the report, e.g. the seed of a property. */
  note(text: string): void;
}

/** Dependencies of a clause run. The vitest glue passes the real wire client and the generated validators. */
export interface ClauseRuntime {
  createRpcClient(credentials: Credentials): RpcClient;
  readonly validators: SpecValidators;
  readonly clock?: PollingClock;
}
