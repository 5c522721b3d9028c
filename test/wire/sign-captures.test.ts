import { describe, expect, it } from 'vitest';

import { encodeFormBody, encodeWireQuery } from '../../src/wire/percent-encoding.js';
import { signAcs3 } from '../../src/wire/sign-acs3.js';
import { signRpcV1 } from '../../src/wire/sign-rpc-v1.js';
import { CAPTURE_SECRET, loadAcs3Captures, loadRpcV1Captures, loadSdkCaptures } from './load-captures.js';
import type { SdkCapture } from './load-captures.js';

const acs3Captures = loadAcs3Captures();
const rpcV1Captures = loadRpcV1Captures();

// Parameters signRpcV1 appends itself; the rest of the captured query is its input.
const RPC_V1_SIGNER_PARAMETERS = ['SecurityToken', 'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature'];

function signCaptureWithAcs3(capture: SdkCapture) {
  const headers = { ...capture.headers };
  delete headers.authorization;

  return signAcs3({
    method: capture.method,
    host: capture.headers.host ?? '',
    path: capture.pathname,
    query: capture.query,
    headers,
    body: capture.body,
    credentials: {
      accessKeyId: 'testid',
      accessKeySecret: CAPTURE_SECRET,
      securityToken: capture.headers['x-acs-security-token'],
    },
    date: capture.headers['x-acs-date'] ?? '',
    nonce: capture.headers['x-acs-signature-nonce'] ?? '',
  });
}

function signCaptureWithRpcV1(capture: SdkCapture) {
  const query = Object.fromEntries(
    Object.entries(capture.query).filter(([key]) => !RPC_V1_SIGNER_PARAMETERS.includes(key)),
  );

  return signRpcV1({
    method: capture.method,
    query,
    body: capture.bodyForm ?? undefined,
    credentials: { accessKeyId: 'testid', accessKeySecret: CAPTURE_SECRET, securityToken: capture.query.SecurityToken },
  });
}

describe('SDK captures', () => {
  it('cover both SDK lines and both signatures', () => {
    expect(loadSdkCaptures().length).toBe(74);
    expect(acs3Captures.length).toBe(66);
    expect(rpcV1Captures.length).toBe(8);
    expect(acs3Captures.some((capture) => capture.name.startsWith('alb-1.2.0/'))).toBe(true);
    expect(rpcV1Captures.some((capture) => capture.name.startsWith('alb-1.2.0/'))).toBe(true);
  });
});

describe('signAcs3', () => {
  it('reproduces the worked example canonical request', () => {
    const capture = acs3Captures.find((candidate) => candidate.name === 'alb-1.3.2/001-associate-dryrun-false.json');
    if (!capture) throw new Error('capture alb-1.3.2/001 is missing from test/data/sdk-captures');

    const signed = signCaptureWithAcs3(capture);

    expect(signed.canonicalRequest.split('\n').slice(0, 3)).toEqual([
      'POST',
      '/',
      'Certificates.1.CertificateId=12315790-cn-hangzhou&Certificates.2.CertificateId=12315791-cn-hangzhou&ClientToken=5A2CFF0E-5718-45B5-9D4D-70B3FF3898&DryRun=false&ListenerId=lsn-o4u54y73wq7b%2A%2A%2A%2A%2A%2A',
    ]);
    expect(signed.stringToSign).toBe(
      'ACS3-HMAC-SHA256\n4e1fb92ffb60e79ea33069ab6bafcc2ba0298728844106bc6a8c877f34cd4c4c',
    );
    expect(signed.headers.authorization).toMatch(/,Signature=f571b11f[0-9a-f]{52}3e0a$/);
  });

  it.each(acs3Captures.map((capture) => [capture.name, capture] as const))(
    'reproduces the Authorization header of %s',
    (_name, capture) => {
      const signed = signCaptureWithAcs3(capture);

      expect(signed.headers.authorization).toBe(capture.headers.authorization);
      expect(signed.headers['x-acs-content-sha256']).toBe(capture.headers['x-acs-content-sha256']);
    },
  );

  it.each(acs3Captures.map((capture) => [capture.name, capture] as const))(
    'reproduces the wire query and body of %s',
    (_name, capture) => {
      expect(encodeWireQuery(capture.query)).toBe(capture.rawQuery);
      if (capture.bodyForm) expect(encodeFormBody(capture.bodyForm)).toBe(capture.body);
    },
  );
});

describe('signRpcV1', () => {
  it.each(rpcV1Captures.map((capture) => [capture.name, capture] as const))(
    'reproduces the Signature and wire query of %s',
    (_name, capture) => {
      const signed = signCaptureWithRpcV1(capture);

      expect(signed.query.Signature).toBe(capture.query.Signature);
      expect(encodeWireQuery(signed.query)).toBe(capture.rawQuery);
    },
  );

  it('double-encodes values in the string to sign', () => {
    const capture = rpcV1Captures.find((candidate) => candidate.name.includes('v1-encoding-special-chars'));
    if (!capture) throw new Error('capture 051-v1-encoding-special-chars is missing from test/data/sdk-captures');

    const signed = signCaptureWithRpcV1(capture);

    expect(signed.stringToSign.startsWith('POST&%2F&AccessKeyId%3Dtestid%26Action%3DUpdateListenerAttribute')).toBe(true);
    expect(signed.stringToSign).toContain('ListenerDescription%3Da%2520b%252Ac%2527%2528d%2529%2521~%252B%252F%253D%2526%253F%2525%25E4%25B8%25AD%25E6%2596%2587_-.');
  });
});
