// Public surface of the emulator core: state, seed, business rules and jobs, without HTTP.

// Errors
export { ApiError } from './api-error.js';
export {
  apiNotFound,
  certificateAlreadyAssociated,
  certificateNotAssociated,
  certificateNotFound,
  certificateQuotaExceeded,
  defaultCertificateNotFound,
  defaultCertificateUsed,
  dryRunPassed,
  httpListenerNotSupported,
  idempotenceProcessing,
  idempotenceSignatureMismatch,
  invalidNextToken,
  invalidParameter,
  invalidParameterValue,
  listenerAlreadyExists,
  listenerBeingConfigured,
  listenerIncorrectStatus,
  listenerInConfiguring,
  listenerNotFound,
  loadBalancerForbidden,
  loadBalancerForbiddenById,
  loadBalancerNotFound,
  missingParameter,
} from './business-errors.js';

// Clock
export { ManualClock, systemClock } from './clock.js';
export type { Clock } from './clock.js';

// Core
export { createEmulatorCore } from './emulator-core.js';
export type { AccessKeyLookup, CoreCall, EmulatorCore, EmulatorCoreOptions } from './emulator-core.js';
export { supportedActions } from './operation-registry.js';
export { certificateQuotaByEdition } from './quota.js';
export { createSeededRandom } from './random-source.js';
export type { EmulatorSnapshot } from './snapshot.js';

// Seed
export { defaultSeedPath, loadSeed, loadSeedFile } from './seed-loader.js';
export { SeedError } from './seed-error.js';
export type { SeedIssue } from './seed-error.js';
export { seedSchema } from './seed-schema.js';
export type {
  CertificateType,
  ListenerProtocol,
  ListenerStatus,
  LoadBalancerEdition,
  Seed,
  SeedAccessKey,
  SeedAccount,
  SeedCertificate,
  SeedListener,
  SeedLoadBalancer,
} from './seed-types.js';
