import { describe, expect, it } from 'vitest';

import {
  createSignatureNonce,
  encodeWireQuery,
  formatAcsTimestamp,
  rpcV1CommonParameters,
  signRpcV1,
} from '../../../src/wire/index.js';
import type { RpcHttpRequest } from '../../../src/emulator/index.js';

import { apiVersion, seedIds, stsCredentials } from './emulator-harness.js';
import { createPipelineUnderTest, parseLogLines, pipelineHost, signedRpcRequest } from './pipeline-harness.js';

const listCertificates = 'ListListenerCertificates';

function signatureOf(request: RpcHttpRequest): string {
  const fromHeader = /Signature=([0-9a-f]+)/.exec(request.headers['authorization'] ?? '')?.[1];

  return fromHeader ?? new URLSearchParams(request.rawQuery).get('Signature') ?? '';
}

function v1Request(clock: { now(): number }, credentials: typeof stsCredentials): RpcHttpRequest {
  const common = rpcV1CommonParameters({
    action: listCertificates,
    version: apiVersion,
    timestamp: formatAcsTimestamp(new Date(clock.now())),
    nonce: createSignatureNonce(),
  });
  const signed = signRpcV1({ method: 'POST', query: { ...common, ListenerId: seedIds.httpsListener }, credentials });

  return { method: 'POST', path: '/', rawQuery: encodeWireQuery(signed.query), headers: { host: pipelineHost }, body: '' };
}

describe('emulator logs', () => {
  it('never contain the secret, a signature or the security token', async () => {
    const test = createPipelineUnderTest();
    const wrongSecret = { ...stsCredentials, accessKeySecret: 'wrong-secret-value' };
    const replayed = signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }, stsCredentials);
    const requests = [
      signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }, stsCredentials),
      signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }, wrongSecret),
      signedRpcRequest(test.clock, listCertificates, { ListenerId: seedIds.httpsListener }, { ...stsCredentials, securityToken: 'wrong-security-token' }),
      v1Request(test.clock, stsCredentials),
      v1Request(test.clock, wrongSecret),
      replayed,
      replayed,
    ];

    const statuses: number[] = [];
    for (const request of requests) {
      statuses.push((await test.pipeline.handleRpcRequest(request)).status);
    }
    const log = test.logLines.join('');

    expect(statuses).toEqual([200, 400, 400, 200, 400, 200, 400]);
    expect(parseLogLines(test.logLines).map((line) => line['code'])).toEqual([
      undefined,
      'SignatureDoesNotMatch',
      'InvalidSecurityToken.Malformed',
      undefined,
      'SignatureDoesNotMatch',
      undefined,
      'SignatureNonceUsed',
    ]);
    expect(log).not.toContain(stsCredentials.accessKeySecret);
    expect(log).not.toContain(wrongSecret.accessKeySecret);
    expect(log).not.toContain(stsCredentials.securityToken);
    expect(log).not.toContain('wrong-security-token');
    for (const request of requests) {
      const signature = signatureOf(request);
      expect(signature.length).toBeGreaterThan(20);
      expect(log).not.toContain(signature);
      expect(log).not.toContain(encodeURIComponent(signature));
    }
  });
});
