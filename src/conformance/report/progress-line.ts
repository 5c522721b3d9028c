import type { ClauseRecord } from './clause-record.js';

const statusMarks = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;

/** Formats the terminal line of a finished clause: id, status, duration, and the skip reason when skipped. */
export function formatProgressLine(record: ClauseRecord): string {
  const duration = record.durationMs === undefined ? '' : ` ${record.durationMs} ms`;
  const reason = record.status === 'skipped' && record.skipReason ? ` skipped: ${record.skipReason}` : '';
  return `${statusMarks[record.status]} ${record.id.padEnd(16)}${duration}${reason}`;
}
