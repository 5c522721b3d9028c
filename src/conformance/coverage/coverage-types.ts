/** One catalogue item (operation, parameter, error code or transition) and how often the run exercised it. */
export interface CoverageItem {
  readonly name: string;
  /** How many clause calls (or passed clauses, for transitions) exercised it; 0 means not exercised. */
  readonly count: number;
}

/** `certificate` for the five listener-certificate operations, `listener-setup` for the operations that prepare listeners. */
export type OperationGroup = 'certificate' | 'listener-setup';

/** The parameters and business error codes of one operation. */
export interface OperationCoverage {
  readonly action: string;
  readonly group: OperationGroup;
  readonly calls: number;
  readonly parameters: readonly CoverageItem[];
  readonly errorCodes: readonly CoverageItem[];
}

/** Items a run exercised, compared with the spec's catalogue and the registry's list of transitions. */
export interface CoverageReport {
  readonly operations: readonly OperationCoverage[];
  readonly gatewayErrorCodes: readonly CoverageItem[];
  readonly transitions: readonly CoverageItem[];
  /** Error codes the target returned that the catalogue does not list, with their counts. */
  readonly unlistedErrorCodes: readonly CoverageItem[];
}

/** The parts of the catalogue that coverage compares with. */
export interface CoverageCatalogue {
  readonly operations: ReadonlyArray<{
    readonly action: string;
    readonly parameters: ReadonlyArray<{ readonly name: string }>;
    readonly errors: ReadonlyArray<{ readonly code: string }>;
  }>;
  readonly gatewayErrorCodes: readonly string[];
  readonly transitions: readonly string[];
}
