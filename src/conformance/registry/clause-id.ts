import { clauseAreas } from './clause-types.js';
import type { ClauseArea } from './clause-types.js';

/** The form of every clause id, e.g. `ACWL-ERR-004`. */
export const clauseIdPattern = /^ACWL-(VAL|ERR|ASYNC|IDEM|DRY|AUTH|SCHEMA|PROP|MODEL)-(\d{3})$/;

/** Returns the area of a clause id, or undefined when the id is malformed. */
export function areaOfClause(id: string): ClauseArea | undefined {
  const match = clauseIdPattern.exec(id);
  const area = match?.[1];
  return clauseAreas.find((candidate) => candidate === area);
}
