import type { ClauseTier } from '../registry/clause-types.js';

/** The clauses a run selected: the ids of --clause (empty for every clause), the tiers and the --shard. */
export interface RunSelection {
  readonly clauseIds: readonly string[];
  readonly tiers: readonly ClauseTier[];
  /** `<index>/<count>`, e.g. `2/4`, when only one shard of the suite files runs. */
  readonly shard?: string;
}

/**
 * Describes a selection in words, e.g. "every clause of tiers core, strict in shard 2/4 of the suite
 * files" or "clauses ACWL-ERR-001, ACWL-VAL-001 of tier core".
 */
export function describeSelection(selection: RunSelection): string {
  const clauses = selection.clauseIds.length > 0 ? `clauses ${selection.clauseIds.join(', ')}` : 'every clause';
  const tiers = `${selection.tiers.length === 1 ? 'tier' : 'tiers'} ${selection.tiers.join(', ')}`;
  const shard = selection.shard === undefined ? '' : ` in shard ${selection.shard} of the suite files`;
  return `${clauses} of ${tiers}${shard}`;
}

/** Formats the first line of a run: what runs, and against which target. */
export function formatRunHeader(selection: RunSelection, target: string): string {
  return `alb-conformance: running ${describeSelection(selection)} against ${target}\n`;
}
