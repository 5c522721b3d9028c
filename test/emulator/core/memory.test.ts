import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { ManualClock, createEmulatorCore, loadSeed, type EmulatorCore, type Seed } from '../../../src/emulator/core/index.js';

const loadBalancerCount = 100;
const listenersPerLoadBalancer = 100;
const certificatesPerListener = 10;

/** 10,000 HTTPS listeners, each with a default and 10 additional certificates: 100,000 associations. */
function largeSeed(): Seed {
  const accountId = '1234567890123456';
  const certificateIds = Array.from({ length: certificatesPerListener + 1 }, (_, index) => `${30000000 + index}-cn-hangzhou`);
  const seed: Seed = {
    region: 'cn-hangzhou',
    accounts: [{ accountId, accessKeys: [{ accessKeyId: 'key', accessKeySecret: 'secret' }] }],
    loadBalancers: [],
    certificates: certificateIds.map((certificateId) => ({ certificateId, type: 'Server', accountId })),
    listeners: [],
  };

  for (let lb = 0; lb < loadBalancerCount; lb += 1) {
    const loadBalancerId = `alb-memory-${lb}`;
    seed.loadBalancers.push({ loadBalancerId, accountId, edition: 'Standard', certificateQuota: 2000 });
    for (let index = 0; index < listenersPerLoadBalancer; index += 1) {
      seed.listeners.push({
        listenerId: `lsn-memory-${lb}-${index}`,
        loadBalancerId,
        protocol: 'HTTPS',
        port: 1000 + index,
        status: 'Running',
        defaultCertificateId: certificateIds[0],
        additionalCertificateIds: certificateIds.slice(1),
      });
    }
  }

  return seed;
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('memory footprint', () => {
  it('100,000 associations fit under 150 MB', async () => {
    const seedText = JSON.stringify(largeSeed());
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;

    let core: EmulatorCore | undefined = createEmulatorCore({
      seed: loadSeed(seedText, 'json'),
      clock: new ManualClock(),
    });
    collectGarbage();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    const listing = await core.invoke({
      action: 'ListListenerCertificates',
      request: { ListenerId: 'lsn-memory-99-99', MaxResults: 100 },
      requestId: 'memory-check',
      accountId: '1234567890123456',
      accessKeyId: 'key',
    });
    expect(listing.TotalCount).toBe(certificatesPerListener + 1);
    expect(core.snapshot().loadBalancers[0]?.certificateUsage).toBe(listenersPerLoadBalancer * certificatesPerListener);
    expect(heapGrowthMb).toBeLessThan(150);
    core = undefined;
  });
});
