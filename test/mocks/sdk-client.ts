import * as alb from '@alicloud/alb20200616';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export { alb };

type AlbClientClass = typeof alb.default.default;
export type AlbClient = InstanceType<AlbClientClass>;

// The package is CommonJS with `exports.default = Client`; ESM loaders put the class at `default` or `default.default`.
const AlbClientClass = ((alb.default as { default?: unknown }).default ?? alb.default) as AlbClientClass;

/** Creates an official SDK client with the emulator seed's key pair; `endpoint` is host[:port], as the SDK takes it. */
export function createSdkClient(endpoint: string, settings: { protocol?: 'http' | 'https' } = {}): AlbClient {
  return new AlbClientClass(
    new $OpenApiUtil.Config({
      accessKeyId: 'local-access-key-id',
      accessKeySecret: 'local-access-key-secret',
      regionId: 'cn-hangzhou',
      endpoint,
      ...(settings.protocol === undefined ? {} : { protocol: settings.protocol }),
      readTimeout: 10_000,
      connectTimeout: 10_000,
    }),
  );
}

/** Returns the error an SDK call rejects with, and throws when the call succeeds. */
export async function sdkError(call: Promise<unknown>): Promise<{ code?: string; statusCode?: number; message: string }> {
  try {
    await call;
  } catch (error) {
    return error as { code?: string; statusCode?: number; message: string };
  }
  throw new Error('Expected the SDK call to fail, but it succeeded');
}

/** Associates one certificate with a listener through the SDK. */
export function associate(client: AlbClient, listenerId: string, certificateId: string) {
  return client.associateAdditionalCertificatesWithListener(
    new alb.AssociateAdditionalCertificatesWithListenerRequest({
      listenerId,
      certificates: [new alb.AssociateAdditionalCertificatesWithListenerRequestCertificates({ certificateId })],
    }),
  );
}

/** Lists the certificate ids and statuses of a listener through the SDK. */
export async function listCertificates(client: AlbClient, listenerId: string): Promise<Array<[string | undefined, string | undefined]>> {
  const listed = await client.listListenerCertificates(new alb.ListListenerCertificatesRequest({ listenerId }));
  return (listed.body?.certificates ?? []).map((certificate) => [certificate.certificateId, certificate.status]);
}
