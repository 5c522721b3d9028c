import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ClauseContext } from '../../src/conformance/clause/clause-context.js';
import type { ConformanceClient } from '../../src/conformance/clause/conformance-client.js';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { PropertyFailureError, checkClauseProperty } from '../../src/properties/run/check-clause-property.js';
import type { ClauseProperty } from '../../src/properties/run/check-clause-property.js';

/** A client that succeeds on every call with an empty body. */
const okClient: ConformanceClient = {
  async call() {
    return { ok: true, status: 200, body: {}, requestId: 'request-1' } as unknown as RpcResult;
  },
};

function fakeContext(notes: string[]): ClauseContext {
  const context = {
    clause: { id: 'ACWL-PROP-999' },
    target: { kind: 'emulator' },
    polling: { deadlineMs: 15_000, intervalMs: 100 },
    client: okClient,
    note: (text: string) => notes.push(text),
  };
  return context as unknown as ClauseContext;
}

/** Fails for every listener number of 7 or more, after a call that names it. */
function thresholdProperty(seen: number[]): ClauseProperty<number> {
  return {
    arbitrary: () => fc.integer({ min: 0, max: 1000 }),
    predicate: async (value, { client }) => {
      seen.push(value);
      await client.call('GetListenerAttribute', { ListenerId: `lsn-${value}` });
      expect(value).toBeLessThan(7);
    },
  };
}

async function failureOf(promise: Promise<void>): Promise<PropertyFailureError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PropertyFailureError);
  return error as PropertyFailureError;
}

describe('checkClauseProperty', () => {
  it('reports seed, path, log and replay', async () => {
    const notes: string[] = [];

    const failure = await failureOf(checkClauseProperty(fakeContext(notes), thresholdProperty([]), { seed: 42, targetArguments: ['--endpoint', 'http://127.0.0.1:9'] }));

    expect(failure.message).toContain('Property ACWL-PROP-999 failed');
    expect(failure.message).toContain('1. GetListenerAttribute ListenerId=lsn-7 -> 200');
    expect(failure.message).toMatch(/Seed: 42, path: [\d:]+/);
    expect(failure.message).toMatch(/npx alb-conformance run --endpoint http:\/\/127\.0\.0\.1:9 --clause ACWL-PROP-999 --seed 42 --path [\d:]+/);
    expect(failure.expected).toBeDefined();
    expect(notes).toEqual([failure.message]);
  });

  it('replays exactly the printed case', async () => {
    const failure = await failureOf(checkClauseProperty(fakeContext([]), thresholdProperty([]), { seed: 42 }));
    const path = /--path ([\d:]+)/.exec(failure.message)?.[1];
    const seen: number[] = [];

    const replayed = await failureOf(checkClauseProperty(fakeContext([]), thresholdProperty(seen), { seed: 42, ...(path === undefined ? {} : { path }) }));

    expect(path).toBeDefined();
    expect(seen).toEqual([7]);
    expect(replayed.message).toContain(`--path ${path ?? ''}`);
  });

  it('notes the seed of a passing run', async () => {
    const notes: string[] = [];
    const property: ClauseProperty<number> = { arbitrary: () => fc.nat(), predicate: async () => {}, numRuns: 25 };

    await checkClauseProperty(fakeContext(notes), property, { seed: 5 });

    expect(notes).toEqual(['fast-check seed 5: 25 cases passed.']);
  });

  it('honours the numRuns setting', async () => {
    const notes: string[] = [];
    const property: ClauseProperty<number> = { arbitrary: () => fc.nat(), predicate: async () => {} };

    await checkClauseProperty(fakeContext(notes), property, { seed: 5, numRuns: 3 });

    expect(notes).toEqual(['fast-check seed 5: 3 cases passed.']);
  });

  it('stops starting cases after the budget', async () => {
    const notes: string[] = [];
    const property: ClauseProperty<number> = { arbitrary: () => fc.nat(), predicate: async () => {}, numRuns: 50, timeBudgetMs: -1 };

    await checkClauseProperty(fakeContext(notes), property, { seed: 5 });

    expect(notes).toEqual(['fast-check seed 5: 0 of 50 cases passed before the time budget ran out.']);
  });
});

/** A counter whose increments above 3 are lost: the model-based property finds it and shrinks it. */
class LossyCounter {
  value = 0;
  increment(): void {
    if (this.value < 3) this.value += 1;
  }
}

class IncrementCommand implements fc.AsyncCommand<{ count: number }, LossyCounter> {
  check(): boolean {
    return true;
  }
  async run(model: { count: number }, real: LossyCounter): Promise<void> {
    real.increment();
    model.count += 1;
    expect(real.value).toBe(model.count);
  }
  toString(): string {
    return 'increment';
  }
}

class ReadCommand implements fc.AsyncCommand<{ count: number }, LossyCounter> {
  check(): boolean {
    return true;
  }
  async run(model: { count: number }, real: LossyCounter): Promise<void> {
    expect(real.value).toBe(model.count);
  }
  toString(): string {
    return 'read';
  }
}

function counterProperty(sequences: string[]): ClauseProperty<Iterable<fc.AsyncCommand<{ count: number }, LossyCounter>>> {
  return {
    arbitrary: ({ commandsReplayPath }) =>
      fc.commands([fc.constant(new IncrementCommand()), fc.constant(new ReadCommand())], {
        maxCommands: 20,
        ...(commandsReplayPath === undefined ? {} : { replayPath: commandsReplayPath }),
      }),
    predicate: async (commands) => {
      sequences.push([...commands].map(String).join(','));
      await fc.asyncModelRun(() => ({ model: { count: 0 }, real: new LossyCounter() }), commands);
    },
  };
}

describe('checkClauseProperty over fc.commands', () => {
  it('replays the shrunk command sequence', async () => {
    const failure = await failureOf(checkClauseProperty(fakeContext([]), counterProperty([]), { seed: 7 }));
    const path = /--path (\S+)/.exec(failure.message)?.[1] ?? '';
    const sequences: string[] = [];

    await failureOf(checkClauseProperty(fakeContext([]), counterProperty(sequences), { seed: 7, path }));

    expect(path).toMatch(/^[\d:]+@[A-Za-z0-9+/]*:[A-Za-z0-9+/]*$/);
    expect(sequences).toEqual(['increment,increment,increment,increment']);
  });
});
