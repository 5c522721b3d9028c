import { afterEach, describe, expect, it } from 'vitest';

import { WireClient } from '../../src/wire/client.js';
import { InvalidRequestError, WireError } from '../../src/wire/errors.js';
import { parseQueryString } from '../../src/wire/percent-encoding.js';
import { NOT_JSON_RESPONSE_CODE } from '../../src/wire/rpc-result.js';
import type { Credentials, WireExchange } from '../../src/wire/types.js';
import { verifySignature } from '../../src/wire/verify-signature.js';
import { startTestServer } from './test-server.js';
import type { TestReply, TestServer } from './test-server.js';

const SECRET = 'client-test-secret';
const TOKEN = 'client-test-sts-token';
const FIXED_DATE = new Date('2026-12-04T19:51:12.345Z');
const OK_REPLY: TestReply = { status: 200, body: '{"RequestId":"req-1","JobId":"job-1"}' };
const ASSOCIATE_REQUEST = {
  ListenerId: 'lsn-1',
  Certificates: [{ CertificateId: 'cert-1' }, { CertificateId: "c 2*'" }],
  DryRun: false,
};

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts the test server; `'never'` makes it accept requests and never reply. */
async function startServer(reply: TestReply | 'never' = OK_REPLY): Promise<TestServer> {
  server = await startTestServer(() => (reply === 'never' ? undefined : reply));
  return server;
}

function createClient(url: string, credentials: Credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET }, extra = {}) {
  return new WireClient({ endpoint: url, credentials, clock: () => FIXED_DATE, nonce: () => 'nonce-1', ...extra });
}

function lookup(credentials: Credentials) {
  return (accessKeyId: string) =>
    accessKeyId === credentials.accessKeyId
      ? { accessKeySecret: credentials.accessKeySecret, ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}) }
      : undefined;
}

function receivedQuery(target: TestServer): Record<string, string> {
  const parsed = parseQueryString(target.received[0]?.rawQuery ?? '');
  if (!parsed.ok) throw new Error(parsed.reason);
  return Object.fromEntries(parsed.entries);
}

describe('WireClient with V3 and query placement', () => {
  it('sends parameters in the query', async () => {
    const target = await startServer();

    const result = await createClient(target.url).call('AssociateAdditionalCertificatesWithListener', ASSOCIATE_REQUEST);

    expect(result).toMatchObject({ ok: true, status: 200, requestId: 'req-1', body: { RequestId: 'req-1', JobId: 'job-1' } });
    const request = target.received[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/');
    expect(request?.rawQuery).toBe(
      "ListenerId=lsn-1&Certificates.1.CertificateId=cert-1&Certificates.2.CertificateId=c%202*%27&DryRun=false",
    );
    expect(request?.body).toBe('');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.headers['x-acs-action']).toBe('AssociateAdditionalCertificatesWithListener');
    expect(request?.headers['x-acs-version']).toBe('2020-06-16');
    expect(request?.headers['x-acs-date']).toBe('2026-12-04T19:51:12Z');
    expect(request?.headers['x-acs-signature-nonce']).toBe('nonce-1');
    expect(request?.headers['x-acs-credentials-provider']).toBe('static_ak');
  });

  it('signs so the verifier accepts', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET };

    await createClient(target.url, credentials).call('ListListenerCertificates', { ListenerId: 'l', CertificateIds: ['a', 'b'] });

    const verdict = verifySignature(target.received[0] as NonNullable<TestServer['received'][0]>, lookup(credentials));
    expect(verdict).toEqual({
      ok: true,
      style: 'ACS3-HMAC-SHA256',
      accessKeyId: 'id-1',
      timestamp: '2026-12-04T19:51:12Z',
      nonce: 'nonce-1',
    });
  });

  it('sends and signs STS headers', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'sts-id', accessKeySecret: SECRET, securityToken: TOKEN };

    await createClient(target.url, credentials).call('GetListenerAttribute', { ListenerId: 'l' });

    const request = target.received[0];
    expect(request?.headers['x-acs-security-token']).toBe(TOKEN);
    expect(request?.headers['x-acs-accesskey-id']).toBe('sts-id');
    expect(request?.headers['x-acs-credentials-provider']).toBe('static_sts');
    expect(request?.headers.authorization).toContain('x-acs-accesskey-id;');
    expect(request?.headers.authorization).toContain('x-acs-security-token;');
    const verdict = verifySignature(request as NonNullable<typeof request>, lookup(credentials));
    expect(verdict).toMatchObject({ ok: true, securityToken: TOKEN });
  });

  it('signs extra parameters', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET };

    await createClient(target.url, credentials).call('GetListenerAttribute', { ListenerId: 'l' }, { extraParameters: { Format: 'XML' } });

    expect(receivedQuery(target)).toEqual({ ListenerId: 'l', Format: 'XML' });
    expect(verifySignature(target.received[0] as NonNullable<TestServer['received'][0]>, lookup(credentials)).ok).toBe(true);
  });
});

describe('WireClient with V3 and form placement', () => {
  it('signs the form body hash', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET };

    await createClient(target.url, credentials, { placement: 'form' }).call('AssociateAdditionalCertificatesWithListener', ASSOCIATE_REQUEST);

    const request = target.received[0];
    expect(request?.rawQuery).toBe('');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.body).toBe("ListenerId=lsn-1&Certificates.1.CertificateId=cert-1&Certificates.2.CertificateId=c%202*'&DryRun=false");
    expect(request?.headers.authorization).toContain('SignedHeaders=content-type;host;');
    expect(verifySignature(request as NonNullable<typeof request>, lookup(credentials)).ok).toBe(true);
  });
});

describe('WireClient with V1', () => {
  it('sends common and business parameters in the query', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET };

    await createClient(target.url, credentials, { signatureStyle: 'HMAC-SHA1' }).call('GetListenerAttribute', { ListenerId: 'l' });

    const query = receivedQuery(target);
    expect(Object.keys(query)).toEqual([
      'Action', 'Format', 'Version', 'Timestamp', 'SignatureNonce', 'ListenerId',
      'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature',
    ]);
    expect(query.Action).toBe('GetListenerAttribute');
    expect(query.Timestamp).toBe('2026-12-04T19:51:12Z');
    expect(target.received[0]?.headers.authorization).toBeUndefined();
    const verdict = verifySignature(target.received[0] as NonNullable<TestServer['received'][0]>, lookup(credentials));
    expect(verdict).toEqual({ ok: true, style: 'HMAC-SHA1', accessKeyId: 'id-1', timestamp: '2026-12-04T19:51:12Z', nonce: 'nonce-1' });
  });

  it('puts business parameters in the form body', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'sts-id', accessKeySecret: SECRET, securityToken: TOKEN };

    await createClient(target.url, credentials).call('AssociateAdditionalCertificatesWithListener', ASSOCIATE_REQUEST, {
      signatureStyle: 'HMAC-SHA1',
      placement: 'form',
    });

    const request = target.received[0];
    expect(Object.keys(receivedQuery(target))).toEqual([
      'Action', 'Format', 'Version', 'Timestamp', 'SignatureNonce',
      'SecurityToken', 'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature',
    ]);
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.body).toContain('Certificates.2.CertificateId=c%202*');
    expect(verifySignature(request as NonNullable<typeof request>, lookup(credentials))).toMatchObject({ ok: true, securityToken: TOKEN });
  });

  it('lets the verifier catch a changed body parameter', async () => {
    const target = await startServer();
    const credentials = { accessKeyId: 'id-1', accessKeySecret: SECRET };

    await createClient(target.url, credentials).call('GetListenerAttribute', { ListenerId: 'lsn-1' }, {
      signatureStyle: 'HMAC-SHA1',
      placement: 'form',
      mutate: (wire) => {
        wire.body = wire.body.replace('lsn-1', 'lsn-2');
      },
    });

    const verdict = verifySignature(target.received[0] as NonNullable<TestServer['received'][0]>, lookup(credentials));
    expect(verdict).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });
});

describe('WireClient responses', () => {
  it('parses an error body', async () => {
    const target = await startServer({
      status: 400,
      body: '{"RequestId":"req-9","Code":"IncorrectStatus.Listener","Message":"The listener is not running."}',
    });

    const result = await createClient(target.url).call('GetListenerAttribute', { ListenerId: 'l' });

    expect(result).toMatchObject({
      ok: false,
      status: 400,
      code: 'IncorrectStatus.Listener',
      message: 'The listener is not running.',
      requestId: 'req-9',
    });
  });

  it('reads lower-case error keys', async () => {
    const target = await startServer({ status: 404, body: '{"requestId":"r","code":"ResourceNotFound.Listener","message":"m"}' });

    const result = await createClient(target.url).call('GetListenerAttribute', { ListenerId: 'l' });

    expect(result).toMatchObject({ ok: false, status: 404, code: 'ResourceNotFound.Listener', message: 'm', requestId: 'r' });
  });

  it('reports a body that is not JSON', async () => {
    const target = await startServer({ status: 500, headers: { 'content-type': 'text/html' }, body: '<html>oops</html>' });

    const result = await createClient(target.url).call('GetListenerAttribute', { ListenerId: 'l' });

    expect(result).toMatchObject({
      ok: false,
      status: 500,
      code: NOT_JSON_RESPONSE_CODE,
      message: expect.stringContaining('<html>oops</html>') as unknown,
    });
    expect(result.exchange.response?.body).toBe('<html>oops</html>');
  });

  it('treats a 200 non-JSON body as a failure', async () => {
    const target = await startServer({ status: 200, body: '<Response/>' });

    const result = await createClient(target.url).call('GetListenerAttribute', { ListenerId: 'l' });

    expect(result).toMatchObject({ ok: false, status: 200, code: NOT_JSON_RESPONSE_CODE });
  });
});

describe('WireClient failures', () => {
  it('names the timeout', async () => {
    const target = await startServer('never');
    const client = createClient(target.url, undefined, { timeoutMs: 200 });

    const call = client.call('GetListenerAttribute', { ListenerId: 'l' });

    await expect(call).rejects.toBeInstanceOf(WireError);
    await expect(call).rejects.toThrow(`POST ${target.url}/?ListenerId=l failed: timed out after 200 ms`);
  });

  it('names a refused connection', async () => {
    const target = await startServer();
    const url = target.url;
    await target.close();
    server = undefined;

    const call = createClient(url).call('GetListenerAttribute', { ListenerId: 'l' });

    await expect(call).rejects.toThrow(`POST ${url}/?ListenerId=l failed: connection refused (ECONNREFUSED)`);
  });

  it('redacts the URL of a failed V1 call', async () => {
    const target = await startServer('never');
    const exchanges: WireExchange[] = [];
    const client = createClient(target.url, undefined, { timeoutMs: 200, signatureStyle: 'HMAC-SHA1', onExchange: (exchange: WireExchange) => exchanges.push(exchange) });

    const error = await client.call('GetListenerAttribute', { ListenerId: 'l' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(WireError);
    expect((error as WireError).message).toContain('AccessKeyId=<redacted>&Signature=<redacted>');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.response).toBeUndefined();
    expect(exchanges[0]?.error).toContain('timed out after 200 ms');
  });

  it('rejects an invalid request before sending', async () => {
    const target = await startServer();
    const validate = (request: object) => ('ListenerId' in request ? undefined : 'ListenerId is missing; it is required');

    const call = createClient(target.url).call('GetListenerAttribute', {}, { validate });

    await expect(call).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call).rejects.toThrow('Invalid GetListenerAttribute request: ListenerId is missing; it is required');
    expect(target.received).toHaveLength(0);
  });

  it('sends an invalid request when unchecked', async () => {
    const target = await startServer();

    const result = await createClient(target.url).call('GetListenerAttribute', {}, { validate: () => 'bad', unchecked: true });

    expect(result.ok).toBe(true);
    expect(target.received).toHaveLength(1);
  });

  it('rejects a host header fetch cannot send', async () => {
    const target = await startServer();

    const call = createClient(target.url).call('GetListenerAttribute', { ListenerId: 'l' }, {
      mutate: (wire) => {
        wire.headers.host = 'example.invalid';
      },
    });

    await expect(call).rejects.toThrow('fetch always sends the URL authority as Host');
    expect(target.received).toHaveLength(0);
  });
});

describe('WireClient exchange', () => {
  it('redacts secrets in the exchange', async () => {
    const target = await startServer();
    const exchanges: WireExchange[] = [];
    const credentials = { accessKeyId: 'sts-id', accessKeySecret: SECRET, securityToken: TOKEN };
    const client = createClient(target.url, credentials, { onExchange: (exchange: WireExchange) => exchanges.push(exchange) });

    const v3 = await client.call('GetListenerAttribute', { ListenerId: 'l' });
    const v1 = await client.call('GetListenerAttribute', { ListenerId: 'l' }, { signatureStyle: 'HMAC-SHA1', placement: 'form' });

    expect(exchanges).toEqual([v3.exchange, v1.exchange]);
    for (const exchange of exchanges) {
      const text = JSON.stringify(exchange);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('sts-id');
    }
    const v3Signature = /Signature=([0-9a-f]{64})/.exec(target.received[0]?.headers.authorization ?? '')?.[1];
    expect(v3Signature).toBeDefined();
    expect(JSON.stringify(v3.exchange)).not.toContain(v3Signature);
    expect(v3.exchange.request.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=<redacted>,SignedHeaders=[a-z0-9;-]+,Signature=<redacted>$/,
    );
    expect(v3.exchange.request.headers['x-acs-security-token']).toBe('<redacted>');
    expect(v1.exchange.request.url).toContain('SecurityToken=<redacted>&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId=<redacted>&Signature=<redacted>');
    expect(v1.exchange.response?.status).toBe(200);
    expect(v1.exchange.durationMs).toBeGreaterThanOrEqual(0);
  });
});
