import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SeedError, defaultSeedPath, loadSeed, loadSeedFile, type Seed } from '../../../src/emulator/core/index.js';

function minimalSeed(): Seed {
  return {
    region: 'cn-hangzhou',
    accounts: [{ accountId: '1', accessKeys: [{ accessKeyId: 'key', accessKeySecret: 'secret' }] }],
    loadBalancers: [{ loadBalancerId: 'alb-1', accountId: '1', edition: 'Basic' }],
    certificates: [
      { certificateId: '1-cn-hangzhou', type: 'Server', accountId: '1' },
      { certificateId: '2-cn-hangzhou', type: 'Ca', accountId: '1' },
    ],
    listeners: [
      { listenerId: 'lsn-1', loadBalancerId: 'alb-1', protocol: 'HTTPS', port: 443, status: 'Running', defaultCertificateId: '1-cn-hangzhou' },
    ],
  };
}

/** Loads a seed changed by `edit` and returns the issues as `path: message` lines. */
function issuesOf(edit: (seed: Record<string, any>) => void): string[] {
  const seed = minimalSeed() as unknown as Record<string, any>;
  edit(seed);
  try {
    loadSeed(JSON.stringify(seed), 'json');
  } catch (error) {
    if (error instanceof SeedError) {
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    }
    throw error;
  }
  return [];
}

describe('loadSeed', () => {
  it('loads the default seed file', () => {
    const seed = loadSeedFile(defaultSeedPath);

    expect(seed.listeners.map((listener) => listener.listenerId)).toEqual([
      'lsn-https-standard-01',
      'lsn-quic-standard-01',
      'lsn-http-standard-01',
      'lsn-https-stopped-01',
      'lsn-https-nodefault-01',
      'lsn-https-basic-01',
    ]);
    expect(seed.certificates).toHaveLength(32);
    expect(seed.certificates.filter((item) => item.type === 'Ca').map((item) => item.certificateId)).toEqual(['29000001-cn-hangzhou']);
  });

  it('reads YAML and JSON alike', () => {
    const yamlSeed = loadSeed(readFileSync(defaultSeedPath, 'utf8'), 'yaml');

    expect(loadSeed(JSON.stringify(yamlSeed), 'json')).toEqual(yamlSeed);
  });

  it('accepts the minimal seed', () => {
    expect(issuesOf(() => undefined)).toEqual([]);
  });

  it('names an unknown load balancer', () => {
    const issues = issuesOf((seed) => {
      seed.listeners.push({ listenerId: 'lsn-2', loadBalancerId: 'alb-x', protocol: 'HTTP', port: 80, status: 'Running' });
    });

    expect(issues).toEqual(['seed.listeners[1].loadBalancerId: load balancer alb-x is not defined in seed.loadBalancers']);
  });

  it('names schema errors by path', () => {
    const issues = issuesOf((seed) => {
      seed.listeners[0].port = 70000;
      seed.listeners[0].protocol = 'FTP';
      seed.listeners[0].colour = 'blue';
      delete seed.loadBalancers[0].edition;
    });

    expect(issues).toContain('seed.listeners[0].port: must be <= 65535; fix the value');
    expect(issues).toContain('seed.listeners[0].protocol: must be one of HTTP, HTTPS, QUIC');
    expect(issues).toContain('seed.listeners[0].colour: unknown field; remove it or check its spelling against fixtures/README.md');
    expect(issues).toContain('seed.loadBalancers[0]: missing required field edition; add it');
  });

  it('rejects a CA default certificate', () => {
    const issues = issuesOf((seed) => {
      seed.listeners[0].defaultCertificateId = '2-cn-hangzhou';
    });

    expect(issues).toEqual([
      'seed.listeners[0].defaultCertificateId: certificate 2-cn-hangzhou is a Ca certificate; use a Server certificate',
    ]);
  });

  it('rejects duplicate ids', () => {
    const issues = issuesOf((seed) => {
      seed.certificates.push({ certificateId: '1-cn-hangzhou', type: 'Server', accountId: '1' });
      seed.accounts[0].accessKeys.push({ accessKeyId: 'key', accessKeySecret: 'other' });
    });

    expect(issues).toEqual([
      'seed.accounts[0].accessKeys[1].accessKeyId: duplicate access key key; give each access key a unique id',
      'seed.certificates[2].certificateId: duplicate certificate 1-cn-hangzhou; give each certificate a unique id',
    ]);
  });

  it('rejects a certificate id without region', () => {
    const issues = issuesOf((seed) => {
      seed.certificates[0].certificateId = '1';
      seed.listeners[0].defaultCertificateId = '1';
    });

    expect(issues).toEqual(['seed.certificates[0].certificateId: certificate 1 must end with -cn-hangzhou, as certificate ids of the region do']);
  });

  it('rejects additional certificates over quota', () => {
    const issues = issuesOf((seed) => {
      for (let index = 10; index < 21; index += 1) {
        seed.certificates.push({ certificateId: `${index}-cn-hangzhou`, type: 'Server', accountId: '1' });
      }
      seed.listeners[0].additionalCertificateIds = Array.from({ length: 11 }, (_, index) => `${index + 10}-cn-hangzhou`);
    });

    expect(issues).toEqual([
      'seed.loadBalancers[0]: its listeners have 11 additional certificates, over the quota of 10; raise certificateQuota or remove associations',
    ]);
  });

  it('rejects certificates on an HTTP listener', () => {
    const issues = issuesOf((seed) => {
      seed.listeners[0].protocol = 'HTTP';
    });

    expect(issues).toEqual([
      'seed.listeners[0].defaultCertificateId: an HTTP listener has no certificates; remove defaultCertificateId or use HTTPS or QUIC',
    ]);
  });

  it('rejects a port used twice', () => {
    const issues = issuesOf((seed) => {
      seed.listeners.push({ listenerId: 'lsn-2', loadBalancerId: 'alb-1', protocol: 'HTTP', port: 443, status: 'Running' });
    });

    expect(issues).toEqual(['seed.listeners[1].port: port 443 is already used by lsn-1 on alb-1; pick another port']);
  });

  it('rejects malformed YAML', () => {
    expect(() => loadSeed('region: [unclosed', 'yaml')).toThrow(/seed: not valid YAML/);
  });

  it('names a missing file', () => {
    expect(() => loadSeedFile('/nonexistent/seed.yaml')).toThrow(/cannot read the seed file.*check the path/);
  });
});
