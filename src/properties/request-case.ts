import type { CertificateAction } from './certificate-actions.js';

/**
 * One request of a property. Keys of `request` that contain a dot are sent as they are
 * (`Certificates.3.CertificateId`), which lets a case break the wire form of a list.
 */
export interface RequestCase {
  readonly action: CertificateAction;
  readonly request: Readonly<Record<string, unknown>>;
}

/**
 * The constraint a request breaks: a JSON Schema keyword of the request schema, `listIndex` for a
 * `Name.N` index that is not 1, 2, 3... without gaps, or `duplicate` for a certificate id listed twice.
 */
export type ViolationKind =
  | 'required'
  | 'type'
  | 'minItems'
  | 'maxItems'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'enum'
  | 'minimum'
  | 'maximum'
  | 'listIndex'
  | 'duplicate';

/** The gateway error that a request breaking one constraint must get. */
export interface ExpectedRejection {
  readonly status: 400;
  /** `Missing<Name>` for a missing required parameter, otherwise `InvalidParameter`. */
  readonly code: string;
  /** The wire name the error must name; a longer name below it (`Certificates.1` for `Certificates`) also counts. */
  readonly parameter: string;
  readonly violation: ViolationKind;
}

/** A request that breaks exactly one constraint of the spec, tagged with the error it must get. */
export interface InvalidRequestCase extends RequestCase {
  /** The broken constraint in words, for the request log: "Certificates has 16 items, more than 15". */
  readonly breaks: string;
  readonly expected: ExpectedRejection;
}

/** Whether `reported` names `parameter` or a wire name below it. */
export function namesParameter(reported: string, parameter: string): boolean {
  return reported === parameter || reported.startsWith(`${parameter}.`);
}
