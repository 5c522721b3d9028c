import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { RpcResult } from '../../conformance/wire-contract.js';
import { NOT_JSON_RESPONSE_CODE } from '../../wire/index.js';
import { operationOf } from '../certificate-actions.js';
import type { ExpectedRejection, RequestCase } from '../request-case.js';

/** An error code and the HTTP statuses the spec documents for it. */
interface DocumentedError {
  readonly code: string;
  readonly statuses: readonly number[];
}

/**
 * Checks the response to a valid request: a success, or one of the business errors the spec documents
 * for the operation with its documented HTTP status. A dry run that passes every check gets the
 * operation's DryRun success code (DryRunOperation) instead of a success.
 *
 * @throws ClauseExpectationError naming the documented codes and what the target returned.
 */
export function expectSuccessOrDocumentedError(requestCase: RequestCase, result: RpcResult): void {
  if (result.ok) {
    if (requestCase.request['DryRun'] === true) {
      throw new ClauseExpectationError(
        `${requestCase.action} with DryRun=true succeeded with HTTP ${result.status}; a dry run must not perform the operation`,
        { codes: documentedErrorsOf(requestCase).map((error) => error.code) },
        { status: result.status, body: result.body },
      );
    }
    return;
  }

  const documented = documentedErrorsOf(requestCase);
  const match = documented.find((error) => error.code === result.code);
  if (match !== undefined && match.statuses.includes(result.status)) {
    return;
  }

  const reason = match === undefined ? 'which the spec does not document for this operation' : `with HTTP ${result.status} instead of ${match.statuses.join(' or ')}`;
  throw new ClauseExpectationError(
    `${requestCase.action} rejected a valid request with ${result.code || '(no code)'}, ${reason}`,
    { codes: documented.map((error) => `${error.code} (${error.statuses.join('/')})`) },
    { status: result.status, code: result.code, message: result.message },
  );
}

/**
 * Checks the response to a request that breaks one constraint: HTTP 400, the tagged code, and a message
 * that names the parameter.
 *
 * @throws ClauseExpectationError with the expected and the received code, status and message.
 */
export function expectRejection(expected: ExpectedRejection, breaks: string, result: RpcResult): void {
  const wanted = { status: expected.status, code: expected.code, message: `names ${expected.parameter}` };
  if (result.ok) {
    throw new ClauseExpectationError(`The target accepted a request where ${breaks}`, wanted, { status: result.status, body: result.body });
  }

  const problems: string[] = [];
  if (result.code !== expected.code) {
    problems.push(`code ${result.code || '(none)'} instead of ${expected.code}`);
  }
  if (result.status !== expected.status) {
    problems.push(`HTTP ${result.status} instead of ${expected.status}`);
  }
  if (!result.message.includes(expected.parameter)) {
    problems.push(`a message that does not name ${expected.parameter}`);
  }
  if (problems.length > 0) {
    throw new ClauseExpectationError(
      `The target rejected a request where ${breaks} with ${problems.join(', ')}`,
      wanted,
      { status: result.status, code: result.code, message: result.message },
    );
  }
}

/**
 * Checks that the target responded in time, below HTTP 500, with a JSON body.
 *
 * @throws ClauseExpectationError naming what was wrong with the response.
 */
export function expectWellFormedResponse(result: RpcResult, elapsedMs: number, deadlineMs: number): void {
  const received = { status: result.status, ...(result.ok ? {} : { code: result.code, message: result.message }), elapsedMs };

  if (result.status >= 500) {
    throw new ClauseExpectationError(`The target returned HTTP ${result.status}, but no input may cause a server error`, { status: 'below 500' }, received);
  }
  if (!result.ok && result.code === NOT_JSON_RESPONSE_CODE) {
    throw new ClauseExpectationError('The target returned a body that is not a JSON object', { body: 'a JSON object' }, received);
  }
  if (elapsedMs > deadlineMs) {
    throw new ClauseExpectationError(`The target responded after ${elapsedMs} ms, later than the deadline of ${deadlineMs} ms`, { elapsedMs: `at most ${deadlineMs}` }, received);
  }
}

function documentedErrorsOf(requestCase: RequestCase): DocumentedError[] {
  const operation = operationOf(requestCase.action);
  const errors: DocumentedError[] = [];

  for (const definition of operation.errors) {
    addStatus(errors, definition.code, definition.httpStatus);
  }
  if (operation.dryRun !== null && requestCase.request[operation.dryRun.parameter] === true) {
    addStatus(errors, operation.dryRun.successCode, operation.dryRun.successHttpStatus);
  }

  return errors;
}

function addStatus(errors: DocumentedError[], code: string, status: number): void {
  const existing = errors.findIndex((error) => error.code === code);
  if (existing === -1) {
    errors.push({ code, statuses: [status] });
    return;
  }

  const current = errors[existing] as DocumentedError;
  errors[existing] = { code, statuses: [...new Set([...current.statuses, status])] };
}

