import { describe, expect, it } from 'vitest';
import {
  actionNames,
  businessErrors,
  formatErrorMessage,
  gatewayErrors,
  operations,
  type ActionName,
} from '../../generated/catalogue.js';

type DocumentedError = readonly [httpStatus: number, code: string, message: string];

/** The business error codes of each operation in the ALB API metadata, with the message where one is recorded ('' where not). */
const documentedErrors: Record<ActionName, readonly DocumentedError[]> = {
  AssociateAdditionalCertificatesWithListener: [
    [400, 'IncorrectStatus.Listener', 'The status of %s [%s] is incorrect.'],
    [400, 'OperationDenied.DefaultCertificateUsed', 'The operation is not allowed because of %s.'],
    [400, 'OperationFailed.DefaultCertificateNotFound', 'The operation failed because of %s.'],
    [400, 'ResourceAlreadyAssociated.Certificate', 'The specified resource %s is already associated.'],
    [400, 'ResourceQuotaExceeded.LoadBalancerCertificatesNum', 'The quota of %s is exceeded for resource %s, usage %s/%s.'],
    [400, 'OperationDenied.HttpListenerNotSupport', 'The operation is not allowed because of %s.'],
    [400, 'InvalidParameter', 'Invalid parameter, please check the parameter input.'],
    [400, 'ResourceInConfiguring.Listener', 'The specified resource %s is configuring, please try again later.'],
    [403, 'Forbidden.LoadBalancer', 'Authentication has failed for LoadBalancer.'],
    [404, 'ResourceNotFound.Certificate', 'The specified resource %s is not found.'],
    [404, 'ResourceNotFound.Listener', 'The specified resource %s is not found.'],
  ],
  DissociateAdditionalCertificatesFromListener: [
    [400, 'IncorrectStatus.Listener', 'The status of %s [%s] is incorrect.'],
    [400, 'OperationDenied.HttpListenerNotSupport', 'The operation is not allowed because of %s.'],
    [400, 'OperationDenied.DefaultCertificateUsed', 'The operation is not allowed because of %s.'],
    [400, 'ResourceNotAssociated.Certificate', 'The specified resource %s is not associated.'],
    [400, 'ResourceInConfiguring.Listener', 'The specified resource of %s is being configured, please try again later.'],
    [404, 'ResourceNotFound.Listener', 'The specified resource %s is not found.'],
  ],
  ListListenerCertificates: [
    [400, 'OperationDenied.HttpListenerNotSupport', 'The operation is not allowed because of %s.'],
    [404, 'ResourceNotFound.Listener', 'The specified resource %s is not found.'],
  ],
  GetListenerAttribute: [
    [403, 'Forbidden.LoadBalancer', 'Authentication is failed for %s.'],
    [404, 'ResourceNotFound.Listener', 'The specified resource %s is not found.'],
  ],
  ListAsynJobs: [],
  CreateListener: [
    [400, 'ResourceAlreadyExist.Listener', ''],
    [400, 'IncorrectStatus.LoadBalancer', ''],
    [400, 'IncorrectBusinessStatus.LoadBalancer', 'The business status of %s [%s]  is incorrect.'],
    [400, 'ResourceQuotaExceeded.LoadBalancerListenersNum', ''],
    [400, 'Mismatch.VpcId', ''],
    [400, 'InvalidParameter', 'Invalid parameter, please check the parameter input.'],
    [403, 'Forbidden.SecurityPolicy', ''],
    [403, 'Forbidden.LoadBalancer', ''],
    [403, 'Forbidden.Listener', ''],
    [404, 'ResourceNotFound.LoadBalancer', ''],
    [404, 'ResourceNotFound.ServerGroup', ''],
    [404, 'ResourceNotFound.SecurityPolicy', ''],
    [404, 'ResourceNotFound.Listener', ''],
    [404, 'ResourceNotFound.Certificate', ''],
  ],
  UpdateListenerAttribute: [
    [400, 'IncorrectStatus.LoadBalancer', ''],
    [400, 'IncorrectBusinessStatus.LoadBalancer', 'The business status of %s [%s]  is incorrect.'],
    [400, 'IncorrectStatus.Listener', ''],
    [400, 'ResourceInConfiguring.Listener', ''],
    [400, 'ResourceAlreadyAssociated.Listener', ''],
    [400, 'ResourceAlreadyAssociated.Certificate', ''],
    [400, 'InvalidParameter', 'Invalid parameter, please check the parameter input.'],
    [403, 'Forbidden.LoadBalancer', ''],
    [404, 'ResourceNotFound.Listener', ''],
    [404, 'ResourceNotFound.ServerGroup', ''],
    [404, 'ResourceNotFound.SecurityPolicy', ''],
    [404, 'ResourceNotFound.Certificate', ''],
  ],
  DeleteListener: [
    [400, 'IncorrectStatus.Listener', ''],
    [400, 'ResourceInUse.Listener', 'The specified resource %s is in use.'],
    [400, 'ResourceInConfiguring.Listener', ''],
    [400, 'IncorrectStatus.LoadBalancer', ''],
    [403, 'Forbidden.LoadBalancer', ''],
    [404, 'ResourceNotFound.Listener', ''],
    [404, 'ResourceNotFound.LoadBalancer', ''],
  ],
};

/** The gateway errors decided for every operation. */
const decidedGatewayErrors: readonly DocumentedError[] = [
  [404, 'InvalidApi.NotFound', 'Specified api is not found, please check your url and method.'],
  [400, 'InvalidVersion', 'Specified parameter Version is not valid.'],
  [400, 'Missing%s', '%s is mandatory for this action.'],
  [400, 'InvalidParameter', 'The specified parameter %s is not valid: %s.'],
  [400, 'IncompleteSignature', 'The request signature does not conform to Alibaba Cloud standards.'],
  [400, 'SignatureDoesNotMatch', 'Specified signature does not match our calculation.'],
  [404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'],
  [400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed or does not match the AccessKey.'],
  [400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.'],
  [400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.'],
  [400, 'SignatureNonceUsed', 'Specified signature nonce was used already.'],
  [400, 'Throttling.User', 'Request was denied due to user flow control.'],
  [413, 'RequestEntityTooLarge', 'The request body exceeds the maximum size of %s bytes.'],
  [408, 'RequestTimeout', 'The request was not received completely within %s ms.'],
  [500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.'],
  [503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'],
  [400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.'],
  [400, 'IdempotenceProcessing', 'The request with the same client token is being processed.'],
  [400, 'IdempotenceSignatureMismatch', 'The idempotence token of request is same with the prev one, but the signature is different.'],
];

const documentedRows = Object.entries(documentedErrors).flatMap(([action, errors]) =>
  errors.map(([httpStatus, code, message]) => ({ action: action as ActionName, httpStatus, code, message })),
);

describe('operation catalogue', () => {
  it('lists the eight operations', () => {
    expect([...actionNames].sort()).toEqual(Object.keys(documentedErrors).sort());
  });

  it.each(documentedRows)('$action documents $httpStatus $code', ({ action, httpStatus, code, message }) => {
    const error = operations[action].errors.find((candidate) => candidate.code === code);

    expect(error, `${code} is missing from ${action}`).toBeDefined();
    expect(error?.httpStatus).toBe(httpStatus);
    if (message !== '') expect(error?.message).toBe(message);
  });

  it.each(actionNames)('%s has no undocumented business code', (action) => {
    const documentedCodes = documentedErrors[action].map(([, code]) => code);

    expect(operations[action].errors.map((error) => error.code).sort()).toEqual([...documentedCodes].sort());
  });

  it('marks the operations whose code list is incomplete', () => {
    expect(operations.CreateListener.errorsIncomplete).toMatch(/seven more/);
    expect(operations.UpdateListenerAttribute.errorsIncomplete).toMatch(/nine more/);
    expect(operations.AssociateAdditionalCertificatesWithListener.errorsIncomplete).toBeUndefined();
  });

  it('merges business errors across operations', () => {
    const notFound = businessErrors.find(
      (error) => error.code === 'ResourceNotFound.Listener' && error.message === 'The specified resource %s is not found.',
    );

    expect(notFound?.operations).toHaveLength(7);
    expect(notFound?.operations).not.toContain('ListAsynJobs');
  });

  it('keeps both ResourceInConfiguring.Listener messages', () => {
    const messages = businessErrors.filter((error) => error.code === 'ResourceInConfiguring.Listener').map((error) => error.message);

    expect(messages).toEqual([
      'The specified resource %s is configuring, please try again later.',
      'The specified resource of %s is being configured, please try again later.',
    ]);
  });
});

describe('gateway errors', () => {
  it.each(decidedGatewayErrors)('has %i %s', (httpStatus, code, message) => {
    const error = gatewayErrors.find((candidate) => candidate.code === code);

    expect(error).toMatchObject({ httpStatus, message });
  });

  it('explains every inference in a note', () => {
    const unexplained = gatewayErrors.filter((error) => error.source === 'inference' && !error.note);

    expect(unexplained).toEqual([]);
  });

  it('marks the decided inferences', () => {
    const inferred = ['RequestEntityTooLarge', 'RequestTimeout', 'DryRunOperation', 'IdempotenceProcessing', 'IdempotenceSignatureMismatch'];

    for (const code of inferred) {
      expect(gatewayErrors.find((error) => error.code === code)?.source, code).toBe('inference');
    }
  });
});

describe('operation definitions', () => {
  it('names Associate parameters by wire name', () => {
    const parameters = operations.AssociateAdditionalCertificatesWithListener.parameters;

    expect(parameters.map((parameter) => parameter.name)).toEqual([
      'ListenerId',
      'Certificates',
      'Certificates.N.CertificateId',
      'ClientToken',
      'DryRun',
    ]);
    expect(parameters[1]).toEqual({ name: 'Certificates', type: 'array', required: true, constraints: { minItems: 1, maxItems: 15 } });
    expect(parameters[3]?.constraints).toEqual({ maxLength: 64, pattern: '^[\\x20-\\x7E]*$' });
  });

  it('names scalar list items Name.N', () => {
    const names = operations.ListAsynJobs.parameters.map((parameter) => parameter.name);

    expect(names).toContain('JobIds.N');
    expect(names).toContain('ResourceIds.N');
  });

  it('describes the Associate job and how to poll it', () => {
    const definition = operations.AssociateAdditionalCertificatesWithListener;

    expect(definition.async?.jobIdField).toBe('JobId');
    expect(definition.async?.poll[0]).toMatchObject({
      operation: 'ListListenerCertificates',
      field: 'Certificates[].Status',
      pending: ['Associating'],
      target: 'Associated',
    });
    expect(definition.async?.poll[1]).toMatchObject({
      operation: 'ListAsynJobs',
      parameters: { 'JobIds.1': 'response.JobId' },
      target: 'Succeeded',
      failed: 'Failed',
    });
    expect(definition.idempotency?.differentParameters).toBe('IdempotenceSignatureMismatch');
    expect(definition.dryRun).toEqual({ parameter: 'DryRun', successCode: 'DryRunOperation', successHttpStatus: 400 });
  });

  it('marks read operations as synchronous', () => {
    for (const action of ['ListListenerCertificates', 'GetListenerAttribute', 'ListAsynJobs'] as const) {
      expect(operations[action]).toMatchObject({ async: null, idempotency: null, dryRun: null });
    }
  });

  it('records the Dissociate maxItems disagreement', () => {
    const disagreement = operations.DissociateAdditionalCertificatesFromListener.disagreements.find(
      (entry) => entry.location === 'request.Certificates',
    );

    expect(disagreement?.chosen).toMatch(/15/);
    expect(disagreement?.alternative).toMatch(/20/);
  });

  it('carries the resolved request schema', () => {
    const schema = operations.ListListenerCertificates.requestSchema as { properties: Record<string, unknown> };

    expect(schema.properties['MaxResults']).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(JSON.stringify(schema)).not.toContain('$ref');
  });
});

describe('formatErrorMessage', () => {
  it('fills a listener ID', () => {
    const template = operations.GetListenerAttribute.errors.find((error) => error.code === 'ResourceNotFound.Listener')?.message ?? '';

    expect(formatErrorMessage(template, 'lsn-o4u54y73wq7b')).toBe('The specified resource lsn-o4u54y73wq7b is not found.');
  });

  it('fills values in order', () => {
    expect(formatErrorMessage('The status of %s [%s] is incorrect.', 'lsn-d5xxx', 'Configuring')).toBe(
      'The status of lsn-d5xxx [Configuring] is incorrect.',
    );
  });

  it('renders the certificate quota message', () => {
    const template = 'The quota of %s is exceeded for resource %s, usage %s/%s.';

    expect(formatErrorMessage(template, 'LoadBalancerCertificatesNum', 'alb-x', '11', '10')).toBe(
      'The quota of LoadBalancerCertificatesNum is exceeded for resource alb-x, usage 11/10.',
    );
  });

  it('renders a gateway Missing code and message', () => {
    const missing = gatewayErrors.find((error) => error.code === 'Missing%s');

    expect(formatErrorMessage(missing?.code ?? '', 'ListenerId')).toBe('MissingListenerId');
    expect(formatErrorMessage(missing?.message ?? '', 'ListenerId')).toBe('ListenerId is mandatory for this action.');
  });

  it('keeps a template without placeholders', () => {
    expect(formatErrorMessage('Invalid parameter, please check the parameter input.')).toBe(
      'Invalid parameter, please check the parameter input.',
    );
  });

  it('keeps a value that contains %s', () => {
    expect(formatErrorMessage('The specified resource %s is not found.', '%s')).toBe('The specified resource %s is not found.');
  });

  it('rejects a missing value', () => {
    expect(() => formatErrorMessage('The status of %s [%s] is incorrect.', 'lsn-1')).toThrow(
      /has 2 %s placeholder\(s\) but 1 value\(s\) were given/,
    );
  });
});
