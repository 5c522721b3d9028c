import './network-guard.js';

import dns from 'node:dns';

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { ManualClock } from '../../src/emulator/index.js';
import { albHandlers, createAlbMock, endpointPattern } from '../../src/mocks/index.js';
import { alb, associate, createSdkClient, listCertificates, sdkError } from './sdk-client.js';

const listenerId = 'lsn-https-standard-01';
const freeCertificate = '20000001-cn-hangzhou';

describe('network guard', () => {
  it('rejects a lookup of a real host', () => {
    expect(() => dns.lookup('alb.cn-hangzhou.aliyuncs.com', () => undefined)).toThrow(/Network guard: blocked DNS lookup/);
  });
});

describe('albHandlers on the default endpoint', () => {
  const mock = createAlbMock();
  const server = setupServer(...mock.handlers);
  const client = createSdkClient('alb.cn-hangzhou.aliyuncs.com');

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());

  it('serves the SDK over HTTPS', async () => {
    const listed = await listCertificates(client, listenerId);

    expect(listed).toEqual([
      ['20000000-cn-hangzhou', 'Associated'],
      ['20000030-cn-hangzhou', 'Associated'],
    ]);
  });

  it('keeps state between calls', async () => {
    const associated = await associate(client, listenerId, freeCertificate);
    const listed = await listCertificates(client, listenerId);

    expect(associated.body?.jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(listed.map(([certificateId]) => certificateId)).toContain(freeCertificate);
  });

  it('finishes jobs by the next request', async () => {
    await associate(client, listenerId, freeCertificate);
    const listed = await listCertificates(client, listenerId);

    expect(listed).toContainEqual([freeCertificate, 'Associated']);
  });

  it('starts over from the seed on reset', async () => {
    await associate(client, listenerId, freeCertificate);
    mock.reset();
    const listed = await listCertificates(client, listenerId);

    expect(listed.map(([certificateId]) => certificateId)).not.toContain(freeCertificate);
  });

  it('rejects a wrong secret like the gateway', async () => {
    const { $OpenApiUtil } = await import('@alicloud/openapi-core');
    const AlbClient = client.constructor as new (config: InstanceType<typeof $OpenApiUtil.Config>) => typeof client;
    const wrongSecret = new AlbClient(
      new $OpenApiUtil.Config({ accessKeyId: 'local-access-key-id', accessKeySecret: 'wrong-secret', regionId: 'cn-hangzhou', endpoint: 'alb.cn-hangzhou.aliyuncs.com' }),
    );

    const failure = await sdkError(wrongSecret.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId })));

    expect(failure.code).toBe('SignatureDoesNotMatch');
    expect(failure.statusCode).toBe(400);
  });
});

describe('albHandlers on a fake host', () => {
  const clock = new ManualClock(Date.now());
  const mock = createAlbMock({ baseUrl: 'http://alb.test', jobDurationMs: 5000, clock });
  const server = setupServer(...mock.handlers);
  const client = createSdkClient('alb.test', { protocol: 'http' });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('shows a job running until the clock passes its duration', async () => {
    await associate(client, listenerId, freeCertificate);
    const during = await listCertificates(client, listenerId);
    clock.advance(5000);
    const after = await listCertificates(client, listenerId);

    expect(during).toContainEqual([freeCertificate, 'Associating']);
    expect(after).toContainEqual([freeCertificate, 'Associated']);
  });

  it('leaves other hosts unhandled', async () => {
    const failure = await sdkError(listCertificates(createSdkClient('alb.cn-hangzhou.aliyuncs.com'), listenerId));

    expect(failure.message).toMatch(/alb\.cn-hangzhou\.aliyuncs\.com/);
  });
});

describe('albHandlers options', () => {
  it('returns one handler per call', () => {
    expect(albHandlers()).toHaveLength(1);
  });

  it('rejects a baseUrl without scheme', () => {
    expect(() => albHandlers({ baseUrl: 'alb.test' })).toThrow('Invalid baseUrl "alb.test": pass an absolute http(s) URL such as "https://alb.test"');
  });

  it('rejects a missing seed file at once', () => {
    expect(() => albHandlers({ seed: 'no-such-seed.yaml' })).toThrow(/no-such-seed\.yaml/);
  });

  it.each([
    ['https://alb.cn-hangzhou.aliyuncs.com/?Action=x', true],
    ['https://alb-vpc.cn-shanghai.aliyuncs.com/', true],
    ['https://ecs.cn-hangzhou.aliyuncs.com/', false],
    ['https://alb.cn-hangzhou.aliyuncs.com.evil.test/', false],
  ])('default pattern on %s is %s', (url, expected) => {
    expect(endpointPattern(undefined).test(url)).toBe(expected);
  });
});
