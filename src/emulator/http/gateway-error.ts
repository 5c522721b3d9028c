import { formatErrorMessage, gatewayErrors } from '../../../generated/catalogue.js';

/**
 * An error that the HTTP layer returns before or instead of calling the core: a routing, parsing,
 * signature, validation or injected fault. `headers` are added to the error response.
 */
export class GatewayError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  readonly headers: Record<string, string>;
  /** Why the request failed, for the log only: never sent to the client. */
  detail: string | undefined;

  constructor(code: string, httpStatus: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.headers = headers;
    this.detail = undefined;
  }
}

/** Gateway codes that the HTTP layer raises by name; each must be in the spec's gateway error list. */
export type GatewayErrorCode =
  | 'InvalidApi.NotFound'
  | 'InvalidVersion'
  | 'InvalidParameter'
  | 'IncompleteSignature'
  | 'SignatureDoesNotMatch'
  | 'InvalidAccessKeyId.NotFound'
  | 'InvalidSecurityToken.Malformed'
  | 'InvalidTimeStamp.Format'
  | 'InvalidTimeStamp.Expired'
  | 'SignatureNonceUsed'
  | 'Throttling.User'
  | 'RequestEntityTooLarge'
  | 'RequestTimeout'
  | 'InternalError'
  | 'ServiceUnavailable';

/** Builds the gateway error `code`, filling the `%s` placeholders of its spec message with `values`. */
export function gatewayError(code: GatewayErrorCode, ...values: string[]): GatewayError {
  const definition = findGatewayDefinition(code);

  return new GatewayError(code, definition.httpStatus, formatErrorMessage(definition.message, ...values));
}

/** Builds `Missing<Name>` ("<Name> is mandatory for this action.") for the wire parameter `name`. */
export function missingParameterError(name: string): GatewayError {
  const definition = findGatewayDefinition('Missing%s');

  return new GatewayError(
    formatErrorMessage(definition.code, name),
    definition.httpStatus,
    formatErrorMessage(definition.message, name),
  );
}

/** Builds the gateway InvalidParameter error naming the wire parameter and the broken constraint. */
export function invalidParameterError(name: string, constraint: string): GatewayError {
  return gatewayError('InvalidParameter', name, constraint);
}

/** Builds the 408 error for a request that was not received within `timeoutMs`. */
export function requestTimeoutError(timeoutMs: number): GatewayError {
  return gatewayError('RequestTimeout', String(timeoutMs));
}

function findGatewayDefinition(code: string): { code: string; httpStatus: number; message: string } {
  const definition = gatewayErrors.find((candidate) => candidate.code === code);
  if (definition === undefined) {
    throw new Error(`Gateway error ${code} is missing from generated/catalogue.ts; add it to x-acs-gateway-errors in the spec and run npm run generate.`);
  }

  return definition;
}
