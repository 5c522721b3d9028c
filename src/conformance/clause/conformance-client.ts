import type { CallOptions, RpcClient, RpcResult } from '../wire-contract.js';
import type { EvidenceRecorder } from './evidence-recorder.js';
import { parameterNamesOf } from './parameter-names.js';
import { redactExchangeSecrets } from './redact-secrets.js';
import type { SpecValidators } from './spec-validators.js';
import { findSchemaViolations } from './spec-validators.js';

/** The client clauses call: a wire client whose every response is checked against the spec and recorded. */
export interface ConformanceClient {
  /**
   * Sends `request` as `action`. The request is validated against the spec first unless
   * `options.unchecked` is set (clauses that send invalid requests on purpose set it).
   * Rejects with `ResponseSchemaError` when the response body does not match the spec,
   * and with the wire client's `WireError` when the target cannot be reached.
   */
  call(action: string, request: object, options?: CallOptions): Promise<RpcResult>;
}

/** Raised when a response body of the target does not match the spec. */
export class ResponseSchemaError extends Error {
  readonly action: string;
  readonly status: number;
  readonly violations: readonly string[];

  constructor(action: string, status: number, violations: readonly string[]) {
    super(
      `The ${status} response to ${action} does not match the spec:\n  ${violations.join('\n  ')}`,
    );
    this.name = 'ResponseSchemaError';
    this.action = action;
    this.status = status;
    this.violations = violations;
  }
}

/** Parts of a conformance client. */
export interface ConformanceClientParts {
  readonly rpcClient: RpcClient;
  readonly validators: SpecValidators;
  readonly recorder: EvidenceRecorder;
  /** Secret values to keep out of the evidence (access key secrets, security tokens). */
  readonly secrets: readonly string[];
}

/** Wraps a wire client so that every call is validated and recorded as evidence. */
export function createConformanceClient(parts: ConformanceClientParts): ConformanceClient {
  return {
    async call(action, request, options = {}) {
      const parameters = parameterNamesOf(request);
      const validate = requestValidatorFor(action, parts.validators);

      let result: RpcResult;
      try {
        result = await parts.rpcClient.call(action, request, { validate, ...options });
      } catch (error) {
        recordUnansweredCall(parts, action, parameters, error);
        throw error;
      }

      const violations = responseViolations(action, result, parts.validators);
      parts.recorder.recordCall({
        action,
        parameters,
        status: result.status,
        ...(result.ok ? {} : { code: result.code }),
        ...(result.requestId === undefined ? {} : { requestId: result.requestId }),
        schemaViolations: violations,
        exchange: redactExchangeSecrets(result.exchange, parts.secrets),
      });

      if (violations.length > 0) {
        throw new ResponseSchemaError(action, result.status, violations);
      }
      return result;
    },
  };
}

function requestValidatorFor(action: string, validators: SpecValidators): (request: object) => string | undefined {
  return (request) => {
    const validator = validators.forRequest(action);
    if (validator === undefined) {
      return `the spec defines no operation ${action}; pass unchecked: true to send it anyway`;
    }

    const violations = findSchemaViolations(validator, request, 'request');
    if (violations.length === 0) {
      return undefined;
    }
    return `${action} request does not match the spec: ${violations.join('; ')}`;
  };
}

function responseViolations(action: string, result: RpcResult, validators: SpecValidators): string[] {
  if (!result.ok) {
    return findSchemaViolations(validators.forError(), result.body);
  }

  const validator = validators.forSuccess(action);
  if (validator === undefined) {
    return [`the spec defines no operation ${action}, but the target answered ${result.status} with a success body`];
  }
  return findSchemaViolations(validator, result.body);
}

function recordUnansweredCall(
  parts: ConformanceClientParts,
  action: string,
  parameters: readonly string[],
  error: unknown,
): void {
  const message = error instanceof Error ? error.message : String(error);
  parts.recorder.recordCall({
    action,
    parameters,
    clientError: message,
    schemaViolations: [],
  });
}
