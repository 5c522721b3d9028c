import { clauseTiers } from './clause-types.js';
import type { ClauseTier } from './clause-types.js';

/** Raised for a tier list that names an unknown tier. */
export class TierListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TierListError';
  }
}

/** Parses a comma-separated tier list such as `core,strict`. */
export function parseTierList(text: string): ClauseTier[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new TierListError(`The tier list "${text}" is empty; give one or more of ${clauseTiers.join(', ')}`);
  }

  const tiers: ClauseTier[] = [];
  for (const name of names) {
    const tier = clauseTiers.find((candidate) => candidate === name);
    if (tier === undefined) {
      throw new TierListError(`Unknown tier "${name}"; the tiers are ${clauseTiers.join(', ')}`);
    }
    if (!tiers.includes(tier)) {
      tiers.push(tier);
    }
  }
  return tiers;
}
