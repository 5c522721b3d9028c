import type { PollingSettings, TargetResources } from '../config/target-config.js';
import type { Credentials } from '../wire-contract.js';

// The resources and keys of the emulator's default seed (fixtures/emulator-seed.yaml). These ids are a
// public contract of the emulator, so a target started from the default seed needs no configuration.

/** Region of the default seed. */
export const emulatorRegion = 'cn-hangzhou';

/** The access key pair of the default seed's account. These are local test values, not secrets. */
export const emulatorDefaultCredentials: Credentials = {
  accessKeyId: 'local-access-key-id',
  accessKeySecret: 'local-access-key-secret',
};

/** The default seed's key pair that is denied on load balancer alb-standard-01 (Forbidden.LoadBalancer). */
export const emulatorRestrictedCredentials: Credentials = {
  accessKeyId: 'local-restricted-access-key-id',
  accessKeySecret: 'local-restricted-access-key-secret',
};

/** The default seed's temporary STS AccessKey, which the emulator accepts only with its security token. */
export const emulatorStsCredentials: Credentials = {
  accessKeyId: 'local-sts-access-key-id',
  accessKeySecret: 'local-sts-access-key-secret',
  securityToken: 'local-security-token',
};

function seedCertificateIds(first: number, last: number): string[] {
  const ids: string[] = [];
  for (let number = first; number <= last; number += 1) {
    ids.push(`${number}-cn-hangzhou`);
  }
  return ids;
}

/** Listeners and certificates of the default seed, by role. */
export const emulatorDefaultResources: TargetResources = {
  listeners: {
    https: 'lsn-https-standard-01',
    quic: 'lsn-quic-standard-01',
    http: 'lsn-http-standard-01',
    basicQuota: 'lsn-https-basic-01',
    stopped: 'lsn-https-stopped-01',
    noDefault: 'lsn-https-nodefault-01',
  },
  certificates: {
    free: seedCertificateIds(20000001, 20000029),
    default: '20000000-cn-hangzhou',
    ca: '29000001-cn-hangzhou',
    missing: '20999999-cn-hangzhou',
  },
  // alb-standard-01 is a Standard load balancer and alb-basic-01 a Basic one.
  certificateQuotas: { https: 25, quic: 25, basicQuota: 10 },
};

/** Job duration of the embedded emulator: short, so clauses that wait for jobs finish quickly. */
export const embeddedEmulatorJobDurationMs = 300;

/**
 * Accept latency of the embedded emulator, in milliseconds: a ClientToken request stays in flight this
 * long before the emulator runs it, so a copy sent meanwhile gets IdempotenceProcessing. The runner
 * declares it as the embedded emulator's in-flight window. With a 2 ms latency, each of 100 pairs of
 * copies sent at once got exactly one IdempotenceProcessing, also with both cores of a 2-core machine
 * busy, so 10 ms leaves a margin.
 */
// Only requests with a new ClientToken wait this long, so the window costs little run time.
export const embeddedEmulatorAcceptLatencyMs = 50;

/** Polling for the embedded emulator and other local endpoints. */
export const localPolling: PollingSettings = { deadlineMs: 15_000, intervalMs: 100 };

/**
 * Polling for the real service. Association takes about 5 to 10 s per certificate, and the ALB API
 * metadata suggests polling ListAsynJobs every 3000 ms for other asynchronous ALB operations.
 */
export const regionPolling: PollingSettings = { deadlineMs: 180_000, intervalMs: 3_000 };
