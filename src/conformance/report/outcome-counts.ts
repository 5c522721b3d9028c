import { sortClauseRecords } from './clause-order.js';
import type { ClauseRecord, OutcomeCounts } from './clause-record.js';

/** Counts passed, failed, skipped and not selected clauses. */
export function countOutcomes(records: readonly ClauseRecord[]): OutcomeCounts {
  const skipped = records.filter((record) => record.status === 'skipped');
  const notSelected = skipped.filter(isNotSelected).length;
  return {
    passed: records.filter((record) => record.status === 'passed').length,
    failed: records.filter((record) => record.status === 'failed').length,
    skipped: skipped.length - notSelected,
    notSelected,
  };
}

/** Tells whether a clause was left out of the run by tier or because it is retired, rather than skipped on the target. */
export function isNotSelected(record: Pick<ClauseRecord, 'status' | 'skipCause'>): boolean {
  return record.status === 'skipped' && (record.skipCause === 'tier-not-selected' || record.skipCause === 'retired');
}

/** Formats counts as "3 passed, 1 failed, 0 skipped", adding ", 12 not selected" when there are any. */
export function formatCounts(counts: OutcomeCounts): string {
  const notSelected = counts.notSelected > 0 ? `, ${counts.notSelected} not selected` : '';
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${notSelected}`;
}

/** Groups records by area, in the order of `areaOrder` and by clause id within an area, leaving out empty areas. */
export function groupByArea<Area extends string>(
  records: readonly ClauseRecord[],
  areaOrder: readonly Area[],
): Array<{ area: Area; records: ClauseRecord[] }> {
  const sorted = sortClauseRecords(records);
  return areaOrder
    .map((area) => ({ area, records: sorted.filter((record) => record.area === area) }))
    .filter((group) => group.records.length > 0);
}
