import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  createSignatureNonce,
  encodeFormBody,
  encodeWireQuery,
  formatAcsTimestamp,
  rpcV1CommonParameters,
  signRpcV1,
} from '../../../src/wire/index.js';
import type { FlatParameters } from '../../../src/wire/index.js';

import { apiVersion, seedIds, sendRaw, sendSigned, startTestEmulator, stsCredentials, testCredentials } from './emulator-harness.js';
import type { TestEmulator } from './emulator-harness.js';

const associate = 'AssociateAdditionalCertificatesWithListener';
const listCertificates = 'ListListenerCertificates';

function certificateStatus(body: Record<string, unknown>, certificateId: string): unknown {
  const certificates = body['Certificates'] as Array<Record<string, unknown>>;

  return certificates.find((certificate) => certificate['CertificateId'] === certificateId)?.['Status'];
}

describe('signed calls over node:http', () => {
  let test: TestEmulator;

  beforeEach(async () => {
    test = await startTestEmulator();
  });

  afterEach(async () => {
    await test.emulator.close();
  });

  it('associates a certificate and reports Associating, then Associated after the job duration', async () => {
    const { emulator, clock } = test;

    const associated = await sendSigned(emulator, clock, {
      action: associate,
      parameters: { ListenerId: seedIds.httpsListener, 'Certificates.1.CertificateId': seedIds.freeCertificate },
    });
    expect(associated.status).toBe(200);
    expect(associated.body['JobId']).toEqual(expect.any(String));
    expect(associated.body['RequestId']).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(associated.headers.get('content-type')).toBe('application/json;charset=utf-8');

    const pending = await sendSigned(emulator, clock, { action: listCertificates, parameters: { ListenerId: seedIds.httpsListener } });
    expect(certificateStatus(pending.body, seedIds.freeCertificate)).toBe('Associating');

    clock.advance(5000);
    const done = await sendSigned(emulator, clock, { action: listCertificates, parameters: { ListenerId: seedIds.httpsListener } });
    expect(certificateStatus(done.body, seedIds.freeCertificate)).toBe('Associated');
  });

  it('passes business errors of the core through with their status', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: associate,
      parameters: { ListenerId: 'lsn-does-not-exist', 'Certificates.1.CertificateId': seedIds.freeCertificate },
    });

    expect(answer.status).toBe(404);
    expect(answer.body['Code']).toBe('ResourceNotFound.Listener');
    expect(answer.body['Message']).toBe('The specified resource lsn-does-not-exist is not found.');
    expect(answer.body['Recommend']).toBe(
      `https://api.aliyun.com/troubleshoot?q=ResourceNotFound.Listener&product=Alb&requestId=${String(answer.body['RequestId'])}`,
    );
  });

  it('coerces wire strings before the core sees them', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: listCertificates,
      parameters: { ListenerId: seedIds.httpsListener, MaxResults: '1' },
    });

    expect(answer.status).toBe(200);
    expect(answer.body['MaxResults']).toBe(1);
    expect((answer.body['Certificates'] as unknown[]).length).toBe(1);
    expect(answer.body['NextToken']).toEqual(expect.any(String));
  });

  it('accepts STS credentials with their security token', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: listCertificates,
      parameters: { ListenerId: seedIds.httpsListener },
      credentials: stsCredentials,
    });

    expect(answer.status).toBe(200);
  });

  it('rejects an STS request whose security token does not match', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: listCertificates,
      parameters: { ListenerId: seedIds.httpsListener },
      credentials: { ...stsCredentials, securityToken: 'another-token' },
    });

    expect(answer.body['Code']).toBe('InvalidSecurityToken.Malformed');
    expect(answer.status).toBe(400);
  });

  it('accepts a V1 (HMAC-SHA1) request with every parameter in the query', async () => {
    const query = v1Query(test, { ListenerId: seedIds.httpsListener }, listCertificates);

    const answer = await sendRaw(`${test.emulator.url}/?${encodeWireQuery(query)}`, { method: 'POST' });

    expect(answer.status).toBe(200);
    expect(answer.body['TotalCount']).toBe(2);
  });

  it('accepts a Terraform-style V1 form body', async () => {
    const business = { ListenerId: seedIds.httpsListener, 'Certificates.1.CertificateId': seedIds.freeCertificate, RegionId: 'cn-hangzhou' };
    const query = v1Query(test, {}, associate, business);

    const answer = await sendRaw(`${test.emulator.url}/?${encodeWireQuery(query)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeFormBody(business),
    });

    expect(answer.status).toBe(200);
    expect(answer.body['JobId']).toEqual(expect.any(String));
  });

  it('accepts GET as well as POST', async () => {
    const query = v1Query(test, { ListenerId: seedIds.httpsListener }, listCertificates, {}, 'GET');

    const answer = await sendRaw(`${test.emulator.url}/?${encodeWireQuery(query)}`, { method: 'GET' });

    expect(answer.status).toBe(200);
  });
});

/** Builds a V1-signed query: the common parameters, the business `parameters` and the signature. */
function v1Query(test: TestEmulator, parameters: FlatParameters, action: string, body: FlatParameters = {}, method = 'POST'): FlatParameters {
  const common = rpcV1CommonParameters({
    action,
    version: apiVersion,
    timestamp: formatAcsTimestamp(new Date(test.clock.now())),
    nonce: createSignatureNonce(),
  });

  return signRpcV1({ method, query: { ...common, ...parameters }, body, credentials: testCredentials }).query;
}
