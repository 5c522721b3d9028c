import * as alb from '@alicloud/alb20200616';
import { $OpenApiUtil, ClientError, ThrottlingError } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WireClient } from '../../../src/wire/index.js';
import { seedIds, startTestEmulator, testCredentials } from '../http/emulator-harness.js';
import type { TestEmulator } from '../http/emulator-harness.js';

/** The SDK's client class as its typings describe it (a CommonJS module with a default export). */
type AlbClientClass = typeof alb.default.default;
type AlbClient = InstanceType<AlbClientClass>;

/**
 * Resolves the client class. Loaders differ on a CommonJS default export: some hand back the class
 * as `default`, others the whole module, whose `default` is then the class.
 */
const AlbClientClass: AlbClientClass = (() => {
  const candidate = alb.default as unknown;

  return (typeof candidate === 'function' ? candidate : (candidate as { default: unknown }).default) as AlbClientClass;
})();

const jobDurationMs = 5000;

/** Points the official SDK at the emulator: endpoint without a scheme, plain HTTP. */
function createSdkClient(port: number, extra: { signatureAlgorithm?: string } = {}): AlbClient {
  const config = new $OpenApiUtil.Config({
    accessKeyId: testCredentials.accessKeyId,
    accessKeySecret: testCredentials.accessKeySecret,
    regionId: 'cn-hangzhou',
    endpoint: `127.0.0.1:${port}`,
    protocol: 'http',
    readTimeout: 10_000,
    ...extra,
  });

  return new AlbClientClass(config);
}

/** Runs `call` and returns what it threw; fails when it resolves. */
async function thrownBy(call: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await call();
  } catch (error) {
    return error as Record<string, unknown>;
  }

  throw new Error('Expected the SDK call to throw, but it resolved.');
}

async function statusOf(client: AlbClient, listenerId: string, certificateId: string): Promise<string | undefined> {
  const response = await client.listListenerCertificates(new alb.ListListenerCertificatesRequest({ listenerId }));
  const certificate = response.body?.certificates?.find((item) => item.certificateId === certificateId);

  return certificate?.status;
}

describe('official SDK against the emulator', () => {
  let test: TestEmulator;
  let client: AlbClient;

  beforeAll(async () => {
    test = await startTestEmulator({ jobDurationMs });
    client = createSdkClient(test.emulator.port);
  });

  afterAll(async () => {
    await test.emulator.close();
  });

  it('associates a certificate and polls it to Associated', async () => {
    const associated = await client.associateAdditionalCertificatesWithListener(
      new alb.AssociateAdditionalCertificatesWithListenerRequest({
        listenerId: seedIds.httpsListener,
        certificates: [{ certificateId: seedIds.freeCertificate }],
        clientToken: 'sdk-associate-0001',
      }),
    );
    expect(associated.statusCode).toBe(200);
    const jobId = associated.body?.jobId ?? '';
    expect(jobId).not.toBe('');

    expect(await statusOf(client, seedIds.httpsListener, seedIds.freeCertificate)).toBe('Associating');
    test.clock.advance(jobDurationMs);
    expect(await statusOf(client, seedIds.httpsListener, seedIds.freeCertificate)).toBe('Associated');

    const jobs = await client.listAsynJobs(new alb.ListAsynJobsRequest({ jobIds: [jobId] }));
    expect(jobs.body?.jobs?.map((job) => [job.id, job.status, job.apiName])).toEqual([
      [jobId, 'Succeeded', 'AssociateAdditionalCertificatesWithListener'],
    ]);
  });

  it('dissociates the certificate until it disappears', async () => {
    const dissociated = await client.dissociateAdditionalCertificatesFromListener(
      new alb.DissociateAdditionalCertificatesFromListenerRequest({
        listenerId: seedIds.httpsListener,
        certificates: [{ certificateId: seedIds.freeCertificate }],
      }),
    );
    expect(dissociated.body?.jobId).toEqual(expect.any(String));

    expect(await statusOf(client, seedIds.httpsListener, seedIds.freeCertificate)).toBe('Diassociating');
    test.clock.advance(jobDurationMs);
    expect(await statusOf(client, seedIds.httpsListener, seedIds.freeCertificate)).toBeUndefined();
  });

  it('reads the listener attributes with typed fields', async () => {
    const response = await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId: seedIds.httpsListener }));

    expect(response.body?.listenerId).toBe(seedIds.httpsListener);
    expect(response.body?.listenerStatus).toBe('Running');
    expect(response.body?.listenerPort).toBe(443);
    expect(response.body?.listenerProtocol).toBe('HTTPS');
    expect(response.body?.certificates?.map((certificate) => certificate.certificateId)).toEqual([seedIds.defaultCertificate]);
  });

  it('creates, updates and deletes a listener', async () => {
    const created = await client.createListener(
      new alb.CreateListenerRequest({
        loadBalancerId: 'alb-standard-01',
        listenerProtocol: 'HTTPS',
        listenerPort: 8444,
        certificates: [{ certificateId: seedIds.defaultCertificate }],
        defaultActions: [{ type: 'ForwardGroup', forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: 'sgp-sdk-test' }] } }],
      }),
    );
    const listenerId = created.body?.listenerId ?? '';
    expect(listenerId).not.toBe('');
    test.clock.advance(jobDurationMs);

    const updated = await client.updateListenerAttribute(
      new alb.UpdateListenerAttributeRequest({ listenerId, listenerDescription: 'updated by the SDK test' }),
    );
    expect(updated.body?.jobId).toEqual(expect.any(String));
    test.clock.advance(jobDurationMs);
    const attributes = await client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId }));
    expect(attributes.body?.listenerDescription).toBe('updated by the SDK test');
    expect(attributes.body?.listenerStatus).toBe('Running');

    await client.deleteListener(new alb.DeleteListenerRequest({ listenerId }));
    test.clock.advance(jobDurationMs);
    const gone = await thrownBy(() => client.getListenerAttribute(new alb.GetListenerAttributeRequest({ listenerId })));
    expect(gone['code']).toBe('ResourceNotFound.Listener');
    expect(gone['statusCode']).toBe(404);
  });

  it('throws ClientError with the code and status of a business error', async () => {
    const error = await thrownBy(() =>
      client.associateAdditionalCertificatesWithListener(
        new alb.AssociateAdditionalCertificatesWithListenerRequest({
          listenerId: seedIds.httpListener,
          certificates: [{ certificateId: seedIds.secondFreeCertificate }],
        }),
      ),
    );

    expect(error).toBeInstanceOf(ClientError);
    expect(error['code']).toBe('OperationDenied.HttpListenerNotSupport');
    expect(error['statusCode']).toBe(400);
  });

  it('throws ClientError DryRunOperation for a passing dry run', async () => {
    const before = JSON.stringify(test.emulator.core.snapshot());

    const error = await thrownBy(() =>
      client.associateAdditionalCertificatesWithListener(
        new alb.AssociateAdditionalCertificatesWithListenerRequest({
          listenerId: seedIds.httpsListener,
          certificates: [{ certificateId: seedIds.secondFreeCertificate }],
          dryRun: true,
        }),
      ),
    );

    expect(error['code']).toBe('DryRunOperation');
    expect(error['statusCode']).toBe(400);
    expect(JSON.stringify(test.emulator.core.snapshot())).toBe(before);
  });

  it('throws ClientError MissingListenerId when the SDK omits it', async () => {
    const error = await thrownBy(() => client.listListenerCertificates(new alb.ListListenerCertificatesRequest({})));

    expect(error['code']).toBe('MissingListenerId');
    expect(error['statusCode']).toBe(400);
    expect(String(error['message'])).toContain('ListenerId is mandatory for this action.');
  });

  it('accepts the V1 signature (signatureAlgorithm v2)', async () => {
    const v1Client = createSdkClient(test.emulator.port, { signatureAlgorithm: 'v2' });

    const response = await v1Client.listListenerCertificates(
      new alb.ListListenerCertificatesRequest({ listenerId: seedIds.httpsListener, maxResults: 1 }),
    );

    expect(response.statusCode).toBe(200);
    expect(response.body?.maxResults).toBe(1);
    expect(response.body?.totalCount).toBe(2);
  });

  it('accepts a Terraform-style V1 call with the parameters in a form body', async () => {
    const wire = new WireClient({
      endpoint: test.emulator.url,
      credentials: testCredentials,
      signatureStyle: 'HMAC-SHA1',
      placement: 'form',
      clock: () => new Date(test.clock.now()),
    });

    const result = await wire.call('AssociateAdditionalCertificatesWithListener', {
      ListenerId: seedIds.quicListener,
      Certificates: [{ CertificateId: seedIds.secondFreeCertificate }],
      RegionId: 'cn-hangzhou',
      ClientToken: 'TF-AssociateAdditionalCertificatesWithListener-1767225600-0001',
    });

    expect(result.ok).toBe(true);
    expect(result.status).toBe(200);
    expect(result.exchange.request.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(result.exchange.request.body).toContain('ListenerId=');
    expect(result.exchange.request.url).not.toContain('ListenerId=');
  });
});

describe('official SDK against injected faults', () => {
  let test: TestEmulator;

  beforeAll(async () => {
    test = await startTestEmulator({ faults: { throttleRate: 1, throttleRetryAfterMs: 1500 } });
  });

  afterAll(async () => {
    await test.emulator.close();
  });

  it('throws ThrottlingError carrying x-acs-retry-after', async () => {
    const client = createSdkClient(test.emulator.port);

    const error = await thrownBy(() => client.listListenerCertificates(new alb.ListListenerCertificatesRequest({ listenerId: seedIds.httpsListener })));

    expect(error).toBeInstanceOf(ThrottlingError);
    expect(error['code']).toBe('Throttling.User');
    expect(error['retryAfter']).toBe(1500);
  });
});
