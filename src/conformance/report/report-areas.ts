import { clauseAreas, clauseAreaTitles } from '../registry/clause-types.js';
import type { ClauseArea } from '../registry/clause-types.js';

export type ReportArea = ClauseArea | 'OTHER';

/** The order of areas in every report; tests outside the registry come last. */
export const reportAreaOrder: readonly ReportArea[] = [...clauseAreas, 'OTHER'];

/** Returns the title of an area, e.g. "Request validation". */
export function areaTitle(area: ReportArea): string {
  return area === 'OTHER' ? 'Tests outside the registry' : clauseAreaTitles[area];
}
