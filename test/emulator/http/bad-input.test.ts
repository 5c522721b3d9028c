import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiVersion, seedIds, sendRaw, sendSigned, startTestEmulator, testCredentials } from './emulator-harness.js';
import type { ParsedResponse, TestEmulator } from './emulator-harness.js';

const associate = 'AssociateAdditionalCertificatesWithListener';
const listCertificates = 'ListListenerCertificates';

interface BadInputCase {
  name: string;
  send: (test: TestEmulator) => Promise<ParsedResponse>;
  status: number;
  code: string;
  /** A fragment the Message must contain, naming the parameter at fault. */
  message?: string;
}

/** Sends a raw POST with the V3 routing headers but no signature; parsing fails before signatures are checked. */
function sendUnsigned(test: TestEmulator, rawQuery: string, init: RequestInit = {}): Promise<ParsedResponse> {
  const headers = { 'x-acs-action': associate, 'x-acs-version': apiVersion, ...(init.headers as Record<string, string>) };

  return sendRaw(`${test.emulator.url}/?${rawQuery}`, { method: 'POST', ...init, headers });
}

function validAssociateParameters(): Record<string, string> {
  return { ListenerId: seedIds.httpsListener, 'Certificates.1.CertificateId': seedIds.freeCertificate };
}

const cases: BadInputCase[] = [
  {
    name: 'GET on another path',
    send: (test) => sendRaw(`${test.emulator.url}/other`, { method: 'GET' }),
    status: 404,
    code: 'InvalidApi.NotFound',
  },
  {
    name: 'PUT on the root path',
    send: (test) => sendRaw(`${test.emulator.url}/`, { method: 'PUT' }),
    status: 404,
    code: 'InvalidApi.NotFound',
  },
  {
    name: 'bad percent-encoding in a key',
    send: (test) => sendUnsigned(test, '%zz=1&ListenerId=lsn-1'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter %zz is not valid',
  },
  {
    name: 'bad percent-encoding in a value',
    send: (test) => sendUnsigned(test, 'ListenerId=lsn%zz'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ListenerId is not valid',
  },
  {
    name: 'truncated percent-escape',
    send: (test) => sendUnsigned(test, 'ClientToken=abc%4'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ClientToken is not valid',
  },
  {
    name: 'invalid UTF-8 bytes',
    send: (test) => sendUnsigned(test, 'ClientToken=%E4%B8'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ClientToken is not valid',
  },
  {
    name: 'a parameter without a name',
    send: (test) => sendUnsigned(test, '=lsn-1'),
    status: 400,
    code: 'InvalidParameter',
    message: '(empty name)',
  },
  {
    name: 'a key twice in the query',
    send: (test) => sendUnsigned(test, 'ListenerId=lsn-a&ListenerId=lsn-b'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ListenerId is not valid: the parameter appears more than once',
  },
  {
    name: 'a key in both the query and the form body',
    send: (test) =>
      sendUnsigned(test, 'ListenerId=lsn-a', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'ListenerId=lsn-b',
      }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ListenerId is not valid',
  },
  {
    name: 'a duplicate list index',
    send: (test) => sendUnsigned(test, 'Certificates.1.CertificateId=a&Certificates.1.CertificateId=b'),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter Certificates.1.CertificateId is not valid',
  },
  {
    name: 'a wrong API version',
    send: (test) => sendSigned(test.emulator, test.clock, { action: associate, version: '2014-05-15', parameters: validAssociateParameters() }),
    status: 400,
    code: 'InvalidVersion',
  },
  {
    name: 'an unknown action',
    send: (test) => sendSigned(test.emulator, test.clock, { action: 'DeleteEverything', parameters: {} }),
    status: 404,
    code: 'InvalidApi.NotFound',
  },
  {
    name: 'a request without any signature',
    send: (test) => sendUnsigned(test, `ListenerId=${seedIds.httpsListener}`),
    status: 400,
    code: 'IncompleteSignature',
  },
  {
    name: 'a scalar parameter sent as a list',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: { 'ListenerId.1': seedIds.httpsListener, 'Certificates.1.CertificateId': seedIds.freeCertificate },
      }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ListenerId is not valid: must be a single value, not a list.',
  },
  {
    name: 'a list parameter sent as a scalar',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: { ListenerId: seedIds.httpsListener, Certificates: seedIds.freeCertificate },
      }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter Certificates is not valid: must be a list, sent as Name.1.Field=value.',
  },
  {
    name: 'a value changed after signing',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: validAssociateParameters(),
        tamper: (request) => {
          request.query = request.query.replace(seedIds.freeCertificate, seedIds.secondFreeCertificate);
        },
      }),
    status: 400,
    code: 'SignatureDoesNotMatch',
  },
  {
    name: 'a signature made with the wrong secret',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: validAssociateParameters(),
        credentials: { accessKeyId: testCredentials.accessKeyId, accessKeySecret: 'not-the-secret' },
      }),
    status: 400,
    code: 'SignatureDoesNotMatch',
  },
  {
    name: 'an unknown access key',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: validAssociateParameters(),
        credentials: { accessKeyId: 'no-such-access-key', accessKeySecret: 'whatever' },
      }),
    status: 404,
    code: 'InvalidAccessKeyId.NotFound',
  },
  {
    name: 'a timestamp 16 minutes old',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: validAssociateParameters(),
        date: new Date(test.clock.now() - 16 * 60 * 1000),
      }),
    status: 400,
    code: 'InvalidTimeStamp.Expired',
  },
  {
    name: 'a timestamp 16 minutes ahead',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: validAssociateParameters(),
        date: new Date(test.clock.now() + 16 * 60 * 1000),
      }),
    status: 400,
    code: 'InvalidTimeStamp.Expired',
  },
  {
    name: 'a reused nonce',
    send: async (test) => {
      const input = { action: listCertificates, parameters: { ListenerId: seedIds.httpsListener }, nonce: 'nonce-used-twice-0001' };
      const first = await sendSigned(test.emulator, test.clock, input);
      expect(first.status).toBe(200);

      return sendSigned(test.emulator, test.clock, input);
    },
    status: 400,
    code: 'SignatureNonceUsed',
  },
  {
    name: 'a missing ListenerId',
    send: (test) => sendSigned(test.emulator, test.clock, { action: associate, parameters: { 'Certificates.1.CertificateId': seedIds.freeCertificate } }),
    status: 400,
    code: 'MissingListenerId',
    message: 'ListenerId is mandatory for this action.',
  },
  {
    name: 'a certificate without CertificateId',
    send: (test) =>
      sendSigned(test.emulator, test.clock, { action: associate, parameters: { ListenerId: seedIds.httpsListener, 'Certificates.1.Name': 'x' } }),
    status: 400,
    code: 'MissingCertificates.1.CertificateId',
    message: 'Certificates.1.CertificateId is mandatory for this action.',
  },
  {
    name: 'DryRun=yes',
    send: (test) => sendSigned(test.emulator, test.clock, { action: associate, parameters: { ...validAssociateParameters(), DryRun: 'yes' } }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter DryRun is not valid: must be a boolean (true or false).',
  },
  {
    name: 'MaxResults=abc',
    send: (test) => sendSigned(test.emulator, test.clock, { action: listCertificates, parameters: { ListenerId: seedIds.httpsListener, MaxResults: 'abc' } }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter MaxResults is not valid: must be an integer.',
  },
  {
    name: 'MaxResults above 100',
    send: (test) => sendSigned(test.emulator, test.clock, { action: listCertificates, parameters: { ListenerId: seedIds.httpsListener, MaxResults: '101' } }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter MaxResults is not valid: must be at most 100.',
  },
  {
    name: 'a gap in Certificates.N',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: { ...validAssociateParameters(), 'Certificates.3.CertificateId': seedIds.secondFreeCertificate },
      }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter Certificates.',
  },
  {
    name: 'a list index with a leading zero',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: { ListenerId: seedIds.httpsListener, 'Certificates.01.CertificateId': seedIds.freeCertificate },
      }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter Certificates.',
  },
  {
    name: 'one certificate listed twice',
    send: (test) =>
      sendSigned(test.emulator, test.clock, {
        action: associate,
        parameters: { ...validAssociateParameters(), 'Certificates.2.CertificateId': seedIds.freeCertificate },
      }),
    status: 400,
    code: 'InvalidParameter',
    message: `The specified parameter Certificates is not valid: certificate ${seedIds.freeCertificate} is listed more than once.`,
  },
  {
    name: '16 certificates in one request',
    send: (test) => {
      const parameters: Record<string, string> = { ListenerId: seedIds.httpsListener };
      for (let index = 1; index <= 16; index += 1) {
        parameters[`Certificates.${index}.CertificateId`] = `${20000000 + index}-cn-hangzhou`;
      }

      return sendSigned(test.emulator, test.clock, { action: associate, parameters });
    },
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter Certificates is not valid: must have at most 15 items.',
  },
  {
    name: 'a non-ASCII ClientToken',
    send: (test) => sendSigned(test.emulator, test.clock, { action: associate, parameters: { ...validAssociateParameters(), ClientToken: 'token-中文' } }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ClientToken is not valid',
  },
  {
    name: 'a ClientToken of 65 characters',
    send: (test) => sendSigned(test.emulator, test.clock, { action: associate, parameters: { ...validAssociateParameters(), ClientToken: 'x'.repeat(65) } }),
    status: 400,
    code: 'InvalidParameter',
    message: 'The specified parameter ClientToken is not valid: must be at most 64 characters long.',
  },
];

describe('emulator rejects bad input', () => {
  let test: TestEmulator;

  beforeAll(async () => {
    test = await startTestEmulator();
  });

  afterAll(async () => {
    await test.emulator.close();
  });

  it.each(cases)('$name -> $status $code', async ({ send, status, code, message }) => {
    const before = JSON.stringify(test.emulator.core.snapshot());

    const answer = await send(test);

    expect(answer.body['Code']).toBe(code);
    expect(answer.status).toBe(status);
    if (message !== undefined) {
      expect(String(answer.body['Message'])).toContain(message);
    }
    expect(answer.body['RequestId']).toMatch(/^[0-9A-F-]{36}$/);
    expect(answer.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(JSON.stringify(test.emulator.core.snapshot())).toBe(before);
  });

  it('ignores unknown parameters such as RegionId and Foo', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: listCertificates,
      parameters: { ListenerId: seedIds.httpsListener, RegionId: 'cn-hangzhou', Foo: 'bar', 'Unknown.3.Field': 'x' },
    });

    expect(answer.status).toBe(200);
    expect(answer.body['TotalCount']).toBe(2);
  });

  it('accepts a timestamp 14 minutes old', async () => {
    const answer = await sendSigned(test.emulator, test.clock, {
      action: listCertificates,
      parameters: { ListenerId: seedIds.httpsListener },
      date: new Date(test.clock.now() - 14 * 60 * 1000),
    });

    expect(answer.status).toBe(200);
  });
});
