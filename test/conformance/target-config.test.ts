import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TargetConfigError, loadTargetConfigFile, parseTargetConfig } from '../../src/conformance/config/load-target-config.js';
import { embeddedEmulatorAcceptLatencyMs, emulatorDefaultResources } from '../../src/conformance/target/emulator-defaults.js';
import { planTarget } from '../../src/conformance/target/plan-target.js';

function problemOf(text: string, format: 'json' | 'yaml' = 'yaml'): string {
  try {
    parseTargetConfig(text, format, 'target.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(TargetConfigError);
    return (error as Error).message;
  }
  return 'no error';
}

describe('target configuration', () => {
  it('accepts a complete configuration', () => {
    const loaded = parseTargetConfig(
      [
        'endpoint: http://127.0.0.1:8080',
        'credentials:',
        '  default: {accessKeyIdEnv: MY_KEY_ID, accessKeySecretEnv: MY_KEY_SECRET}',
        'resources:',
        '  listeners: {https: lsn-a, quic: lsn-b}',
        '  certificates: {free: [c-1, c-2], default: c-0, ca: ca-1, missing: c-404}',
        'polling: {deadlineMs: 5000, intervalMs: 50}',
        'tiers: [core]',
        'allowCostly: false',
        'allowDestructive: false',
      ].join('\n'),
      'yaml',
      'target.yaml',
    );

    expect(loaded.config.resources?.listeners?.quic).toBe('lsn-b');
    expect(loaded.warnings).toEqual([]);
  });

  it.each([
    ['a listener id of the wrong type', 'resources: {listeners: {https: 42}}', 'config.resources.listeners.https: must be string'],
    ['an unknown listener role', 'resources: {listeners: {tcp: lsn-a}}', 'config.resources.listeners.tcp: is not a known field'],
    ['an unknown tier', 'tiers: [gold]', 'config.tiers[0]: must be one of "core", "strict", "extended"'],
    ['an endpoint without scheme', 'endpoint: 127.0.0.1:8080', 'config.endpoint: must match pattern'],
    ['a polling interval below 10 ms', 'polling: {intervalMs: 1}', 'config.polling.intervalMs: must be >= 10'],
    ['an in-flight window of 0 ms', 'idempotence: {inFlightWindowMs: 0}', 'config.idempotence.inFlightWindowMs: must be >= 1'],
    ['endpoint and region together', 'endpoint: http://127.0.0.1:1\nregion: cn-hangzhou', 'config.endpoint and config.region are both set'],
  ])('rejects %s', (_case, text, expected) => {
    expect(problemOf(text)).toContain(expected);
  });

  it('rejects text that is not JSON', () => {
    expect(problemOf('{"endpoint": ', 'json')).toContain('is not valid JSON');
  });

  it('warns about an inline secret', () => {
    const loaded = parseTargetConfig(
      'credentials: {default: {accessKeyId: id, accessKeySecret: inline-secret}}',
      'yaml',
      'target.yaml',
    );

    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain('config.credentials.default.accessKeySecret holds a secret inline');
    expect(loaded.warnings[0]).not.toContain('inline-secret');
  });
});

describe('planTarget', () => {
  it('defaults to the embedded emulator', () => {
    const plan = planTarget({}, {});

    expect(plan.kind).toBe('emulator');
    expect(plan.credentials.default.accessKeyId).toBe('local-access-key-id');
    expect(plan.credentials.restricted?.accessKeyId).toBe('local-restricted-access-key-id');
    expect(plan.credentials.sts).toEqual({
      accessKeyId: 'local-sts-access-key-id',
      accessKeySecret: 'local-sts-access-key-secret',
      securityToken: 'local-security-token',
    });
    expect(plan.resources).toEqual(emulatorDefaultResources);
    expect(plan.tiers).toEqual(['core', 'strict', 'extended']);
    expect(plan.allowCostly).toBe(true);
  });

  it('keeps costly clauses off for a region', () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };

    const plan = planTarget({ region: 'cn-hangzhou' }, env);

    expect(plan.kind).toBe('region');
    expect(plan.allowCostly).toBe(false);
  });

  it('uses the emulator defaults for a bare endpoint', () => {
    const plan = planTarget({ endpoint: 'http://127.0.0.1:8080/' }, {});

    expect(plan.kind).toBe('endpoint');
    expect(plan.endpoint).toBe('http://127.0.0.1:8080');
    expect(plan.credentials.default.accessKeySecret).toBe('local-access-key-secret');
    expect(plan.credentials.sts?.accessKeyId).toBe('local-sts-access-key-id');
    expect(plan.resources.listeners.https).toBe('lsn-https-standard-01');
  });

  it('prefers environment credentials for an endpoint', () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };

    const plan = planTarget({ endpoint: 'http://127.0.0.1:8080' }, env);

    expect(plan.credentials.default).toEqual({ accessKeyId: 'env-id', accessKeySecret: 'env-secret' });
    expect(plan.credentials.restricted).toBeUndefined();
    expect(plan.credentials.sts).toBeUndefined();
  });

  it('reads STS credentials with their token', () => {
    const config = parseTargetConfig(
      'credentials: {sts: {accessKeyIdEnv: STS_ID, accessKeySecretEnv: STS_SECRET, securityTokenEnv: STS_TOKEN}}',
      'yaml',
      'target.yaml',
    );

    const plan = planTarget({ endpoint: 'http://127.0.0.1:8080', config }, { STS_ID: 'sts-id', STS_SECRET: 'sts-secret', STS_TOKEN: 'sts-token' });

    expect(plan.credentials.sts).toEqual({ accessKeyId: 'sts-id', accessKeySecret: 'sts-secret', securityToken: 'sts-token' });
  });

  it.each([
    [
      'an unset token variable',
      'credentials: {sts: {accessKeyIdEnv: STS_ID, accessKeySecretEnv: STS_SECRET, securityTokenEnv: STS_TOKEN}}',
      'config.credentials.sts.securityTokenEnv names the environment variable STS_TOKEN, which is not set; ' +
        'export it with the security token of the STS AccessKey or fix the name',
    ],
    [
      'no token at all',
      'credentials: {sts: {accessKeyIdEnv: STS_ID, accessKeySecretEnv: STS_SECRET}}',
      'config.credentials.sts needs the security token of its STS AccessKey: set config.credentials.sts.securityTokenEnv ' +
        'to the name of an environment variable that holds it',
    ],
  ])('rejects STS credentials with %s', (_case, text, message) => {
    const config = parseTargetConfig(text, 'yaml', 'target.yaml');

    expect(() => planTarget({ endpoint: 'http://127.0.0.1:8080', config }, { STS_ID: 'sts-id', STS_SECRET: 'sts-secret' })).toThrowError(message);
  });

  it('requires credentials for a region', () => {
    expect(() => planTarget({ region: 'cn-hangzhou' }, {})).toThrowError(
      /--region needs credentials: export ALIBABA_CLOUD_ACCESS_KEY_ID/,
    );
  });

  it('names a missing environment variable', () => {
    const config = parseTargetConfig(
      'credentials: {default: {accessKeyIdEnv: TARGET_KEY_ID, accessKeySecretEnv: TARGET_KEY_SECRET}}',
      'yaml',
      'target.yaml',
    );

    expect(() => planTarget({ region: 'cn-hangzhou', config }, { TARGET_KEY_ID: 'id' })).toThrowError(
      'config.credentials.default.accessKeySecretEnv names the environment variable TARGET_KEY_SECRET, which is not set',
    );
  });

  it('gives a region target only configured resources', () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret' };

    const plan = planTarget({ region: 'cn-shanghai' }, env);

    expect(plan.resources).toEqual({ listeners: {}, certificates: { free: [] } });
    expect(plan.polling).toEqual({ deadlineMs: 180_000, intervalMs: 3_000 });
  });

  it('declares the in-flight window of the embedded emulator', () => {
    const plan = planTarget({}, {});

    expect(plan.idempotence).toEqual({ inFlightWindowMs: embeddedEmulatorAcceptLatencyMs });
  });

  it('declares no in-flight window for a bare endpoint', () => {
    const plan = planTarget({ endpoint: 'http://127.0.0.1:8080' }, {});

    expect(plan.idempotence).toBeUndefined();
  });

  it('takes the in-flight window of the configuration', () => {
    const config = parseTargetConfig('idempotence: {inFlightWindowMs: 150}', 'yaml', 'target.yaml');

    const plan = planTarget({ endpoint: 'http://127.0.0.1:8080', config }, {});

    expect(plan.idempotence).toEqual({ inFlightWindowMs: 150 });
  });

  it('lets flags win over the configuration', () => {
    const config = parseTargetConfig('endpoint: http://127.0.0.1:1\ntiers: [core]', 'yaml', 'target.yaml');

    const plan = planTarget({ endpoint: 'http://127.0.0.1:2', tiers: ['extended'], config }, {});

    expect(plan.endpoint).toBe('http://127.0.0.1:2');
    expect(plan.tiers).toEqual(['extended']);
  });
});

describe('target configuration example', () => {
  it('passes the schema', () => {
    const path = fileURLToPath(new URL('../../src/conformance/config/target-config.example.yaml', import.meta.url));

    const loaded = loadTargetConfigFile(path);

    expect(loaded.config.resources?.listeners?.https).toBe('lsn-https-standard-01');
    expect(loaded.warnings).toEqual([]);
  });
});
