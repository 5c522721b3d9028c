import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { actionNames } from '../../../generated/catalogue.js';
import type { RpcHttpRequest, RpcHttpResponse } from '../../../src/emulator/index.js';

import { apiVersion, seedIds } from './emulator-harness.js';
import { createPipelineUnderTest, pipelineHost, signedRpcRequest } from './pipeline-harness.js';

/** Characters that stress percent-decoding, splitting and UTF-8 handling. */
const trickyText = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', '9', '.', '-', '%', '%2', '%zz', '%E4', '%B8%AD', '=', '&', '+', ' ', '中', '\u0000', '~', '*', '__proto__'),
  maxLength: 12,
});

const wireKeys = fc.constantFrom(
  'ListenerId',
  'Certificates.1.CertificateId',
  'Certificates.2.CertificateId',
  'Certificates.3.CertificateId',
  'Certificates.0.CertificateId',
  'Certificates.1',
  'Certificates',
  'CertificateIds.1',
  'CertificateIds.2',
  'CertificateType',
  'ClientToken',
  'DryRun',
  'MaxResults',
  'NextToken',
  'JobIds.1',
  'ResourceIds.1',
  'ResourceType',
  'ApiName',
  'BeginTime',
  'EndTime',
  'LoadBalancerId',
  'ListenerProtocol',
  'ListenerPort',
  'ListenerDescription',
  'DefaultActions.1.Type',
  'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId',
  'XForwardedForConfig.XForwardedForEnabled',
  'QuicConfig.QuicUpgradeEnabled',
  'Tag.1.Key',
  'RegionId',
  'Action',
  'Version',
  '__proto__',
  'constructor',
);

const wireValues = fc.oneof(
  fc.constantFrom(
    seedIds.httpsListener,
    seedIds.quicListener,
    seedIds.httpListener,
    seedIds.freeCertificate,
    seedIds.defaultCertificate,
    seedIds.associatedCertificate,
    '29000001-cn-hangzhou',
    'alb-standard-01',
    'HTTPS',
    'HTTP',
    'ForwardGroup',
    'Server',
    'Ca',
    'true',
    'false',
    'yes',
    '0',
    '1',
    '-1',
    '101',
    '1e3',
    '99999999999999999999',
    '',
  ),
  fc.string({ maxLength: 70 }),
);

function parseBody(response: RpcHttpResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

describe('pipeline never answers 500 to bad input', () => {
  it('survives arbitrary unsigned requests', async () => {
    const test = createPipelineUnderTest();
    const before = JSON.stringify(test.core.snapshot());

    const rawRequests = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'post'),
      path: fc.constantFrom('/', '/other', '//', '/%zz'),
      rawQuery: fc.array(fc.tuple(fc.oneof(wireKeys, trickyText), trickyText), { maxLength: 6 }).map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
      action: fc.option(fc.oneof(fc.constantFrom(...actionNames), trickyText), { nil: undefined }),
      version: fc.option(fc.constantFrom(apiVersion, '2014-05-15', ''), { nil: undefined }),
      authorization: fc.option(fc.oneof(fc.constant('ACS3-HMAC-SHA256 Credential=local-access-key-id,SignedHeaders=host,Signature=00'), trickyText), { nil: undefined }),
      form: fc.boolean(),
      body: trickyText,
    });

    await fc.assert(
      fc.asyncProperty(rawRequests, async (raw) => {
        const headers: Record<string, string> = { host: pipelineHost };
        if (raw.action !== undefined) headers['x-acs-action'] = raw.action;
        if (raw.version !== undefined) headers['x-acs-version'] = raw.version;
        if (raw.authorization !== undefined) headers['authorization'] = raw.authorization;
        if (raw.form) headers['content-type'] = 'application/x-www-form-urlencoded';
        const request: RpcHttpRequest = { method: raw.method, path: raw.path, rawQuery: raw.rawQuery, headers, body: raw.body };

        const response = await test.pipeline.handleRpcRequest(request);

        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(parseBody(response)['Code']).toEqual(expect.any(String));
      }),
      { numRuns: 300 },
    );

    expect(JSON.stringify(test.core.snapshot())).toBe(before);
  });

  it('survives arbitrary signed parameters for every action', async () => {
    const test = createPipelineUnderTest();
    // Valid ids for the required parameters most of the time, so calls get past Missing<Name>.
    const requiredParameters = fc.record(
      {
        ListenerId: fc.constantFrom(seedIds.httpsListener, seedIds.quicListener, seedIds.httpListener, 'lsn-https-stopped-01', 'lsn-missing'),
        'Certificates.1.CertificateId': fc.constantFrom(seedIds.freeCertificate, seedIds.associatedCertificate, seedIds.defaultCertificate, '29000001-cn-hangzhou'),
        LoadBalancerId: fc.constantFrom('alb-standard-01', 'alb-basic-01'),
        ListenerProtocol: fc.constantFrom('HTTP', 'HTTPS', 'QUIC'),
        ListenerPort: fc.constantFrom('80', '443', '8080', '70000'),
        'DefaultActions.1.Type': fc.constant('ForwardGroup'),
        'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': fc.constant('sgp-fuzz'),
      },
      { requiredKeys: [] },
    );
    const signedCalls = fc.record({
      action: fc.constantFrom(...actionNames),
      parameters: fc
        .tuple(requiredParameters, fc.dictionary(wireKeys, wireValues, { maxKeys: 6 }))
        .map(([required, extra]) => ({ ...required, ...extra }) as Record<string, string>),
    });

    await fc.assert(
      fc.asyncProperty(signedCalls, async ({ action, parameters }) => {
        const response = await test.pipeline.handleRpcRequest(signedRpcRequest(test.clock, action, parameters));

        expect(response.status, `${action} ${JSON.stringify(parameters)} -> ${response.body}`).not.toBeGreaterThanOrEqual(500);
        expect(parseBody(response)['RequestId']).toEqual(expect.any(String));
      }),
      { numRuns: 500 },
    );
  });
});
