// The support library of clause files: `import { clause } from '../support/index.js'`.
export { clause } from './clause.js';
export { currentTarget } from './current-target.js';
export type { ClauseContext, TargetView } from '../../src/conformance/clause/clause-context.js';
export type { ConformanceClient } from '../../src/conformance/clause/conformance-client.js';
export type { ExpectedError } from '../../src/conformance/clause/expectations.js';
export type { ListedCertificate } from '../../src/conformance/clause/listener-certificates.js';
export type { WaitOptions } from '../../src/conformance/clause/wait-for.js';
export { ClauseExpectationError } from '../../src/conformance/clause/expectations.js';
export { ResponseSchemaError } from '../../src/conformance/clause/conformance-client.js';
