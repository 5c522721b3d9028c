import { idempotenceProcessing, idempotenceSignatureMismatch } from './business-errors.js';

type TokenEntry =
  | { state: 'processing'; fingerprint: string }
  | { state: 'completed'; fingerprint: string; response: Record<string, unknown> };

/** The decision of `begin` for a request that carries a ClientToken. */
export type TokenDecision =
  | { kind: 'new'; key: string }
  | { kind: 'replay'; response: Record<string, unknown> };

/**
 * Remembers the outcome of mutating requests per (account, action, ClientToken). The same token with the
 * same business parameters replays the first response. Other parameters raise IdempotenceSignatureMismatch,
 * and a duplicate of a request still in flight raises IdempotenceProcessing. Only successful, non-DryRun
 * requests are remembered. The store keeps at most `maxTokens` completed tokens, evicting the oldest, and
 * models no token lifetime because the ALB documentation states none.
 */
export class ClientTokenStore {
  private readonly entries = new Map<string, TokenEntry>();

  constructor(private readonly maxTokens = 100_000) {}

  get size(): number {
    return this.entries.size;
  }

  begin(accountId: string, action: string, token: string, request: Record<string, unknown>): TokenDecision {
    const key = JSON.stringify([accountId, action, token]);
    const fingerprint = fingerprintRequest(request);
    const entry = this.entries.get(key);

    if (entry?.state === 'processing') {
      throw idempotenceProcessing();
    }
    if (entry?.state === 'completed') {
      if (entry.fingerprint !== fingerprint) {
        throw idempotenceSignatureMismatch();
      }
      return { kind: 'replay', response: entry.response };
    }

    this.entries.set(key, { state: 'processing', fingerprint });
    return { kind: 'new', key };
  }

  /** Stores the response (without RequestId) of a request that `begin` accepted and that succeeded. */
  complete(key: string, response: Record<string, unknown>): void {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      return;
    }

    this.entries.delete(key);
    this.entries.set(key, { state: 'completed', fingerprint: entry.fingerprint, response });
    this.evictOldest();
  }

  /** Forgets a request that `begin` accepted and that failed, so the token may be used again. */
  abandon(key: string): void {
    this.entries.delete(key);
  }

  private evictOldest(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxTokens) {
        return;
      }
      if (entry.state === 'completed') {
        this.entries.delete(key);
      }
    }
  }
}

/** Canonical JSON of the business parameters: keys sorted at every level, ClientToken and DryRun left out. */
export function fingerprintRequest(request: Record<string, unknown>): string {
  const { ClientToken: _token, DryRun: _dryRun, ...parameters } = request;
  return canonicalJson(parameters);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareKeys(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Orders object keys by UTF-16 code units, as the default sort would, for canonical JSON. */
function compareKeys(left: string, right: string): number {
  if (left < right) {
    return -1;
  }

  return left > right ? 1 : 0;
}
