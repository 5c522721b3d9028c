import { describe, expect, it, vi } from 'vitest';

import { seedIds } from './emulator-harness.js';
import { createPipelineUnderTest, parseLogLines, signedRpcRequest } from './pipeline-harness.js';

const listCertificates = 'ListListenerCertificates';

describe('RPC pipeline', () => {
  it('answers an emulator bug with 500 InternalError and logs its stack', async () => {
    const test = createPipelineUnderTest({
      core: (core) => ({ ...core, invoke: () => Promise.reject(new TypeError('core exploded')) }),
    });

    const response = await test.pipeline.handleRpcRequest(signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }));

    const body = JSON.parse(response.body) as Record<string, unknown>;
    expect(response.status).toBe(500);
    expect(body['Code']).toBe('InternalError');
    const bugLine = parseLogLines(test.logLines).find((line) => line['level'] === 50);
    expect(bugLine?.['requestId']).toBe(body['RequestId']);
    expect(String((bugLine?.['err'] as Record<string, unknown>)['stack'])).toContain('TypeError: core exploded');
  });

  it('logs one line per request with its ids, status and code', async () => {
    const test = createPipelineUnderTest();

    const response = await test.pipeline.handleRpcRequest(signedRpcRequest(test.clock, listCertificates, { ListenerId: 'lsn-missing' }));

    const body = JSON.parse(response.body) as Record<string, unknown>;
    const [line] = parseLogLines(test.logLines);
    expect(test.logLines).toHaveLength(1);
    expect(line?.['msg']).toBe('request handled');
    expect(line?.['requestId']).toBe(body['RequestId']);
    expect(line?.['action']).toBe(listCertificates);
    expect(line?.['listenerId']).toBe('lsn-missing');
    expect(line?.['status']).toBe(404);
    expect(line?.['code']).toBe('ResourceNotFound.Listener');
    expect(line?.['durationMs']).toEqual(expect.any(Number));
  });

  it('answers every request with 5xx when errorRate is 1', async () => {
    const test = createPipelineUnderTest({ faults: { errorRate: 1, randomSeed: 7 } });
    const codes = new Set<string>();

    for (let index = 0; index < 20; index += 1) {
      const response = await test.pipeline.handleRpcRequest(signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }));
      const body = JSON.parse(response.body) as Record<string, unknown>;
      codes.add(`${response.status} ${String(body['Code'])}`);
    }

    expect([...codes].sort()).toEqual(['500 InternalError', '503 ServiceUnavailable']);
  });

  it('throttles with x-acs-retry-after in milliseconds when throttleRate is 1', async () => {
    const test = createPipelineUnderTest({ faults: { throttleRate: 1, throttleRetryAfterMs: 250 } });

    const response = await test.pipeline.handleRpcRequest(signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }));

    const body = JSON.parse(response.body) as Record<string, unknown>;
    expect(response.status).toBe(400);
    expect(body['Code']).toBe('Throttling.User');
    expect(response.headers['x-acs-retry-after']).toBe('250');
  });

  it('draws the same faults for the same random seed', async () => {
    const statusesFor = async (randomSeed: number): Promise<number[]> => {
      const test = createPipelineUnderTest({ faults: { errorRate: 0.3, throttleRate: 0.3, randomSeed } });
      const statuses: number[] = [];
      for (let index = 0; index < 30; index += 1) {
        const request = signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener });
        statuses.push((await test.pipeline.handleRpcRequest(request)).status);
      }

      return statuses;
    };

    const first = await statusesFor(42);
    const second = await statusesFor(42);

    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 400, 500, 503]));
  });

  it('leaves the core unchanged when it injects a fault', async () => {
    const test = createPipelineUnderTest({ faults: { errorRate: 1 } });
    const before = JSON.stringify(test.core.snapshot());

    await test.pipeline.handleRpcRequest(
      signedRpcRequest(test.clock, 'AssociateAdditionalCertificatesWithListener', {
        ListenerId: seedIds.httpsListener,
        'Certificates.1.CertificateId': seedIds.freeCertificate,
      }),
    );

    expect(JSON.stringify(test.core.snapshot())).toBe(before);
  });

  it('holds the answer back by the latency fault', async () => {
    const test = createPipelineUnderTest({ faults: { latencyMs: 60_000 } });
    vi.useFakeTimers({ toFake: ['setTimeout'] });

    try {
      let settled = false;
      const pending = test.pipeline
        .handleRpcRequest(signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }))
        .then((response) => {
          settled = true;
          return response;
        });

      await vi.advanceTimersByTimeAsync(59_999);
      expect(settled).toBe(false);

      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects rates outside 0..1 naming the option', () => {
    expect(() => createPipelineUnderTest({ faults: { throttleRate: 1.5 } })).toThrow(
      'Fault option throttleRate must be a probability between 0 and 1, but it is 1.5.',
    );
  });
});
