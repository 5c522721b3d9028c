import { describe, expect, it } from 'vitest';

import { NonceStore } from '../../../src/emulator/http/nonce-store.js';

describe('NonceStore', () => {
  it('rejects a nonce reused within the window', () => {
    const store = new NonceStore({ windowMs: 1000, maxEntries: 10 });

    expect(store.claim('key-a', 'nonce-1', 0)).toBe(true);
    expect(store.claim('key-a', 'nonce-1', 999)).toBe(false);
  });

  it('accepts a nonce again once the window has passed', () => {
    const store = new NonceStore({ windowMs: 1000, maxEntries: 10 });
    store.claim('key-a', 'nonce-1', 0);

    expect(store.claim('key-a', 'nonce-1', 1000)).toBe(true);
  });

  it('keeps nonces apart per access key', () => {
    const store = new NonceStore({ windowMs: 1000, maxEntries: 10 });
    store.claim('key-a', 'nonce-1', 0);

    expect(store.claim('key-b', 'nonce-1', 1)).toBe(true);
  });

  it('drops expired entries so memory stays bounded by the window', () => {
    const store = new NonceStore({ windowMs: 1000, maxEntries: 10 });
    store.claim('key-a', 'nonce-1', 0);
    store.claim('key-a', 'nonce-2', 500);

    store.claim('key-a', 'nonce-3', 1200);

    expect(store.size).toBe(2);
  });

  it('forgets the oldest nonce past maxEntries', () => {
    const store = new NonceStore({ windowMs: 1000, maxEntries: 2 });
    store.claim('key-a', 'nonce-1', 0);
    store.claim('key-a', 'nonce-2', 1);
    store.claim('key-a', 'nonce-3', 2);

    expect(store.size).toBe(2);
    expect(store.claim('key-a', 'nonce-1', 3)).toBe(true);
    expect(store.claim('key-a', 'nonce-3', 3)).toBe(false);
  });
});
