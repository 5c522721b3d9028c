import { describe, expect, it } from 'vitest';
import { ResponseSchemaError, createConformanceClient } from '../../src/conformance/clause/conformance-client.js';
import { EvidenceRecorder } from '../../src/conformance/clause/evidence-recorder.js';
import { parameterNamesOf } from '../../src/conformance/clause/parameter-names.js';
import { redactExchangeSecrets } from '../../src/conformance/clause/redact-secrets.js';
import { specValidators } from '../../src/conformance/clause/spec-validators.js';
import type { WireExchange } from '../../src/conformance/wire-contract.js';
import type { FakeAnswer } from './helpers/fake-rpc.js';
import { fakeRpcClient } from './helpers/fake-rpc.js';

const listedCertificates = [
  { CertificateId: '20000000-cn-hangzhou', CertificateType: 'Server', IsDefault: true, Status: 'Associated' },
];

function clientAnswering(answer: FakeAnswer) {
  const recorder = new EvidenceRecorder('ACWL-SCHEMA-900');
  const rpcClient = fakeRpcClient(() => answer);
  const client = createConformanceClient({ rpcClient, validators: specValidators, recorder, secrets: [] });
  return { client, recorder, rpcClient };
}

describe('conformance client', () => {
  it('records a valid success', async () => {
    const { client, recorder } = clientAnswering({
      ok: true,
      body: { Certificates: listedCertificates, MaxResults: 20, NextToken: '', TotalCount: 1 },
    });

    const result = await client.call('ListListenerCertificates', { ListenerId: 'lsn-1', MaxResults: 20 });

    expect(result.ok).toBe(true);
    const [call] = recorder.toEvidence().calls;
    expect(call?.action).toBe('ListListenerCertificates');
    expect(call?.parameters).toEqual(['ListenerId', 'MaxResults']);
    expect(call?.status).toBe(200);
    expect(call?.schemaViolations).toEqual([]);
  });

  it('rejects a body that breaks the spec', async () => {
    const dissociating = [{ ...listedCertificates[0], IsDefault: false, Status: 'Dissociating' }];
    const { client, recorder } = clientAnswering({
      ok: true,
      body: { Certificates: dissociating, MaxResults: 20, NextToken: '', TotalCount: 1 },
    });

    const call = client.call('ListListenerCertificates', { ListenerId: 'lsn-1' });

    await expect(call).rejects.toBeInstanceOf(ResponseSchemaError);
    await expect(call).rejects.toThrowError(/body\.Certificates\[0\]\.Status: must be one of .*\(received "Dissociating"\)/);
    expect(recorder.toEvidence().calls[0]?.schemaViolations.length).toBeGreaterThan(0);
  });

  it('validates error bodies too', async () => {
    const { client } = clientAnswering({ ok: false, status: 404, code: 'ResourceNotFound.Listener', message: 'not found' });

    const result = await client.call('GetListenerAttribute', { ListenerId: 'lsn-missing' });

    expect(result.ok).toBe(false);
  });

  it('validates the request before sending', async () => {
    const { client, rpcClient } = clientAnswering({ ok: true, body: { JobId: 'job-1' } });

    const call = client.call('AssociateAdditionalCertificatesWithListener', { Certificates: [] });

    await expect(call).rejects.toThrowError(/AssociateAdditionalCertificatesWithListener request does not match the spec: request\.ListenerId: is required/);
    expect(rpcClient.calls[0]?.options?.validate).toBeTypeOf('function');
  });

  it('sends an unchecked request as it is', async () => {
    const { client } = clientAnswering({ ok: false, status: 400, code: 'MissingListenerId', message: 'ListenerId is mandatory for this action.' });

    const result = await client.call('AssociateAdditionalCertificatesWithListener', {}, { unchecked: true });

    expect(result.ok).toBe(false);
  });

  it('records a call that got no response', async () => {
    const recorder = new EvidenceRecorder('ACWL-ERR-900');
    const rpcClient = fakeRpcClient(() => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9');
    });
    const client = createConformanceClient({ rpcClient, validators: specValidators, recorder, secrets: [] });

    await expect(client.call('GetListenerAttribute', { ListenerId: 'lsn-1' })).rejects.toThrowError('ECONNREFUSED');
    expect(recorder.toEvidence().calls[0]?.clientError).toBe('connect ECONNREFUSED 127.0.0.1:9');
  });
});

describe('parameterNamesOf', () => {
  it('names list items and nested fields as the catalogue does', () => {
    const names = parameterNamesOf({
      ListenerId: 'lsn-1',
      Certificates: [{ CertificateId: 'a' }, { CertificateId: 'b' }],
      CertificateIds: ['a'],
      QuicConfig: { QuicUpgradeEnabled: true },
      DryRun: undefined,
      ResourceIds: [],
    });

    expect(names).toEqual(['ListenerId', 'Certificates.N.CertificateId', 'CertificateIds.N', 'QuicConfig.QuicUpgradeEnabled']);
  });
});

describe('redactExchangeSecrets', () => {
  it('removes signatures, tokens and secret values', () => {
    const exchange: WireExchange = {
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:9/?Signature=abc%3D&SecurityToken=tok&ListenerId=lsn-1',
        headers: {
          authorization: 'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=deadbeef',
          'x-acs-security-token': 'sts-token-value',
          'x-custom': 'carries my-secret-value',
        },
        body: 'Signature=xyz&Name=my-secret-value',
      },
      response: { status: 400, headers: {}, body: '{"Message":"my-secret-value leaked"}' },
      durationMs: 3,
    };

    const redacted = JSON.stringify(redactExchangeSecrets(exchange, ['my-secret-value']));

    expect(redacted).not.toContain('my-secret-value');
    expect(redacted).not.toContain('deadbeef');
    expect(redacted).not.toContain('sts-token-value');
    expect(redacted).not.toContain('abc%3D');
    expect(redacted).not.toContain('xyz');
    expect(redacted).toContain('ListenerId=lsn-1');
  });
});
