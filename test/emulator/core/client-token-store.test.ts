import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../src/emulator/core/api-error.js';
import { ClientTokenStore, fingerprintRequest } from '../../../src/emulator/core/client-token-store.js';

describe('ClientTokenStore', () => {
  it('evicts the oldest completed token', () => {
    const store = new ClientTokenStore(2);
    for (const token of ['a', 'b', 'c']) {
      const decision = store.begin('account', 'Action', token, { Value: token });
      if (decision.kind !== 'new') {
        throw new Error(`token ${token} should be new`);
      }
      store.complete(decision.key, { JobId: `job-${token}` });
    }

    expect(store.size).toBe(2);
    expect(store.begin('account', 'Action', 'c', { Value: 'c' })).toEqual({ kind: 'replay', response: { JobId: 'job-c' } });
    expect(store.begin('account', 'Action', 'a', { Value: 'a' }).kind).toBe('new');
  });

  it('keeps in-flight tokens when evicting', () => {
    const store = new ClientTokenStore(1);
    store.begin('account', 'Action', 'in-flight', {});
    const decision = store.begin('account', 'Action', 'done', {});
    if (decision.kind !== 'new') {
      throw new Error('token done should be new');
    }
    store.complete(decision.key, {});

    expect(() => store.begin('account', 'Action', 'in-flight', {})).toThrow(ApiError);
  });

  it('fingerprint ignores ClientToken, DryRun and key order', () => {
    const first = fingerprintRequest({ B: [{ Y: 1, X: 2 }], A: 'a', ClientToken: 'one', DryRun: false });
    const second = fingerprintRequest({ A: 'a', B: [{ X: 2, Y: 1 }], ClientToken: 'two' });

    expect(first).toBe(second);
    expect(first).toBe('{"A":"a","B":[{"X":2,"Y":1}]}');
  });
});
