import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { ClauseExpectationError } from './index.js';

/** Errors a core clause accepts where the sources name more than one code for the same condition. */
export interface ExpectedErrors {
  readonly codes: readonly string[];
  readonly status: number;
}

/**
 * Checks that a call failed with HTTP `status` and one of `codes`, and returns the code received.
 * Strict clauses then pin the one code the spec chose.
 */
export function expectOneOfErrors(result: RpcResult, expected: ExpectedErrors): string {
  const wanted = { codes: expected.codes, status: expected.status };

  if (result.ok) {
    throw new ClauseExpectationError(
      `Expected one of the errors ${expected.codes.join(', ')}, but the call succeeded with HTTP ${result.status}`,
      wanted,
      { status: result.status, body: result.body },
    );
  }

  const received = { code: result.code, status: result.status, message: result.message };
  if (!expected.codes.includes(result.code) || result.status !== expected.status) {
    throw new ClauseExpectationError(
      `Expected HTTP ${expected.status} with one of ${expected.codes.join(', ')}, but received HTTP ${result.status} ${result.code}`,
      wanted,
      received,
    );
  }
  return result.code;
}
