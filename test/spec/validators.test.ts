import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionName } from '../../generated/catalogue.js';
import {
  coerceAssociateAdditionalCertificatesWithListenerRequest,
  coerceListListenerCertificatesRequest,
  responseBodyValidators,
  validateAssociateAdditionalCertificatesWithListenerRequest,
  validateDissociateAdditionalCertificatesFromListenerRequest,
  validateErrorResponseBody,
  validateListListenerCertificatesResponseBody,
} from '../../generated/validators.js';

const repliesDir = new URL('../data/sdk-replies/', import.meta.url);

function certificates(count: number): { CertificateId: string }[] {
  return Array.from({ length: count }, (_, index) => ({ CertificateId: `${12315790 + index}-cn-hangzhou` }));
}

function associateRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ListenerId: 'lsn-o4u54y73wq7b******',
    Certificates: certificates(2),
    ClientToken: '5A2CFF0E-5718-45B5-9D4D-70B3FF3898',
    DryRun: false,
    ...overrides,
  };
}

describe('request validators', () => {
  const validate = validateAssociateAdditionalCertificatesWithListenerRequest;

  it('accepts a valid Associate request', () => {
    expect(validate(associateRequest())).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('accepts 15 certificates', () => {
    expect(validate(associateRequest({ Certificates: certificates(15) }))).toBe(true);
  });

  it('rejects 16 certificates with maxItems', () => {
    expect(validate(associateRequest({ Certificates: certificates(16) }))).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({ instancePath: '/Certificates', keyword: 'maxItems', params: { limit: 15 } }),
    ]);
  });

  it('rejects 16 certificates on Dissociate too', () => {
    const dissociate = validateDissociateAdditionalCertificatesFromListenerRequest;

    expect(dissociate(associateRequest({ Certificates: certificates(16) }))).toBe(false);
    expect(dissociate.errors?.[0]?.keyword).toBe('maxItems');
  });

  it('rejects an empty certificate list with minItems', () => {
    expect(validate(associateRequest({ Certificates: [] }))).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('minItems');
  });

  it('rejects a missing ListenerId as required', () => {
    const { ListenerId: _listenerId, ...request } = associateRequest();

    expect(validate(request)).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'ListenerId' } }),
    ]);
  });

  it('rejects an empty CertificateId', () => {
    expect(validate(associateRequest({ Certificates: [{ CertificateId: '' }] }))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/Certificates/0/CertificateId', keyword: 'minLength' });
  });

  it('accepts a 64-character ClientToken', () => {
    expect(validate(associateRequest({ ClientToken: 'a'.repeat(64) }))).toBe(true);
  });

  it('rejects a 65-character ClientToken', () => {
    expect(validate(associateRequest({ ClientToken: 'a'.repeat(65) }))).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({ instancePath: '/ClientToken', keyword: 'maxLength', params: { limit: 64 } }),
    ]);
  });

  it('rejects a non-ASCII ClientToken', () => {
    expect(validate(associateRequest({ ClientToken: 'token-ü' }))).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ instancePath: '/ClientToken', keyword: 'pattern' })]);
  });

  it('rejects a control character in ClientToken', () => {
    expect(validate(associateRequest({ ClientToken: 'token\n' }))).toBe(false);
  });

  it('ignores unknown parameters such as RegionId', () => {
    expect(validate(associateRequest({ RegionId: 'cn-hangzhou' }))).toBe(true);
  });

  it('does not coerce wire strings', () => {
    expect(validate(associateRequest({ DryRun: 'true' }))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/DryRun', keyword: 'type' });
  });
});

describe('coercing request validators', () => {
  it('turns DryRun "true" into a boolean', () => {
    const request: Record<string, unknown> = { ...associateRequest(), DryRun: 'true' };

    expect(coerceAssociateAdditionalCertificatesWithListenerRequest(request)).toBe(true);
    expect(request['DryRun']).toBe(true);
  });

  it('turns MaxResults "20" into a number', () => {
    const request: Record<string, unknown> = { ListenerId: 'lsn-1', MaxResults: '20', DryRun: 'true' };

    expect(coerceListListenerCertificatesRequest(request)).toBe(true);
    expect(request['MaxResults']).toBe(20);
  });

  it('wraps a single CertificateIds value in a list', () => {
    const request: Record<string, unknown> = { ListenerId: 'lsn-1', CertificateIds: '12315790-cn-hangzhou' };

    expect(coerceListListenerCertificatesRequest(request)).toBe(true);
    expect(request['CertificateIds']).toEqual(['12315790-cn-hangzhou']);
  });

  it('leaves absent parameters without defaults', () => {
    const request: Record<string, unknown> = { ListenerId: 'lsn-1' };

    expect(coerceListListenerCertificatesRequest(request)).toBe(true);
    expect(request).toEqual({ ListenerId: 'lsn-1' });
  });

  it('rejects MaxResults "abc" with type', () => {
    const coerce = coerceListListenerCertificatesRequest;

    expect(coerce({ ListenerId: 'lsn-1', MaxResults: 'abc' })).toBe(false);
    expect(coerce.errors?.[0]).toMatchObject({ instancePath: '/MaxResults', keyword: 'type' });
  });

  it('rejects MaxResults "101" with maximum', () => {
    const coerce = coerceListListenerCertificatesRequest;

    expect(coerce({ ListenerId: 'lsn-1', MaxResults: '101' })).toBe(false);
    expect(coerce.errors?.[0]).toMatchObject({ instancePath: '/MaxResults', keyword: 'maximum' });
  });

  it('rejects DryRun "yes" with type', () => {
    const coerce = coerceAssociateAdditionalCertificatesWithListenerRequest;

    expect(coerce({ ...associateRequest(), DryRun: 'yes' })).toBe(false);
    expect(coerce.errors?.[0]).toMatchObject({ instancePath: '/DryRun', keyword: 'type' });
  });
});

describe('response body validators', () => {
  const replyFiles = readdirSync(repliesDir).filter((name) => name.endsWith('.json'));

  it('has the seven SDK replies', () => {
    expect(replyFiles).toHaveLength(7);
  });

  it.each(replyFiles)('accepts the SDK reply %s', (name) => {
    const reply = JSON.parse(readFileSync(new URL(name, repliesDir), 'utf8')) as { action: ActionName; body: string };
    const validate = responseBodyValidators[reply.action];

    expect(validate).toBeTypeOf('function');
    expect(validate(JSON.parse(reply.body))).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('rejects the Dissociating spelling', () => {
    const body = {
      RequestId: 'R-llc',
      Certificates: [{ CertificateId: '12315790-cn-hangzhou', CertificateType: 'Server', IsDefault: false, Status: 'Dissociating' }],
    };

    expect(validateListListenerCertificatesResponseBody(body)).toBe(false);
    expect(validateListListenerCertificatesResponseBody.errors?.[0]).toMatchObject({
      instancePath: '/Certificates/0/Status',
      keyword: 'enum',
      params: { allowedValues: ['Associating', 'Associated', 'Diassociating'] },
    });
  });

  it('accepts the Diassociating spelling', () => {
    const body = { RequestId: 'R-llc', Certificates: [{ CertificateId: '12315790-cn-hangzhou', Status: 'Diassociating' }] };

    expect(validateListListenerCertificatesResponseBody(body)).toBe(true);
  });

  it('rejects a body without RequestId', () => {
    expect(validateListListenerCertificatesResponseBody({ TotalCount: 0 })).toBe(false);
  });

  it('accepts a real error body', () => {
    const body = {
      RequestId: '365F4154-92F6-4AE4-92F8-7FF34B540710',
      HostId: 'alb.cn-hangzhou.aliyuncs.com',
      Code: 'IncorrectStatus.Listener',
      Message: 'The status of lsn-d5xxx [Configuring] is incorrect.',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=IncorrectStatus.Listener&product=Alb&requestId=365F4154-92F6-4AE4-92F8-7FF34B540710',
    };

    expect(validateErrorResponseBody(body)).toBe(true);
  });

  it('rejects an error body without Code', () => {
    expect(validateErrorResponseBody({ RequestId: 'R-1', Message: 'failed' })).toBe(false);
    expect(validateErrorResponseBody.errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'Code' } });
  });
});
