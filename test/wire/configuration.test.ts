import { describe, expect, it } from 'vitest';

import { resolveCredentials } from '../../src/wire/credentials.js';
import { resolveEndpoint } from '../../src/wire/endpoint.js';
import { WireConfigurationError } from '../../src/wire/errors.js';

describe('resolveCredentials', () => {
  const env = {
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-id',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
    ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token',
  };

  it('prefers explicit options', () => {
    expect(resolveCredentials({ accessKeyId: 'id', accessKeySecret: 'secret', env })).toEqual({
      accessKeyId: 'id',
      accessKeySecret: 'secret',
    });
  });

  it('reads the environment', () => {
    expect(resolveCredentials({ env })).toEqual({
      accessKeyId: 'env-id',
      accessKeySecret: 'env-secret',
      securityToken: 'env-token',
    });
  });

  it('names the missing variable', () => {
    expect(() => resolveCredentials({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-id' } })).toThrow(
      'the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set',
    );
    expect(() => resolveCredentials({ env: {} })).toThrow(
      'the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set',
    );
  });

  it('names the missing option', () => {
    expect(() => resolveCredentials({ accessKeyId: 'id', env })).toThrow(WireConfigurationError);
    expect(() => resolveCredentials({ accessKeyId: 'id', env })).toThrow('accessKeyId id is set but accessKeySecret is missing');
    expect(() => resolveCredentials({ accessKeySecret: 's', env })).toThrow('accessKeyId is missing');
  });

  it('keeps the secret out of messages', () => {
    expect(() => resolveCredentials({ accessKeySecret: 'do-not-print', env })).not.toThrow(/do-not-print/);
  });
});

describe('resolveEndpoint', () => {
  it.each([
    [{ endpoint: 'http://127.0.0.1:8080' }, 'http://127.0.0.1:8080'],
    [{ endpoint: 'http://127.0.0.1:8080/' }, 'http://127.0.0.1:8080'],
    [{ endpoint: 'https://alb.example.test' }, 'https://alb.example.test'],
    [{ endpoint: 'http://[::1]:9000', region: 'cn-hangzhou' }, 'http://[::1]:9000'],
    [{ region: 'cn-hangzhou' }, 'https://alb.cn-hangzhou.aliyuncs.com'],
    [{ region: 'ap-southeast-1' }, 'https://alb.ap-southeast-1.aliyuncs.com'],
  ])('resolves %j', (options, expected) => {
    expect(resolveEndpoint(options)).toBe(expected);
  });

  it.each([
    [{ endpoint: '127.0.0.1:8080' }, 'has no scheme. Write it as a URL such as http://127.0.0.1:8080'],
    [{ endpoint: 'ftp://127.0.0.1' }, 'uses the scheme ftp:'],
    [{ endpoint: 'http://127.0.0.1:8080/api' }, 'has a path, query or fragment'],
    [{ endpoint: 'http://127.0.0.1:8080/?a=1' }, 'has a path, query or fragment'],
    [{ endpoint: 'http://user:pass@127.0.0.1' }, 'must not carry a user name or password'],
    [{ endpoint: 'http://' }, 'is not a valid URL'],
    [{ region: 'Hangzhou' }, 'Region "Hangzhou" is not a valid region id'],
    [{ region: 'cn-hangzhou.evil.test/' }, 'is not a valid region id'],
    [{}, 'No endpoint configured'],
  ])('rejects %j', (options, message) => {
    expect(() => resolveEndpoint(options)).toThrow(WireConfigurationError);
    expect(() => resolveEndpoint(options)).toThrow(message);
  });
});
