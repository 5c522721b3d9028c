import type { SignatureStyle } from './types.js';

/** The gateway error codes a signature check can end with. */
export type SignatureFailureCode =
  | 'IncompleteSignature'
  | 'SignatureDoesNotMatch'
  | 'InvalidAccessKeyId.NotFound'
  | 'InvalidSecurityToken.Malformed'
  | 'InvalidTimeStamp.Format';

/**
 * Outcome of a signature check. On success it carries the timestamp and nonce so the caller can
 * check freshness and reuse against its own clock. On failure, `reason` is for humans and never
 * contains the secret, the security token or the expected signature.
 */
export type VerifyResult =
  | {
      ok: true;
      style: SignatureStyle;
      accessKeyId: string;
      /** `x-acs-date` (V3) or `Timestamp` (V1), in the form `2026-12-04T19:51:12Z`. */
      timestamp: string;
      /** `x-acs-signature-nonce` (V3) or `SignatureNonce` (V1). */
      nonce: string;
      securityToken?: string;
    }
  | { ok: false; code: SignatureFailureCode; reason: string };

/** Looks up what the server stores for an AccessKey id, or returns undefined when the id is unknown. */
export type CredentialLookup = (
  accessKeyId: string,
) => { accessKeySecret: string; securityToken?: string } | undefined;

export function rejectRequest(code: SignatureFailureCode, reason: string): VerifyResult {
  return { ok: false, code, reason };
}
