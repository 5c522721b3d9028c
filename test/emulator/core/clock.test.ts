import { describe, expect, it } from 'vitest';

import { ManualClock } from '../../../src/emulator/core/index.js';

describe('ManualClock', () => {
  it('resolves sleepers when time reaches them', async () => {
    const clock = new ManualClock(1000);
    const woken: string[] = [];
    const late = clock.sleep(200).then(() => woken.push('late'));
    const early = clock.sleep(100).then(() => woken.push('early'));

    clock.advance(150);
    await early;
    expect(woken).toEqual(['early']);
    expect(clock.pendingSleepers).toBe(1);
    clock.advance(50);
    await late;

    expect(woken).toEqual(['early', 'late']);
    expect(clock.now()).toBe(1200);
  });

  it('rejects a negative advance', () => {
    expect(() => new ManualClock().advance(-1)).toThrow('ManualClock.advance: ms must be a finite number >= 0, got -1');
  });
});
