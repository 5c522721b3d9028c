import type { RpcResult } from '../wire-contract.js';

/** The error a clause expects: code and, where the sources agree on it, the HTTP status and message. */
export interface ExpectedError {
  readonly code: string;
  readonly status?: number;
  /** The exact message, or a pattern it must match. */
  readonly message?: string | RegExp;
}

/**
 * Raised when a response differs from what a clause expects. `expected` and `actual` follow the
 * shape vitest uses to print a diff; the runner copies both into the report.
 */
export class ClauseExpectationError extends Error {
  readonly expected: unknown;
  readonly actual: unknown;
  readonly showDiff = true;

  constructor(message: string, expected: unknown, actual: unknown) {
    super(message);
    this.name = 'ClauseExpectationError';
    this.expected = expected;
    this.actual = actual;
  }
}

export type FailedResult = Extract<RpcResult, { ok: false }>;
type SucceededResult = Extract<RpcResult, { ok: true }>;

/** Checks that a call failed with the expected error, and returns the failed result. */
export function expectError(result: RpcResult, expected: ExpectedError): FailedResult {
  const wanted = describeExpectedError(expected);
  const received = describeReceived(result);

  if (result.ok) {
    throw new ClauseExpectationError(
      `Expected error ${expected.code}, but the call succeeded with HTTP ${result.status}`,
      wanted,
      received,
    );
  }

  const mismatches: string[] = [];
  if (result.code !== expected.code) {
    mismatches.push(`code ${JSON.stringify(result.code)} instead of ${JSON.stringify(expected.code)}`);
  }
  if (expected.status !== undefined && result.status !== expected.status) {
    mismatches.push(`HTTP ${result.status} instead of ${expected.status}`);
  }
  if (expected.message !== undefined && !messageMatches(result.message, expected.message)) {
    mismatches.push(`message ${JSON.stringify(result.message)} instead of ${String(expected.message)}`);
  }

  if (mismatches.length > 0) {
    throw new ClauseExpectationError(`Expected error ${expected.code}, but received ${mismatches.join(', ')}`, wanted, received);
  }
  return result;
}

/**
 * Checks that a call succeeded and returns its body. The body has already been validated
 * against the spec by the conformance client.
 */
export function expectOk(result: RpcResult): SucceededResult['body'] {
  if (!result.ok) {
    throw new ClauseExpectationError(
      `Expected success, but received HTTP ${result.status} ${result.code}: ${result.message}`,
      { status: 200 },
      describeReceived(result),
    );
  }
  return result.body;
}

function messageMatches(message: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? message === expected : expected.test(message);
}

function describeExpectedError(expected: ExpectedError): Record<string, unknown> {
  return {
    code: expected.code,
    ...(expected.status === undefined ? {} : { status: expected.status }),
    ...(expected.message === undefined ? {} : { message: String(expected.message) }),
  };
}

function describeReceived(result: RpcResult): Record<string, unknown> {
  if (result.ok) {
    return { status: result.status, body: result.body };
  }
  return { code: result.code, status: result.status, message: result.message };
}
