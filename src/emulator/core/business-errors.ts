import { ApiError } from './api-error.js';

// Codes, statuses and message templates follow the error tables of the ALB 2020-06-16 API metadata
// (https://www.alibabacloud.com/help/en/slb/application-load-balancer/developer-reference/api-alb-2020-06-16-associateadditionalcertificateswithlistener).
// DryRunOperation and the idempotence codes are missing from the ALB metadata, so their texts come from
// the NLB API metadata. Every template matches the project's error catalogue (generated/catalogue.ts).

export function apiNotFound(): ApiError {
  return new ApiError('InvalidApi.NotFound', 404, 'Specified api is not found, please check your url and method.');
}

export function listenerNotFound(listenerId: string): ApiError {
  return new ApiError('ResourceNotFound.Listener', 404, `The specified resource ${listenerId} is not found.`);
}

export function loadBalancerNotFound(loadBalancerId: string): ApiError {
  return new ApiError('ResourceNotFound.LoadBalancer', 404, `The specified resource ${loadBalancerId} is not found.`);
}

export function certificateNotFound(certificateId: string): ApiError {
  return new ApiError('ResourceNotFound.Certificate', 404, `The specified resource ${certificateId} is not found.`);
}

/** Forbidden.LoadBalancer in the wording of the certificate operations (AssociateAdditionalCertificatesWithListener). */
export function loadBalancerForbidden(): ApiError {
  return new ApiError('Forbidden.LoadBalancer', 403, 'Authentication has failed for LoadBalancer.');
}

/**
 * Forbidden.LoadBalancer in the wording of the listener operations (GetListenerAttribute, CreateListener,
 * UpdateListenerAttribute, DeleteListener), which names the load balancer.
 */
export function loadBalancerForbiddenById(loadBalancerId: string): ApiError {
  return new ApiError('Forbidden.LoadBalancer', 403, `Authentication is failed for ${loadBalancerId}.`);
}

export function httpListenerNotSupported(): ApiError {
  return new ApiError(
    'OperationDenied.HttpListenerNotSupport',
    400,
    'The operation is not allowed because of HttpListenerNotSupport.',
  );
}

/** Creates the busy error of AssociateAdditionalCertificatesWithListener, raised during a certificate job. */
export function listenerInConfiguring(listenerId: string): ApiError {
  return new ApiError(
    'ResourceInConfiguring.Listener',
    400,
    `The specified resource ${listenerId} is configuring, please try again later.`,
  );
}

/** Creates the busy error of DissociateAdditionalCertificatesFromListener, raised during a certificate job. */
export function listenerBeingConfigured(listenerId: string): ApiError {
  return new ApiError(
    'ResourceInConfiguring.Listener',
    400,
    `The specified resource of ${listenerId} is being configured, please try again later.`,
  );
}

export function listenerIncorrectStatus(listenerId: string, status: string): ApiError {
  return new ApiError('IncorrectStatus.Listener', 400, `The status of ${listenerId} [${status}] is incorrect.`);
}

export function defaultCertificateNotFound(listenerId: string): ApiError {
  return new ApiError(
    'OperationFailed.DefaultCertificateNotFound',
    400,
    `The operation failed because of ${listenerId}.`,
  );
}

/** Creates the generic InvalidParameter, raised for a CA certificate where a server certificate is required. */
export function invalidParameter(): ApiError {
  return new ApiError('InvalidParameter', 400, 'Invalid parameter, please check the parameter input.');
}

/** InvalidParameter in the gateway's wording, naming the parameter and the constraint it breaks. */
export function invalidParameterValue(parameterName: string, constraint: string): ApiError {
  return new ApiError('InvalidParameter', 400, `The specified parameter ${parameterName} is not valid: ${constraint}.`);
}

export function missingParameter(parameterName: string): ApiError {
  return new ApiError(`Missing${parameterName}`, 400, `${parameterName} is mandatory for this action.`);
}

export function invalidNextToken(): ApiError {
  return invalidParameterValue('NextToken', 'unknown token');
}

export function defaultCertificateUsed(certificateId: string): ApiError {
  return new ApiError(
    'OperationDenied.DefaultCertificateUsed',
    400,
    `The operation is not allowed because of ${certificateId}.`,
  );
}

export function certificateAlreadyAssociated(certificateId: string): ApiError {
  return new ApiError(
    'ResourceAlreadyAssociated.Certificate',
    400,
    `The specified resource ${certificateId} is already associated.`,
  );
}

export function certificateNotAssociated(certificateId: string): ApiError {
  return new ApiError(
    'ResourceNotAssociated.Certificate',
    400,
    `The specified resource ${certificateId} is not associated.`,
  );
}

export function certificateQuotaExceeded(loadBalancerId: string, usage: number, quota: number): ApiError {
  return new ApiError(
    'ResourceQuotaExceeded.LoadBalancerCertificatesNum',
    400,
    `The quota of LoadBalancerCertificatesNum is exceeded for resource ${loadBalancerId}, usage ${usage}/${quota}.`,
  );
}

/**
 * Creates the error for a port already used on the load balancer. The template is the catalogue's
 * "The specified resource %s already exists.", and filling it with `<loadBalancerId>:<port>` is an inference.
 */
export function listenerAlreadyExists(loadBalancerId: string, port: number): ApiError {
  return new ApiError(
    'ResourceAlreadyExist.Listener',
    400,
    `The specified resource ${loadBalancerId}:${port} already exists.`,
  );
}

export function dryRunPassed(): ApiError {
  return new ApiError('DryRunOperation', 400, 'Request validation has been passed with DryRun flag set.');
}

export function idempotenceSignatureMismatch(): ApiError {
  return new ApiError(
    'IdempotenceSignatureMismatch',
    400,
    'The idempotence token of request is same with the prev one, but the signature is different.',
  );
}

export function idempotenceProcessing(): ApiError {
  return new ApiError('IdempotenceProcessing', 400, 'The request with the same client token is being processed.');
}
