import { ClauseExpectationError } from '../../conformance/clause/expectations.js';
import type { CertificateChange } from '../model/change-prediction.js';
import { predictChange } from '../model/change-prediction.js';
import type { ObservedOutcome } from '../model/change-reconciliation.js';
import { reconcileChange } from '../model/change-reconciliation.js';
import type { TargetModel } from '../model/model-types.js';
import { cloneModel } from '../model/target-model.js';

/** A serial order of concurrent changes that explains their outcomes, and the model it leads to. */
export interface SerialExplanation {
  /** Positions of the changes in the batch, in the order they took effect. */
  readonly order: readonly number[];
  readonly model: TargetModel;
}

/**
 * Finds every order of the changes in which each outcome is one the model allows after the changes
 * before it. Concurrent requests are linearizable when at least one such order exists.
 */
export function findSerialExplanations(
  model: TargetModel,
  changes: readonly CertificateChange[],
  outcomes: readonly ObservedOutcome[],
): SerialExplanation[] {
  const explanations: SerialExplanation[] = [];

  for (const order of permutationsOf(changes.map((_, index) => index))) {
    const candidate = cloneModel(model);
    if (order.every((index) => explains(candidate, changes[index], outcomes[index]))) {
      explanations.push({ order, model: candidate });
    }
  }
  return explanations;
}

function explains(model: TargetModel, change: CertificateChange | undefined, outcome: ObservedOutcome | undefined): boolean {
  if (change === undefined || outcome === undefined) {
    return false;
  }

  try {
    reconcileChange(model, change, predictChange(model, change), outcome);
    return true;
  } catch (error) {
    if (error instanceof ClauseExpectationError) {
      return false;
    }
    throw error;
  }
}

function permutationsOf(items: readonly number[]): number[][] {
  if (items.length <= 1) {
    return [[...items]];
  }

  return items.flatMap((item, position) =>
    permutationsOf([...items.slice(0, position), ...items.slice(position + 1)]).map((rest) => [item, ...rest]),
  );
}
