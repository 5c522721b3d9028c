// The official ALB SDK in a vitest test, with the whole listener-certificate API mocked by msw:
// no emulator process, no cloud account, no network. In your project, import the mocks from the
// package (`alb-listener-certificates-conformance/mocks`) instead of the relative path below.
import * as alb from '@alicloud/alb20200616';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { albHandlers } from '../src/mocks/index.js';

// The mock: three lines.
const server = setupServer(...albHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// The package is CommonJS with `exports.default = Client`; ESM loaders put the class at `default`
// or at `default.default`.
const AlbClient = ((alb.default as { default?: unknown }).default ?? alb.default) as typeof alb.default.default;

// The SDK's default endpoint (HTTPS); the mock accepts the emulator seed's local key pair.
const client = new AlbClient(
  new $OpenApiUtil.Config({
    accessKeyId: 'local-access-key-id',
    accessKeySecret: 'local-access-key-secret',
    regionId: 'cn-hangzhou',
    endpoint: 'alb.cn-hangzhou.aliyuncs.com',
  }),
);

it('associates a certificate through the mocked API', async () => {
  const associated = await client.associateAdditionalCertificatesWithListener(
    new alb.AssociateAdditionalCertificatesWithListenerRequest({
      listenerId: 'lsn-https-standard-01',
      certificates: [new alb.AssociateAdditionalCertificatesWithListenerRequestCertificates({ certificateId: '20000001-cn-hangzhou' })],
    }),
  );
  const listed = await client.listListenerCertificates(new alb.ListListenerCertificatesRequest({ listenerId: 'lsn-https-standard-01' }));

  expect(associated.statusCode).toBe(200);
  expect(associated.body?.jobId).toMatch(/^[0-9a-f-]{36}$/);
  expect(listed.body?.certificates?.map((certificate) => certificate.certificateId)).toContain('20000001-cn-hangzhou');
});

it('reports API errors as the SDK does for the real service', async () => {
  const failure = await client
    .getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: 'lsn-does-not-exist' }))
    .catch((error: unknown) => error as { code?: string; statusCode?: number });

  expect(failure).toMatchObject({ code: 'ResourceNotFound.Listener', statusCode: 404 });
});
