import * as alb from '@alicloud/alb20200616';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { verifySignature } from '../../src/wire/verify-signature.js';
import type { VerifyResult } from '../../src/wire/verify-result.js';
import { startTestServer } from './test-server.js';
import type { TestServer } from './test-server.js';

const SECRET = 'official-sdk-test-secret';
const TOKEN = 'official-sdk-test-sts-token';

type AlbClientClass = typeof alb.default.default;

// The package is CommonJS with `exports.default = Client`. Depending on the loader's interop, the
// class sits at `default` or at `default.default` of the namespace, so take the first function.
const AlbClient = findClientClass(alb);

function findClientClass(namespace: unknown): AlbClientClass {
  let candidate = namespace;
  for (let depth = 0; depth < 3 && typeof candidate !== 'function'; depth++) {
    candidate = (candidate as { default?: unknown }).default;
  }
  if (typeof candidate !== 'function') throw new Error('@alicloud/alb20200616 exports no client class');
  return candidate as unknown as AlbClientClass;
}

let server: TestServer;
const verdicts: VerifyResult[] = [];

beforeAll(async () => {
  server = await startTestServer((request) => {
    verdicts.push(
      verifySignature(request, (accessKeyId) => {
        if (accessKeyId === 'sdk-id') return { accessKeySecret: SECRET };
        if (accessKeyId === 'sdk-sts-id') return { accessKeySecret: SECRET, securityToken: TOKEN };
        return undefined;
      }),
    );
    return { status: 200, body: '{"RequestId":"req-sdk","JobId":"job-sdk"}' };
  });
});

afterAll(async () => {
  await server.close();
});

function createSdkClient(settings: { signatureAlgorithm?: string; securityToken?: string }) {
  return new AlbClient(
    new $OpenApiUtil.Config({
      accessKeyId: settings.securityToken ? 'sdk-sts-id' : 'sdk-id',
      accessKeySecret: SECRET,
      securityToken: settings.securityToken,
      signatureAlgorithm: settings.signatureAlgorithm,
      regionId: 'cn-hangzhou',
      endpoint: `127.0.0.1:${server.port}`,
      protocol: 'http',
      readTimeout: 10_000,
      connectTimeout: 10_000,
    }),
  );
}

async function sendEveryShape(client: InstanceType<AlbClientClass>): Promise<void> {
  await client.associateAdditionalCertificatesWithListener(
    new alb.AssociateAdditionalCertificatesWithListenerRequest({
      listenerId: 'lsn-o4u54y73wq7b******',
      certificates: [{ certificateId: '12315790-cn-hangzhou' }, { certificateId: '12315791-cn-hangzhou' }],
      clientToken: 'token-1',
      dryRun: false,
    }),
  );
  await client.listListenerCertificates(
    new alb.ListListenerCertificatesRequest({
      listenerId: 'lsn-1',
      certificateIds: Array.from({ length: 11 }, (_, index) => `cert-${index + 1}`),
      maxResults: 20,
    }),
  );
  await client.updateListenerAttribute(
    new alb.UpdateListenerAttributeRequest({ listenerId: 'lsn-1', listenerDescription: "a b*c'(d)!~+/=&?%中文_-." }),
  );
  await client.addServersToServerGroup(
    new alb.AddServersToServerGroupRequest({
      serverGroupId: 'sgp-1',
      servers: [{ serverId: 'i-1', serverType: 'Ecs', port: 80, description: 'web 1' }],
    }),
  );
}

describe.each([
  ['V3', { signatureAlgorithm: undefined }, 'ACS3-HMAC-SHA256'],
  ['V3 with STS', { securityToken: TOKEN }, 'ACS3-HMAC-SHA256'],
  ['V1', { signatureAlgorithm: 'v2' }, 'HMAC-SHA1'],
  ['V1 with STS', { signatureAlgorithm: 'v2', securityToken: TOKEN }, 'HMAC-SHA1'],
] as const)('verifySignature on official SDK %s requests', (_label, settings, style) => {
  it('accepts every request', async () => {
    verdicts.length = 0;
    const receivedBefore = server.received.length;

    await sendEveryShape(createSdkClient(settings));

    expect(server.received.length - receivedBefore).toBe(4);
    expect(verdicts).toHaveLength(4);
    for (const verdict of verdicts) {
      expect(verdict).toMatchObject({ ok: true, style });
    }
    const tokens = verdicts.map((verdict) => (verdict.ok ? verdict.securityToken : 'rejected'));
    expect(tokens).toEqual(Array(4).fill('securityToken' in settings ? TOKEN : undefined));
  });
});

describe('official SDK form body request', () => {
  it('carries servers in the body', () => {
    const formRequests = server.received.filter((request) => request.headers['x-acs-action'] === 'AddServersToServerGroup');

    expect(formRequests).toHaveLength(4);
    for (const request of formRequests) {
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(request.body).toContain('Servers.1.Description=web%201');
    }
  });
});

describe('verifySignature on official SDK requests with a wrong secret', () => {
  it.each([[undefined], ['v2']])('rejects signatureAlgorithm %s', async (signatureAlgorithm) => {
    verdicts.length = 0;
    const client = new AlbClient(
      new $OpenApiUtil.Config({
        accessKeyId: 'sdk-id',
        accessKeySecret: 'not-the-stored-secret',
        signatureAlgorithm,
        endpoint: `127.0.0.1:${server.port}`,
        protocol: 'http',
        readTimeout: 10_000,
      }),
    );

    await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: 'lsn-1' }));

    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });
});
