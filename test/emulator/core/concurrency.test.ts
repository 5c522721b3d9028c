import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../src/emulator/core/index.js';
import { certificate, createHarness, defaultSeed } from './core-harness.js';

describe('concurrent Associate calls', () => {
  it('50 calls never exceed the quota', async () => {
    const seed = defaultSeed();
    seed.listeners.push({
      listenerId: 'lsn-quic-basic-01',
      loadBalancerId: 'alb-basic-01',
      protocol: 'QUIC',
      port: 443,
      status: 'Running',
      defaultCertificateId: certificate(0),
    });
    const harness = createHarness({ seed, jobDurationMs: 0, acceptLatencyMs: 10 });

    const calls = Array.from({ length: 50 }, (_, index) =>
      harness.call('AssociateAdditionalCertificatesWithListener', {
        ListenerId: index % 2 === 0 ? 'lsn-https-basic-01' : 'lsn-quic-basic-01',
        Certificates: [{ CertificateId: certificate(Math.floor(index / 2) + 1) }],
        // Only requests with a new ClientToken wait out the accept latency, so every call gets one.
        ClientToken: `quota-race-${index}`,
      }),
    );
    expect(harness.clock.pendingSleepers).toBe(50);
    harness.clock.advance(10);
    const outcomes = await Promise.allSettled(calls);

    const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const errorCodes = new Set(
      outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as ApiError).code] : [])),
    );
    const snapshot = harness.core.snapshot();
    const loadBalancer = snapshot.loadBalancers.find((item) => item.loadBalancerId === 'alb-basic-01');
    const associations = snapshot.listeners
      .filter((listener) => listener.loadBalancerId === 'alb-basic-01')
      .reduce((sum, listener) => sum + listener.additionalCertificates.length, 0);
    expect(accepted).toHaveLength(10);
    expect(errorCodes).toEqual(new Set(['ResourceQuotaExceeded.LoadBalancerCertificatesNum']));
    expect(loadBalancer?.certificateUsage).toBe(10);
    expect(associations).toBe(10);
  });

  it('one listener accepts one certificate job at a time', async () => {
    const harness = createHarness({ acceptLatencyMs: 10 });

    const calls = Array.from({ length: 5 }, (_, index) =>
      harness.call('AssociateAdditionalCertificatesWithListener', {
        ListenerId: 'lsn-https-standard-01',
        Certificates: [{ CertificateId: certificate(index + 1) }],
        ClientToken: `listener-race-${index}`,
      }),
    );
    expect(harness.clock.pendingSleepers).toBe(5);
    harness.clock.advance(10);
    const outcomes = await Promise.allSettled(calls);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const codes = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as ApiError).code] : []));
    expect(codes).toEqual(Array(4).fill('ResourceInConfiguring.Listener'));
  });
});

describe('accept latency', () => {
  it('delays only requests with a new ClientToken', async () => {
    const harness = createHarness({ acceptLatencyMs: 10 });

    const withoutToken = harness.call('ListListenerCertificates', { ListenerId: 'lsn-https-standard-01' });
    const withToken = harness.call('AssociateAdditionalCertificatesWithListener', {
      ListenerId: 'lsn-https-standard-01',
      Certificates: [{ CertificateId: certificate(1) }],
      ClientToken: 'latency-token',
    });

    await expect(withoutToken).resolves.toHaveProperty('TotalCount', 2);
    expect(harness.clock.pendingSleepers).toBe(1);
    harness.clock.advance(10);
    await expect(withToken).resolves.toHaveProperty('JobId');
  });
});
