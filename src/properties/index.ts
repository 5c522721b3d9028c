// Public entry point of the property-based and model-based clauses.

// Types
export type { CertificateAction } from './certificate-actions.js';
export type { ExpectedRejection, InvalidRequestCase, RequestCase, ViolationKind } from './request-case.js';
export type { RequestDomain } from './request-domain.js';
export type { SchemaValueConstraints } from './arbitraries/schema-value.js';
export type { ValidRequestConstraints } from './arbitraries/valid-request.js';
export type { SpecViolation } from './spec-check.js';
export type { ClauseProperty, PropertyCase } from './run/check-clause-property.js';
export type { PropertyFailureReport } from './run/failure-report.js';
export type { ReplayPath } from './run/replay-path.js';
export type { ConcurrencyScenario } from './concurrency/concurrency-property.js';

// Arbitraries derived from the spec
export { certificateActions } from './certificate-actions.js';
export { requestDomainFrom } from './request-domain.js';
export { schemaValueArbitrary } from './arbitraries/schema-value.js';
export { validRequestArbitrary } from './arbitraries/valid-request.js';
export { invalidRequestArbitrary } from './arbitraries/invalid-request.js';
export { unknownParametersArbitrary } from './arbitraries/unknown-parameters.js';
export { checkRequestAgainstSpec } from './spec-check.js';
export { namesParameter } from './request-case.js';

// Running a property clause and replaying its failures
export { PropertyFailureError, checkClauseProperty } from './run/check-clause-property.js';
export { currentPropertySettings } from './run/current-settings.js';
export { formatPropertyFailure, replayCommandFor } from './run/failure-report.js';
export { findCommandsReplayPath, formatReplayPath, parseReplayPath } from './run/replay-path.js';
export { RequestLog, describeRequest, loggingClient } from './run/request-log.js';

// The property clauses
export { checkValidRequestProperty } from './checks/valid-request-property.js';
export { checkInvalidRequestProperty } from './checks/invalid-request-property.js';
export { checkUnknownParameterProperty } from './checks/unknown-parameter-property.js';
export { checkWellFormedResponseProperty } from './checks/well-formed-response-property.js';
export { checkModelProperty } from './model/model-property.js';
export { checkConcurrencyProperty } from './concurrency/concurrency-property.js';
