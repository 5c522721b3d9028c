/**
 * Shapes of the operation and error catalogue that `npm run generate` writes to
 * `generated/catalogue.ts` from the `x-acs-*` extensions of spec/alb-listener-certificates.yaml.
 */

/** A JSON Schema (draft-07 keywords) with every `$ref` resolved and the `x-*` keys removed. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * Where an error definition comes from: the ALB API metadata (`errorCodes` of each API), other public
 * documentation (the common POP gateway error list, SDK and Terraform code), or an inference where no
 * source states it (the definition's `note` explains why).
 */
export type ErrorSource = 'api-metadata' | 'documentation' | 'inference';

/** One error code with its HTTP status and message template; `%s` marks each value filled in. */
export interface ErrorDefinition {
  readonly code: string;
  readonly httpStatus: number;
  readonly message: string;
  readonly source: ErrorSource;
  readonly note?: string;
  /** The operations that document this code and message; absent for gateway errors, which apply to all. */
  readonly operations?: readonly string[];
}

/** How a client polls until the job of an asynchronous operation ends. */
export interface PollDefinition {
  /** The operation to call. */
  readonly operation: string;
  /** Poll request parameters by wire name; values are `request.<Field>` or `response.<Field>` of the original call. */
  readonly parameters: Readonly<Record<string, string>>;
  /** For a list field: which item belongs to the call (item field equal to a value of the request field). */
  readonly match?: { readonly itemField: string; readonly requestField: string };
  /** The polled field, `[]` marking a list, for example `Certificates[].Status`. */
  readonly field: string;
  readonly pending: readonly string[];
  /** The value that ends the wait, or null when only the item's disappearance ends it. */
  readonly target: string | null;
  /** The value that means the job failed. */
  readonly failed?: string;
  /** What a missing item (or a ResourceNotFound response) means: still pending, or done. */
  readonly absentMeans: 'pending' | 'done';
}

export interface AsyncDefinition {
  readonly kind: 'job';
  /** The response field that carries the job ID. */
  readonly jobIdField: string;
  readonly poll: readonly PollDefinition[];
}

export interface IdempotencyDefinition {
  readonly parameter: string;
  /** Without a token the RequestId is used, so no two requests are deduplicated. */
  readonly whenAbsent: 'requestId';
  /** Same token and same parameters: the first response again, with no new side effect. */
  readonly sameParameters: 'replay';
  /** The error code for the same token with different parameters. */
  readonly differentParameters: string;
  /** The error code for the same token while the first request is still being processed. */
  readonly inFlight: string;
  readonly remembersFailures: boolean;
  readonly remembersDryRun: boolean;
}

export interface DryRunDefinition {
  readonly parameter: string;
  /** The error code that a DryRun request gets when every check passes. */
  readonly successCode: string;
  readonly successHttpStatus: number;
}

/** A point where the sources disagree, with the choice this project made. */
export interface Disagreement {
  readonly topic: string;
  readonly chosen: string;
  readonly alternative: string;
  readonly sources: readonly string[];
  /** `operation`, or the field path such as `request.Certificates` or `response.Certificates[].Status`. */
  readonly location: string;
}

export type ParameterType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

export interface ParameterConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
}

/** One request parameter under its flattened wire name. */
export interface ParameterDefinition {
  /** The wire name pattern: `ListenerId`, `Certificates`, `Certificates.N.CertificateId`, `CertificateIds.N`. */
  readonly name: string;
  readonly type: ParameterType;
  /** Whether the parameter must be present when its parent (the request, a list item or an object) is. */
  readonly required: boolean;
  readonly constraints: ParameterConstraints;
}

export interface OperationDefinition<Action extends string = string> {
  readonly action: Action;
  readonly summary: string;
  readonly version: string;
  readonly wirePath: string;
  readonly methods: readonly string[];
  readonly async: AsyncDefinition | null;
  readonly idempotency: IdempotencyDefinition | null;
  readonly dryRun: DryRunDefinition | null;
  readonly requestSchema: JsonSchema;
  readonly responseSchema: JsonSchema;
  /** The business errors of this operation; gateway errors are in `gatewayErrors`. */
  readonly errors: readonly ErrorDefinition[];
  /** Set when the sources list more codes for this operation than the catalogue has. */
  readonly errorsIncomplete?: string;
  readonly parameters: readonly ParameterDefinition[];
  readonly disagreements: readonly Disagreement[];
}

/** A behaviour decided for the reference emulator where the sources are silent or ambiguous. */
export interface EmulatorDecision {
  readonly topic: string;
  readonly decision: string;
}
