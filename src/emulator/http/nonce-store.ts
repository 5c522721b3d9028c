/** Options of a {@link NonceStore}. */
export interface NonceStoreOptions {
  /** How long a nonce stays used, in milliseconds. */
  windowMs: number;
  /** Maximum number of remembered nonces; the oldest is forgotten first. */
  maxEntries: number;
}

/**
 * Remembers the signature nonces of the last `windowMs` per access key, so that a replayed request
 * is rejected with SignatureNonceUsed. Entries are kept in insertion order, which is also expiry
 * order while the clock moves forward, so expired entries are dropped from the front.
 */
export class NonceStore {
  private readonly expiries = new Map<string, number>();
  private readonly windowMs: number;
  private readonly maxEntries: number;

  constructor(options: NonceStoreOptions) {
    this.windowMs = options.windowMs;
    this.maxEntries = options.maxEntries;
  }

  /** Records the nonce of `accessKeyId` at `now` (epoch ms); returns false when it is still in use. */
  claim(accessKeyId: string, nonce: string, now: number): boolean {
    const key = `${accessKeyId}\n${nonce}`;
    this.dropExpired(now);

    const expiresAt = this.expiries.get(key);
    if (expiresAt !== undefined && expiresAt > now) {
      return false;
    }

    // Re-inserting moves the key to the end, so the map stays sorted by expiry.
    this.expiries.delete(key);
    this.expiries.set(key, now + this.windowMs);
    this.dropOverflow();

    return true;
  }

  /** Number of nonces currently remembered. */
  get size(): number {
    return this.expiries.size;
  }

  private dropExpired(now: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > now) {
        return;
      }
      this.expiries.delete(key);
    }
  }

  // NOTE: past maxEntries a nonce can be forgotten before its window ends, so a replay of that
  // oldest request would be accepted again. The bound keeps memory flat under sustained load.
  private dropOverflow(): void {
    for (const key of this.expiries.keys()) {
      if (this.expiries.size <= this.maxEntries) {
        return;
      }
      this.expiries.delete(key);
    }
  }
}
