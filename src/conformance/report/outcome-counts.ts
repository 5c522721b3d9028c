import { sortClauseRecords } from './clause-order.js';
import type { ClauseRecord, OutcomeCounts } from './clause-record.js';

/** Counts passed, failed and skipped clauses. */
export function countOutcomes(records: readonly ClauseRecord[]): OutcomeCounts {
  return {
    passed: records.filter((record) => record.status === 'passed').length,
    failed: records.filter((record) => record.status === 'failed').length,
    skipped: records.filter((record) => record.status === 'skipped').length,
  };
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
