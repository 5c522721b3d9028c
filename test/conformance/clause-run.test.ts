import { describe, expect, it } from 'vitest';
import type { ClauseRuntime } from '../../src/conformance/clause/clause-context.js';
import { ClauseTimeoutError, runClause } from '../../src/conformance/clause/clause-run.js';
import { ClauseExpectationError, expectError, expectOk } from '../../src/conformance/clause/expectations.js';
import { EvidenceRecorder } from '../../src/conformance/clause/evidence-recorder.js';
import { specValidators } from '../../src/conformance/clause/spec-validators.js';
import { WaitTimeoutError, waitFor } from '../../src/conformance/clause/wait-for.js';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import type { FakeAnswer, ReceivedCall } from './helpers/fake-rpc.js';
import { fakeRpcClient } from './helpers/fake-rpc.js';
import { fakeTarget } from './helpers/fake-target.js';
import { manualPollingClock } from './helpers/manual-polling-clock.js';
import { sampleClause } from './helpers/sample-clause.js';

const clause = sampleClause({ id: 'ACWL-ASYNC-900', operations: ['AssociateAdditionalCertificatesWithListener'] });

function failedResult(code: string, status: number, message: string): RpcResult {
  const exchange = { request: { method: 'POST', url: 'http://127.0.0.1:9/', headers: {}, body: '' }, response: undefined, durationMs: 0 };
  return { ok: false, status, code, message, body: {}, exchange };
}

describe('expectError', () => {
  it('returns a matching failure', () => {
    const result = failedResult('ResourceNotFound.Listener', 404, 'The specified resource lsn-x is not found.');

    const failure = expectError(result, { code: 'ResourceNotFound.Listener', status: 404, message: /lsn-x/ });

    expect(failure.code).toBe('ResourceNotFound.Listener');
  });

  it('names every mismatch', () => {
    const result = failedResult('InvalidParameter', 400, 'bad');

    const check = () => expectError(result, { code: 'ResourceNotFound.Listener', status: 404, message: 'not found' });

    expect(check).toThrowError(ClauseExpectationError);
    expect(check).toThrowError(
      'Expected error ResourceNotFound.Listener, but received code "InvalidParameter" instead of "ResourceNotFound.Listener", HTTP 400 instead of 404, message "bad" instead of not found',
    );
  });

  it('fails on a success', () => {
    const success: RpcResult = { ...failedResult('x', 200, 'x'), ok: true, body: { JobId: 'j' }, requestId: 'r' } as RpcResult;

    expect(() => expectError(success, { code: 'DryRunOperation' })).toThrowError(
      'Expected error DryRunOperation, but the call succeeded with HTTP 200',
    );
  });
});

describe('expectOk', () => {
  it('reports the received error', () => {
    const check = () => expectOk(failedResult('IncorrectStatus.Listener', 400, 'The status of lsn-1 [Stopped] is incorrect.'));

    expect(check).toThrowError('Expected success, but received HTTP 400 IncorrectStatus.Listener: The status of lsn-1 [Stopped] is incorrect.');
  });
});

describe('waitFor', () => {
  it('polls until the condition holds', async () => {
    const clock = manualPollingClock();
    const recorder = new EvidenceRecorder('ACWL-ASYNC-900');
    const statuses = ['Associating', 'Associating', 'Associated'];

    const status = await waitFor(async () => statuses.shift(), { describe: 'certificate c to be Associated', until: (value) => value === 'Associated' }, { deadlineMs: 1000, intervalMs: 100 }, recorder, clock);

    expect(status).toBe('Associated');
    expect(clock.sleeps).toEqual([100, 100]);
    expect(recorder.toEvidence().waits[0]).toEqual({
      describe: 'certificate c to be Associated',
      observations: ['"Associating"', '"Associated"'],
      outcome: 'reached',
      elapsedMs: 200,
    });
  });

  it('times out naming what it observed', async () => {
    const clock = manualPollingClock();
    const recorder = new EvidenceRecorder('ACWL-ASYNC-900');

    const wait = waitFor(async () => 'Associating', { describe: 'certificate c to be Associated', until: (value) => value === 'Associated' }, { deadlineMs: 500, intervalMs: 100 }, recorder, clock);

    await expect(wait).rejects.toBeInstanceOf(WaitTimeoutError);
    await expect(wait).rejects.toThrowError('Timed out after 500 ms waiting for certificate c to be Associated; last observed "Associating"');
    expect(clock.now()).toBeLessThanOrEqual(500);
  });
});

/** Creates a fake listener whose additional certificates change as soon as a job is requested. */
function fakeListenerService(initial: string[]) {
  const additional = new Set(initial);
  const handler = (call: ReceivedCall): FakeAnswer => {
    const ids = ((call.request['Certificates'] as Array<{ CertificateId: string }> | undefined) ?? []).map((item) => item.CertificateId);
    if (call.action === 'AssociateAdditionalCertificatesWithListener') {
      ids.forEach((id) => additional.add(id));
      return { ok: true, body: { JobId: 'job-a' } };
    }
    if (call.action === 'DissociateAdditionalCertificatesFromListener') {
      ids.forEach((id) => additional.delete(id));
      return { ok: true, body: { JobId: 'job-d' } };
    }
    const certificates = [
      { CertificateId: 'default-cert', CertificateType: 'Server', IsDefault: true, Status: 'Associated' },
      ...[...additional].map((id) => ({ CertificateId: id, CertificateType: 'Server', IsDefault: false, Status: 'Associated' })),
    ];
    return { ok: true, body: { Certificates: certificates, MaxResults: 100, NextToken: '', TotalCount: certificates.length } };
  };
  return { additional, rpcClient: fakeRpcClient(handler) };
}

function runtimeFor(rpcClient: ReturnType<typeof fakeRpcClient>): ClauseRuntime {
  return { createRpcClient: () => rpcClient, validators: specValidators, clock: manualPollingClock() };
}

describe('runClause', () => {
  it('restores the listener after a failing body', async () => {
    const service = fakeListenerService(['kept-cert', 'removed-cert']);

    const outcome = await runClause(clause, fakeTarget(), runtimeFor(service.rpcClient), async (context) => {
      await context.restoreListenerCertificates('lsn-1');
      await context.client.call('AssociateAdditionalCertificatesWithListener', { ListenerId: 'lsn-1', Certificates: [{ CertificateId: 'added-cert' }] });
      await context.client.call('DissociateAdditionalCertificatesFromListener', { ListenerId: 'lsn-1', Certificates: [{ CertificateId: 'removed-cert' }] });
      throw new Error('the clause failed midway');
    });

    expect((outcome.error as Error).message).toBe('the clause failed midway');
    expect([...service.additional].sort()).toEqual(['kept-cert', 'removed-cert']);
    expect(outcome.evidence.failures).toEqual([{ message: 'the clause failed midway' }]);
    const cleanupActions = outcome.evidence.calls.filter((call) => call.phase === 'cleanup').map((call) => call.action);
    expect(cleanupActions).toContain('DissociateAdditionalCertificatesFromListener');
    expect(cleanupActions).toContain('AssociateAdditionalCertificatesWithListener');
  });

  it('runs cleanups last registered first', async () => {
    const service = fakeListenerService([]);
    const order: string[] = [];

    const outcome = await runClause(clause, fakeTarget(), runtimeFor(service.rpcClient), async (context) => {
      context.onCleanup('first', async () => {
        order.push('first');
      });
      context.onCleanup('second', async () => {
        order.push('second');
      });
    });

    expect(outcome.error).toBeUndefined();
    expect(order).toEqual(['second', 'first']);
  });

  it('fails a passing clause whose cleanup fails', async () => {
    const service = fakeListenerService([]);

    const outcome = await runClause(clause, fakeTarget(), runtimeFor(service.rpcClient), async (context) => {
      context.onCleanup('delete the test listener', async () => {
        throw new Error('ResourceInUse.Listener');
      });
    });

    expect((outcome.error as Error).message).toContain('Cleanup "delete the test listener" failed: ResourceInUse.Listener');
    expect(outcome.evidence.cleanupErrors).toEqual(['Cleanup "delete the test listener" failed: ResourceInUse.Listener']);
  });

  it('records expected and received of a failed expectation', async () => {
    const rpcClient = fakeRpcClient(() => ({ ok: false, status: 400, code: 'InvalidParameter', message: 'Invalid parameter, please check the parameter input.' }));

    const outcome = await runClause(clause, fakeTarget(), runtimeFor(rpcClient), async (context) => {
      context.expectError(await context.client.call('GetListenerAttribute', { ListenerId: 'lsn-1' }), { code: 'ResourceNotFound.Listener', status: 404 });
    });

    expect(outcome.evidence.failures[0]?.expected).toEqual({ code: 'ResourceNotFound.Listener', status: 404 });
    expect(outcome.evidence.failures[0]?.received).toEqual({ code: 'InvalidParameter', status: 400, message: 'Invalid parameter, please check the parameter input.' });
  });

  it('keeps secrets out of the evidence', async () => {
    const target = fakeTarget();
    const rpcClient = fakeRpcClient(() => ({ ok: false, status: 400, code: 'InvalidParameter', message: `echo ${target.credentials.default.accessKeySecret}` }));

    const outcome = await runClause(clause, target, runtimeFor(rpcClient), async (context) => {
      await context.client.call('GetListenerAttribute', { ListenerId: 'lsn-1' });
    });

    expect(JSON.stringify(outcome.evidence)).not.toContain(target.credentials.default.accessKeySecret);
  });

  it('runs cleanups after a body that hangs', async () => {
    const service = fakeListenerService([]);
    let cleaned = false;

    const outcome = await runClause(
      clause,
      fakeTarget(),
      runtimeFor(service.rpcClient),
      async (context) => {
        context.onCleanup('mark the cleanup', async () => {
          cleaned = true;
        });
        await new Promise(() => {});
      },
      { bodyTimeoutMs: 20, settleMs: 5 },
    );

    expect(outcome.error).toBeInstanceOf(ClauseTimeoutError);
    expect((outcome.error as Error).message).toBe('Clause ACWL-ASYNC-900 did not finish within 20 ms; its waits were stopped and its cleanups ran');
    expect(cleaned).toBe(true);
  });

  it('stops the waits of a timed-out body', async () => {
    const service = fakeListenerService([]);
    let waitError: unknown;

    await runClause(
      clause,
      fakeTarget(),
      { ...runtimeFor(service.rpcClient), clock: { now: () => 0, sleep: () => new Promise((resolve) => setTimeout(resolve, 5)) } },
      async (context) => {
        try {
          await context.waitFor(async () => 'Associating', { describe: 'certificate c to be Associated', until: () => false });
        } catch (error) {
          waitError = error;
        }
      },
      { bodyTimeoutMs: 20, settleMs: 1000 },
    );

    expect((waitError as Error).message).toBe('Stopped waiting for certificate c to be Associated because the clause ran out of time');
  });

  it('signs with the STS credentials, with or without the token', async () => {
    const sts = { accessKeyId: 'unit-sts-id', accessKeySecret: 'unit-sts-secret-value', securityToken: 'unit-sts-token-value' };
    const target = fakeTarget({ credentials: { ...fakeTarget().credentials, sts } });
    const signedWith: Array<{ accessKeyId: string; securityToken?: string }> = [];
    const rpcClient = fakeRpcClient(() => ({ ok: false, status: 400, code: 'InvalidSecurityToken.Malformed', message: `echo ${sts.securityToken}` }));
    const runtime: ClauseRuntime = {
      createRpcClient: (credentials) => {
        signedWith.push({ accessKeyId: credentials.accessKeyId, ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}) });
        return rpcClient;
      },
      validators: specValidators,
    };

    const outcome = await runClause(clause, target, runtime, async (context) => {
      await context.clientFor('sts').call('GetListenerAttribute', { ListenerId: 'lsn-1' });
      await context.clientFor('sts', { omitSecurityToken: true }).call('GetListenerAttribute', { ListenerId: 'lsn-1' });
    });

    expect(outcome.error).toBeUndefined();
    expect(signedWith.slice(1)).toEqual([{ accessKeyId: 'unit-sts-id', securityToken: 'unit-sts-token-value' }, { accessKeyId: 'unit-sts-id' }]);
    expect(JSON.stringify(outcome.evidence)).not.toContain(sts.securityToken);
  });

  it('names a credential role the target lacks', async () => {
    const outcome = await runClause(clause, fakeTarget(), runtimeFor(fakeRpcClient(() => ({ ok: true, body: {} }))), async (context) => {
      context.clientFor('sts');
    });

    expect((outcome.error as Error).message).toBe('Clause ACWL-ASYNC-900 uses the sts credentials, but the target has none; add stsCredentials to its needs');
  });

  it('names a resource the target lacks', async () => {
    const target = fakeTarget({ resources: { listeners: {}, certificates: { free: [] } } });

    const outcome = await runClause(clause, target, runtimeFor(fakeRpcClient(() => ({ ok: true, body: {} }))), async (context) => {
      context.listener('quic');
    });

    expect((outcome.error as Error).message).toBe(
      'Clause ACWL-ASYNC-900 uses listener.quic, but the target configuration has none; add listener.quic to its needs',
    );
  });
});
