import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { requestValidators } from '../../generated/validators.js';
import { emulatorDefaultResources } from '../../src/conformance/target/emulator-defaults.js';
import { invalidRequestArbitrary } from '../../src/properties/arbitraries/invalid-request.js';
import { unknownParametersArbitrary } from '../../src/properties/arbitraries/unknown-parameters.js';
import { validRequestArbitrary } from '../../src/properties/arbitraries/valid-request.js';
import { certificateActions, topLevelParameterNames } from '../../src/properties/certificate-actions.js';
import { namesParameter } from '../../src/properties/request-case.js';
import { requestDomainFrom } from '../../src/properties/request-domain.js';
import { checkRequestAgainstSpec } from '../../src/properties/spec-check.js';
import { oneListenerBatchArbitrary, oneLoadBalancerBatchArbitrary } from '../../src/properties/concurrency/concurrent-batch.js';
import { modelCommandsArbitrary } from '../../src/properties/model/model-commands.js';

const domain = requestDomainFrom(emulatorDefaultResources);
const samples = { numRuns: 300 };

describe.each(certificateActions)('%s arbitraries', (action) => {
  it('repeat values for a seed', () => {
    const valid = validRequestArbitrary(action, domain);
    const invalid = invalidRequestArbitrary(action, domain);

    expect(fc.sample(valid, { seed: 42, numRuns: 30 })).toEqual(fc.sample(valid, { seed: 42, numRuns: 30 }));
    expect(fc.sample(invalid, { seed: 42, numRuns: 30 })).toEqual(fc.sample(invalid, { seed: 42, numRuns: 30 }));
    expect(fc.sample(valid, { seed: 42, numRuns: 30 })).not.toEqual(fc.sample(valid, { seed: 43, numRuns: 30 }));
  });

  it('valid requests pass the spec', () => {
    fc.assert(
      fc.property(validRequestArbitrary(action, domain), (requestCase) => {
        const validate = requestValidators[action];

        expect(requestCase.action).toBe(action);
        expect(validate(structuredClone(requestCase.request)), JSON.stringify(validate.errors)).toBe(true);
        expect(checkRequestAgainstSpec(action, requestCase.request)).toEqual([]);
      }),
      samples,
    );
  });

  it('invalid requests fail as tagged', () => {
    fc.assert(
      fc.property(invalidRequestArbitrary(action, domain), (requestCase) => {
        const violations = checkRequestAgainstSpec(action, requestCase.request);
        const { expected } = requestCase;

        expect(violations.length, requestCase.breaks).toBeGreaterThan(0);
        for (const violation of violations) {
          expect(violation.violation, `${requestCase.breaks}: ${violation.message}`).toBe(expected.violation);
          expect(namesParameter(violation.parameter, expected.parameter), `${requestCase.breaks}: ${violation.message}`).toBe(true);
        }
        expect(expected.code).toBe(expected.violation === 'required' ? `Missing${expected.parameter}` : 'InvalidParameter');
      }),
      samples,
    );
  });

  it('cover every breakable constraint', () => {
    const kinds = new Set(fc.sample(invalidRequestArbitrary(action, domain), { seed: 7, numRuns: 2000 }).map((item) => item.expected.violation));

    expect([...kinds].sort()).toEqual(expectedViolationKinds[action]);
  });

  it('unknown parameters stay unknown', () => {
    const defined = new Set(topLevelParameterNames(action).map((name) => name.toLowerCase()));

    fc.assert(
      fc.property(unknownParametersArbitrary(action), (parameters) => {
        const names = Object.keys(parameters);

        expect(names.length).toBeGreaterThan(0);
        for (const name of names) {
          expect(defined.has(name.toLowerCase()), name).toBe(false);
        }
      }),
      samples,
    );
  });
});

const certificateChangeKinds = ['duplicate', 'listIndex', 'maxItems', 'maxLength', 'minLength', 'pattern', 'required', 'type'];

const expectedViolationKinds: Record<(typeof certificateActions)[number], string[]> = {
  AssociateAdditionalCertificatesWithListener: certificateChangeKinds,
  DissociateAdditionalCertificatesFromListener: certificateChangeKinds,
  ListListenerCertificates: ['enum', 'listIndex', 'maxItems', 'maximum', 'minLength', 'minimum', 'required', 'type'],
  GetListenerAttribute: ['required', 'type'],
  ListAsynJobs: ['enum', 'listIndex', 'maxItems', 'maximum', 'minimum', 'type'],
};

describe('model and concurrency arbitraries', () => {
  const free = emulatorDefaultResources.certificates.free;
  const pools = { listenerIds: ['lsn-https-standard-01', 'lsn-https-basic-01'], freeCertificateIds: free.slice(0, 16), troubleCertificateIds: ['20000000-cn-hangzhou'] };

  it('repeat command sequences for a seed', () => {
    const describeSequences = (seed: number) =>
      fc.sample(modelCommandsArbitrary(pools), { seed, numRuns: 20 }).map((commands) => [...commands].map(String));

    expect(describeSequences(42)).toEqual(describeSequences(42));
    expect(describeSequences(42)).not.toEqual(describeSequences(43));
  });

  it('repeat concurrent batches for a seed', () => {
    const oneListener = oneListenerBatchArbitrary('lsn-https-basic-01', free);
    const oneLoadBalancer = oneLoadBalancerBatchArbitrary(['lsn-https-standard-01', 'lsn-quic-standard-01'], free, ['20000030-cn-hangzhou']);

    expect(fc.sample(oneListener, { seed: 42, numRuns: 20 })).toEqual(fc.sample(oneListener, { seed: 42, numRuns: 20 }));
    expect(fc.sample(oneLoadBalancer, { seed: 42, numRuns: 20 })).toEqual(fc.sample(oneLoadBalancer, { seed: 42, numRuns: 20 }));
  });

  it('keep certificate lists within 15 distinct ids', () => {
    const batches = fc.sample(oneLoadBalancerBatchArbitrary(['lsn-https-standard-01', 'lsn-quic-standard-01'], free, ['20000030-cn-hangzhou']), { seed: 7, numRuns: 200 });

    for (const change of batches.flatMap((batch) => batch.changes)) {
      expect(change.certificateIds.length).toBeGreaterThan(0);
      expect(change.certificateIds.length).toBeLessThanOrEqual(15);
      expect(new Set(change.certificateIds).size).toBe(change.certificateIds.length);
    }
  });
});
