import { describe, expect, it } from 'vitest';

import { ClauseExpectationError } from '../../src/conformance/clause/expectations.js';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { expectRejection, expectSuccessOrDocumentedError, expectWellFormedResponse } from '../../src/properties/checks/outcome-expectations.js';
import type { ExpectedRejection, RequestCase } from '../../src/properties/request-case.js';
import { NOT_JSON_RESPONSE_CODE } from '../../src/wire/index.js';

function success(body: Record<string, unknown> = { RequestId: 'r-1' }): RpcResult {
  return { ok: true, status: 200, body, requestId: 'r-1' } as unknown as RpcResult;
}

function failure(status: number, code: string, message = ''): RpcResult {
  return { ok: false, status, code, message, body: {} } as unknown as RpcResult;
}

const dryRunAssociate: RequestCase = {
  action: 'AssociateAdditionalCertificatesWithListener',
  request: { ListenerId: 'lsn-1', Certificates: [{ CertificateId: 'c-1' }], DryRun: true },
};
const listJobs: RequestCase = { action: 'ListAsynJobs', request: {} };

describe('expectSuccessOrDocumentedError', () => {
  it.each([
    ['DryRunOperation', failure(400, 'DryRunOperation')],
    ['a documented business error', failure(404, 'ResourceNotFound.Listener')],
    ['the 403 of Forbidden.LoadBalancer', failure(403, 'Forbidden.LoadBalancer')],
  ])('accepts %s', (_name, result) => {
    expect(() => expectSuccessOrDocumentedError(dryRunAssociate, result)).not.toThrow();
  });

  it.each([
    ['a dry run that succeeds', dryRunAssociate, success(), 'with DryRun=true succeeded with HTTP 200'],
    ['an undocumented code', dryRunAssociate, failure(400, 'ResourceNotAssociated.Certificate'), 'which the spec does not document for this operation'],
    ['a documented code with another status', dryRunAssociate, failure(400, 'ResourceNotFound.Listener'), 'with HTTP 400 instead of 404'],
    ['any error of ListAsynJobs', listJobs, failure(400, 'InvalidParameter'), 'ListAsynJobs rejected a valid request with InvalidParameter'],
  ])('rejects %s', (_name, requestCase, result, message) => {
    expect(() => expectSuccessOrDocumentedError(requestCase, result)).toThrow(ClauseExpectationError);
    expect(() => expectSuccessOrDocumentedError(requestCase, result)).toThrow(message);
  });
});

describe('expectRejection', () => {
  const expected: ExpectedRejection = { status: 400, code: 'InvalidParameter', parameter: 'Certificates', violation: 'maxItems' };
  const breaks = 'Certificates has 16 items, more than 15';

  it('accepts the tagged error naming the parameter', () => {
    const result = failure(400, 'InvalidParameter', 'The specified parameter Certificates is not valid: must have at most 15 items.');

    expect(() => expectRejection(expected, breaks, result)).not.toThrow();
  });

  it.each([
    ['a success', success(), 'The target accepted a request where Certificates has 16 items'],
    ['another code', failure(400, 'InvalidCertificates', 'Certificates'), 'code InvalidCertificates instead of InvalidParameter'],
    ['another status', failure(500, 'InvalidParameter', 'Certificates'), 'HTTP 500 instead of 400'],
    ['a message without the parameter', failure(400, 'InvalidParameter', 'Invalid parameter.'), 'a message that does not name Certificates'],
  ])('rejects %s', (_name, result, message) => {
    expect(() => expectRejection(expected, breaks, result)).toThrow(message);
  });
});

describe('expectWellFormedResponse', () => {
  it('accepts a 4xx JSON error in time', () => {
    expect(() => expectWellFormedResponse(failure(400, 'InvalidParameter'), 20, 10_000)).not.toThrow();
  });

  it.each([
    ['a server error', failure(503, 'ServiceUnavailable'), 20, 'The target returned HTTP 503, but no input may cause a server error'],
    ['a body that is not JSON', failure(400, NOT_JSON_RESPONSE_CODE), 20, 'The target returned a body that is not a JSON object'],
    ['a late response', success(), 10_001, 'The target responded after 10001 ms, later than the deadline of 10000 ms'],
  ])('rejects %s', (_name, result, elapsedMs, message) => {
    expect(() => expectWellFormedResponse(result, elapsedMs, 10_000)).toThrow(message);
  });
});
