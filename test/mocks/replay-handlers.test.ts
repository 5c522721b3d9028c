import './network-guard.js';

import { fileURLToPath } from 'node:url';

import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixtureFormat } from '../../src/fixtures/fixture-types.js';
import type { Fixture } from '../../src/fixtures/fixture-types.js';
import { noMatchingExchangeCode, replayHandlers } from '../../src/mocks/index.js';
import { alb, associate, createSdkClient, sdkError } from './sdk-client.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/exchanges/', import.meta.url));
const listenerId = 'lsn-https-standard-01';
const certificateId = '20000001-cn-hangzhou';

async function listStatuses(client: ReturnType<typeof createSdkClient>): Promise<Record<string, string | undefined>> {
  const listed = await client.listListenerCertificates(new alb.ListListenerCertificatesRequest({ listenerId, maxResults: 100 }));
  return Object.fromEntries((listed.body?.certificates ?? []).map((certificate) => [certificate.certificateId ?? '', certificate.status]));
}

describe('replayHandlers with a recorded clause', () => {
  const server = setupServer(...replayHandlers(`${fixturesDir}ACWL-ASYNC-001.json`));
  const client = createSdkClient('alb.cn-hangzhou.aliyuncs.com');

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('replays Associate and the polls in order', async () => {
    const before = await listStatuses(client);
    const associated = await associate(client, listenerId, certificateId);
    const firstPoll = await listStatuses(client);
    const secondPoll = await listStatuses(client);
    const thirdPoll = await listStatuses(client);

    expect(before[certificateId]).toBeUndefined();
    expect(associated.statusCode).toBe(200);
    expect(associated.body?.jobId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(firstPoll[certificateId]).toBe('Associating');
    expect(secondPoll[certificateId]).toBe('Associating');
    expect(thirdPoll[certificateId]).toBe('Associated');
  });

  it('answers an unrecorded request with a named error', async () => {
    const failure = await sdkError(client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId })));

    expect(failure.code).toBe(noMatchingExchangeCode);
    expect(failure.statusCode).toBe(400);
    expect(failure.message).toContain('No recorded exchange matches GetListenerAttribute with {"ListenerId":"lsn-https-standard-01"}');
  });

  it('answers other parameters with the recorded names', async () => {
    const failure = await sdkError(associate(client, listenerId, '20000002-cn-hangzhou'));

    expect(failure.code).toBe(noMatchingExchangeCode);
    expect(failure.message).toContain('ACWL-ASYNC-001 exchanges[1]: Certificates.1.CertificateId, ListenerId');
  });
});

describe('replayHandlers with job ids', () => {
  const server = setupServer(...replayHandlers(`${fixturesDir}ACWL-ASYNC-003.json`, { baseUrl: 'https://alb.test' }));
  const client = createSdkClient('alb.test');

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('matches ListAsynJobs by the replayed JobId', async () => {
    await listStatuses(client);
    await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId }));
    const associated = await associate(client, listenerId, certificateId);
    const jobId = associated.body?.jobId ?? '';

    const jobs = await client.listAsynJobs(new alb.ListAsynJobsRequest({ jobIds: [jobId] }));

    expect(jobs.body?.jobs?.[0]?.id).toBe(jobId);
    expect(jobs.body?.jobs?.[0]?.status).toBe('Processing');
    expect(typeof jobs.body?.jobs?.[0]?.createTime).toBe('number');
  });

  it('rejects another JobId', async () => {
    const failure = await sdkError(client.listAsynJobs(new alb.ListAsynJobsRequest({ jobIds: ['00000000-0000-4000-8000-000000000000'] })));

    expect(failure.code).toBe(noMatchingExchangeCode);
  });
});

describe('replayHandlers with fixture objects', () => {
  const fixture: Fixture = {
    format: fixtureFormat,
    clause: { id: 'EXAMPLE-1', requirement: 'example', operations: ['GetListenerAttribute'] },
    outcome: 'passed',
    exchanges: [
      {
        phase: 'clause',
        action: 'GetListenerAttribute',
        request: { parameters: { ListenerId: 'lsn-{{Uuid#1}}' }, wire: { method: 'POST', path: '/', headers: {} } },
        response: {
          status: 200,
          headers: { 'content-type': 'application/json;charset=utf-8' },
          body: { RequestId: '{{RequestId#1}}', ListenerId: 'lsn-replayed', ListenerStatus: 'Running' },
        },
      },
    ],
  };
  const server = setupServer(...replayHandlers(fixture, { baseUrl: 'http://alb.fixture.test' }));
  const client = createSdkClient('alb.fixture.test', { protocol: 'http' });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('matches a request-only placeholder with any value', async () => {
    const first = await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: 'lsn-anything' }));
    const again = await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: 'lsn-other' }));

    expect(first.body?.listenerId).toBe('lsn-replayed');
    expect(first.body?.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(again.body?.requestId).toBe(first.body?.requestId);
  });

  it('keeps the literal part of the value', async () => {
    const failure = await sdkError(client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: 'other-prefix' })));

    expect(failure.code).toBe(noMatchingExchangeCode);
  });
});
