import { describe, expect, it } from 'vitest';
import { PreflightError, runPreflight } from '../../src/conformance/target/preflight.js';
import type { FakeAnswer, ReceivedCall } from './helpers/fake-rpc.js';
import { fakeRpcClient } from './helpers/fake-rpc.js';
import { fakeTarget } from './helpers/fake-target.js';

const listeners: Record<string, { protocol: string; status: string; defaultCertificate?: string }> = {
  'lsn-https-standard-01': { protocol: 'HTTPS', status: 'Running', defaultCertificate: '20000000-cn-hangzhou' },
  'lsn-quic-standard-01': { protocol: 'QUIC', status: 'Running', defaultCertificate: '20000000-cn-hangzhou' },
  'lsn-http-standard-01': { protocol: 'HTTP', status: 'Running' },
  'lsn-https-basic-01': { protocol: 'HTTPS', status: 'Running', defaultCertificate: '20000000-cn-hangzhou' },
  'lsn-https-stopped-01': { protocol: 'HTTPS', status: 'Stopped', defaultCertificate: '20000000-cn-hangzhou' },
  'lsn-https-nodefault-01': { protocol: 'HTTPS', status: 'Running' },
};

/** Creates a handler that responds like the emulator's default seed, with `changes` applied on top. */
function seedLikeService(changes: Partial<typeof listeners> = {}, unknownCertificates: string[] = ['20999999-cn-hangzhou']) {
  const all = { ...listeners, ...changes };
  return (call: ReceivedCall): FakeAnswer => {
    const listenerId = String(call.request['ListenerId']);
    const listener = all[listenerId];
    if (listener === undefined) {
      return { ok: false, status: 404, code: 'ResourceNotFound.Listener', message: `The specified resource ${listenerId} is not found.` };
    }
    if (call.action === 'GetListenerAttribute') {
      const certificates = listener.defaultCertificate ? [{ CertificateId: listener.defaultCertificate }] : [];
      return { ok: true, body: { ListenerId: listenerId, ListenerProtocol: listener.protocol, ListenerStatus: listener.status, Certificates: certificates } };
    }

    const ids = (call.request['Certificates'] as Array<{ CertificateId: string }>).map((item) => item.CertificateId);
    const unknown = ids.find((id) => unknownCertificates.includes(id));
    if (unknown !== undefined) {
      return { ok: false, status: 404, code: 'ResourceNotFound.Certificate', message: `The specified resource ${unknown} is not found.` };
    }
    return { ok: false, status: 400, code: 'DryRunOperation', message: 'Request validation has been passed with DryRun flag set.' };
  };
}

async function preflightProblems(handler: (call: ReceivedCall) => FakeAnswer): Promise<readonly string[]> {
  try {
    await runPreflight(fakeTarget(), () => fakeRpcClient(handler));
  } catch (error) {
    expect(error).toBeInstanceOf(PreflightError);
    return (error as PreflightError).problems;
  }
  return [];
}

describe('runPreflight', () => {
  it('passes a target that matches its configuration', async () => {
    expect(await preflightProblems(seedLikeService())).toEqual([]);
  });

  it('reports an unreachable target', async () => {
    const problems = await preflightProblems(() => {
      throw new Error('connection refused by http://127.0.0.1:9');
    });

    expect(problems).toEqual([
      'The target is unreachable: connection refused by http://127.0.0.1:9. Start it, or fix --endpoint / --region.',
    ]);
  });

  it('ends the message of a timed-out target with one full stop', async () => {
    const problems = await preflightProblems(() => {
      throw new Error('POST http://127.0.0.1:9/ failed: timed out after 10000 ms without a complete response. Check that the server answers, or raise timeoutMs.');
    });

    expect(problems).toEqual([
      'The target is unreachable: POST http://127.0.0.1:9/ failed: timed out after 10000 ms without a complete response. ' +
        'Check that the server answers, or raise timeoutMs. Start it, or fix --endpoint / --region.',
    ]);
  });

  it('names a port that fetch blocks', async () => {
    const blocked = new Error('POST http://127.0.0.1:9/ failed: fetch failed (bad port)', {
      cause: new TypeError('fetch failed', { cause: new Error('bad port') }),
    });

    const problems = await preflightProblems(() => {
      throw blocked;
    });

    expect(problems).toEqual([
      'The target http://127.0.0.1:9 cannot be reached because fetch refuses to connect to port 9, a port that the Fetch ' +
        'standard blocks (https://fetch.spec.whatwg.org/#port-blocking). Start the target on another port, such as 8080, and fix --endpoint.',
    ]);
  });

  it('reports rejected credentials', async () => {
    const problems = await preflightProblems(() => ({ ok: false, status: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.' }));

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('The target rejected the default credentials (access key id unit-access-key-id): InvalidAccessKeyId.NotFound');
    expect(problems[0]).not.toContain('unit-access-key-secret-value');
  });

  it('reports rejected STS credentials', async () => {
    const sts = { accessKeyId: 'unit-sts-id', accessKeySecret: 'unit-sts-secret-value', securityToken: 'unit-sts-token-value' };
    const target = fakeTarget({ credentials: { ...fakeTarget().credentials, sts } });
    const rejectToken = (): FakeAnswer => ({ ok: false, status: 400, code: 'InvalidSecurityToken.Expired', message: 'Specified SecurityToken is expired.' });

    const error = await runPreflight(target, (credentials) => fakeRpcClient(credentials.securityToken ? rejectToken : seedLikeService())).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(PreflightError);
    expect((error as PreflightError).problems).toEqual([
      'The target rejected the sts credentials (access key id unit-sts-id): InvalidSecurityToken.Expired: Specified SecurityToken is expired. ' +
        'Check credentials.sts in the target configuration.',
    ]);
    expect((error as Error).message).not.toContain('unit-sts-token-value');
  });

  it('reports a missing listener', async () => {
    const handler = seedLikeService();
    const problems = await preflightProblems((call) =>
      call.request['ListenerId'] === 'lsn-quic-standard-01'
        ? { ok: false, status: 404, code: 'ResourceNotFound.Listener', message: 'not found' }
        : handler(call),
    );

    expect(problems).toEqual(['resources.listeners.quic: listener lsn-quic-standard-01 does not exist on the target']);
  });

  it('reports listeners that do not fit their roles', async () => {
    const problems = await preflightProblems(
      seedLikeService({
        'lsn-quic-standard-01': { protocol: 'HTTPS', status: 'Running', defaultCertificate: '20000000-cn-hangzhou' },
        'lsn-https-stopped-01': { protocol: 'HTTPS', status: 'Running', defaultCertificate: '20000000-cn-hangzhou' },
        'lsn-https-nodefault-01': { protocol: 'HTTPS', status: 'Running', defaultCertificate: '20000001-cn-hangzhou' },
      }),
    );

    expect(problems).toEqual([
      'resources.listeners.quic: listener lsn-quic-standard-01 is HTTPS, but the quic role needs a QUIC listener',
      'resources.listeners.stopped: listener lsn-https-stopped-01 is Running, but the stopped role needs status Stopped',
      'resources.listeners.noDefault: listener lsn-https-nodefault-01 has default certificate 20000001-cn-hangzhou, but the noDefault role needs none',
    ]);
  });

  it('reports certificates that do not exist', async () => {
    const problems = await preflightProblems(seedLikeService({}, ['20999999-cn-hangzhou', '20000017-cn-hangzhou']));

    expect(problems).toEqual([
      'resources.certificates.free: certificate 20000017-cn-hangzhou does not exist on the target; remove it from the list',
    ]);
  });

  it('reports a missing certificate that exists', async () => {
    const problems = await preflightProblems(seedLikeService({}, []));

    expect(problems).toEqual([
      'resources.certificates.missing: a DryRun association of 20999999-cn-hangzhou answered DryRunOperation instead of ResourceNotFound.Certificate; choose an id that does not exist',
    ]);
  });
});
