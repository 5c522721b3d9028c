import { areaOfClause } from '../registry/clause-id.js';
import type { ClauseRecord } from './clause-record.js';
import { reportAreaOrder } from './report-areas.js';

/**
 * Orders clause ids by area, in report order (VAL, ERR, ASYNC, ... and tests outside the registry
 * last), then by id. Clause numbers have three digits, so text order is number order within an area.
 */
export function compareClauseIds(left: string, right: string): number {
  const byArea = areaRank(left) - areaRank(right);
  if (byArea !== 0) {
    return byArea;
  }
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

/** Returns a copy of the records in clause id order, grouped by area. */
export function sortClauseRecords<Record extends Pick<ClauseRecord, 'id'>>(records: readonly Record[]): Record[] {
  return [...records].sort((left, right) => compareClauseIds(left.id, right.id));
}

function areaRank(id: string): number {
  return reportAreaOrder.indexOf(areaOfClause(id) ?? 'OTHER');
}
