// Ids that no target has, for the clauses about missing resources and unknown credentials.

/** A listener id that does not exist on any target. */
export const unknownListenerId = 'lsn-acwl-does-not-exist-0001';

/** An AccessKey id that no target has, with a secret to sign with. */
export const unknownAccessKey = {
  accessKeyId: 'acwl-unknown-access-key-id',
  accessKeySecret: 'acwl-unknown-access-key-secret',
} as const;
