import type { ClauseEvidence, RecordedCall } from '../clause/clause-evidence.js';
import type { ClauseOutcomeStatus } from './clause-record.js';

/** How many full request/response exchanges a clause keeps: those of its first and of its last calls. */
export interface ExchangeLimit {
  readonly first: number;
  readonly last: number;
}

/** The exchange limits of passed and of failed clauses. Skipped clauses make no calls. */
export interface ExchangeLimits {
  readonly passed: ExchangeLimit;
  readonly failed: ExchangeLimit;
}

/**
 * The limits of `alb-conformance run` reports. A failed clause keeps the exchanges of its first 20 and
 * last 10 calls. A passed clause keeps those of its first call and of the last call of its body, enough
 * to show what it sent and checked. A passing run of all 127 clauses against the embedded emulator then
 * wrote a report.json of 1.6 MB and a report.html of 1.1 MB (10.7 MB and 7.8 MB without limits).
 */
export const reportExchangeLimits: ExchangeLimits = {
  passed: { first: 1, last: 0 },
  failed: { first: 20, last: 10 },
};

/**
 * Drops the exchanges of the calls between the first and the last ones that `limits` keeps, and
 * counts them in `omittedExchanges`. Every call keeps its metadata (action, parameters, status, code),
 * which coverage counts. The last call of the clause body keeps its exchange in every case, because
 * the terminal summary shows it for a failure.
 */
export function limitExchanges(evidence: ClauseEvidence, status: ClauseOutcomeStatus, limits: ExchangeLimits): ClauseEvidence {
  const limit = status === 'failed' ? limits.failed : limits.passed;
  const lastBodyCall = evidence.calls.findLastIndex((call) => call.phase === 'clause');
  const keeps = (index: number): boolean =>
    index < limit.first || index >= evidence.calls.length - limit.last || index === lastBodyCall;

  let omitted = 0;
  const calls = evidence.calls.map((call, index): RecordedCall => {
    if (keeps(index) || call.exchange === undefined) {
      return call;
    }
    omitted += 1;
    const { exchange: _omitted, ...metadata } = call;
    return metadata;
  });

  if (omitted === 0) {
    return evidence;
  }
  return { ...evidence, calls, omittedExchanges: (evidence.omittedExchanges ?? 0) + omitted };
}
