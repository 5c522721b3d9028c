import { describe, expect, it } from 'vitest';

import { ClauseExpectationError } from '../../src/conformance/clause/expectations.js';
import type { ListedCertificate } from '../../src/conformance/clause/listener-certificates.js';
import { findSerialExplanations } from '../../src/properties/concurrency/serial-explanation.js';
import type { CertificateChange } from '../../src/properties/model/change-prediction.js';
import { predictChange } from '../../src/properties/model/change-prediction.js';
import { reconcileChange } from '../../src/properties/model/change-reconciliation.js';
import type { AssociationStatus, TargetModel } from '../../src/properties/model/model-types.js';
import { reconcileJob, reconcileListedCertificates, reconcileListenerAttribute } from '../../src/properties/model/observations.js';

const basicListener = 'lsn-basic';
const otherListener = 'lsn-other';

/** Builds a model of two listeners on load balancer alb-1, whose quota is 3. Certificates c0 to c5 exist, and ca1 is a CA certificate. */
function modelWith(certificates: Record<string, AssociationStatus> = {}, otherCertificates: Record<string, AssociationStatus> = {}): TargetModel {
  return {
    listeners: new Map([
      [basicListener, { role: 'basicQuota', listenerId: basicListener, loadBalancerId: 'alb-1', defaultCertificateId: 'c0', certificates: new Map(Object.entries(certificates)) }],
      [otherListener, { role: 'https', listenerId: otherListener, loadBalancerId: 'alb-1', defaultCertificateId: 'c0', certificates: new Map(Object.entries(otherCertificates)) }],
    ]),
    loadBalancers: new Map([['alb-1', { loadBalancerId: 'alb-1', quota: 3, otherUsage: 0 }]]),
    jobs: [],
    certificateKinds: new Map([
      ['c0', 'Server'],
      ['c1', 'Server'],
      ['c2', 'Server'],
      ['c3', 'Server'],
      ['c4', 'Server'],
      ['c5', 'Server'],
      ['ca1', 'Ca'],
    ]),
    rememberedChanges: [],
  };
}

function associate(certificateIds: string[], listenerId = basicListener, dryRun = false): CertificateChange {
  return { action: 'AssociateAdditionalCertificatesWithListener', listenerId, certificateIds, dryRun };
}

function dissociate(certificateIds: string[], listenerId = basicListener): CertificateChange {
  return { action: 'DissociateAdditionalCertificatesFromListener', listenerId, certificateIds, dryRun: false };
}

function allowedOutcomes(model: TargetModel, change: CertificateChange): string[] {
  return [...new Set(predictChange(model, change).flatMap((prediction) => prediction.allowed))].sort();
}

function listed(certificateId: string, status: string, isDefault = false): ListedCertificate {
  return { CertificateId: certificateId, CertificateType: 'Server', IsDefault: isDefault, Status: status };
}

describe('predictChange', () => {
  it.each([
    ['a valid association', associate(['c1']), ['accepted']],
    ['a dry run', associate(['c1'], basicListener, true), ['DryRunOperation']],
    ['a missing certificate', associate(['c1', 'nope']), ['ResourceNotFound.Certificate']],
    ['a CA certificate', associate(['ca1']), ['InvalidParameter']],
    ['the default certificate', associate(['c0']), ['OperationDenied.DefaultCertificateUsed']],
    ['one more than the quota', associate(['c1', 'c2', 'c3', 'c4']), ['ResourceQuotaExceeded.LoadBalancerCertificatesNum']],
    ['a certificate it does not have', dissociate(['c1']), ['ResourceNotAssociated.Certificate']],
    ['the default certificate away', dissociate(['c0']), ['OperationDenied.DefaultCertificateUsed']],
  ])('allows only the outcome of %s', (_name, change, expected) => {
    expect(allowedOutcomes(modelWith(), change)).toEqual(expected);
  });

  it('allows every error that applies', () => {
    expect(allowedOutcomes(modelWith(), associate(['c0', 'ca1']))).toEqual(['InvalidParameter', 'OperationDenied.DefaultCertificateUsed']);
  });

  it('counts every listener of the load balancer', () => {
    const model = modelWith({ c1: 'Associated' }, { c2: 'Associated' });

    expect(allowedOutcomes(model, associate(['c3']))).toEqual(['accepted']);
    expect(allowedOutcomes(model, associate(['c3', 'c4']))).toEqual(['ResourceQuotaExceeded.LoadBalancerCertificatesNum']);
  });

  it('allows busy or done while a job may run', () => {
    const model = modelWith();
    reconcileChange(model, associate(['c1']), predictChange(model, associate(['c1'])), { outcome: 'accepted', jobId: 'job-1' });

    expect(allowedOutcomes(model, associate(['c2']))).toEqual(['ResourceInConfiguring.Listener', 'accepted']);
    expect(allowedOutcomes(model, associate(['c1']))).toEqual(['ResourceAlreadyAssociated.Certificate', 'ResourceInConfiguring.Listener']);
  });
});

describe('reconcileChange', () => {
  it('starts a job for an accepted change', () => {
    const model = modelWith();

    reconcileChange(model, associate(['c1', 'c2']), predictChange(model, associate(['c1', 'c2'])), { outcome: 'accepted', jobId: 'job-1' });

    expect([...(model.listeners.get(basicListener)?.certificates ?? [])]).toEqual([
      ['c1', 'Associating'],
      ['c2', 'Associating'],
    ]);
    expect(model.jobs).toEqual([{ jobId: 'job-1', action: 'AssociateAdditionalCertificatesWithListener', listenerId: basicListener, certificateIds: ['c1', 'c2'], status: 'Processing' }]);
  });

  it('rejects an outcome no world allows', () => {
    const model = modelWith();
    const change = associate(['c1', 'c2', 'c3', 'c4']);

    expect(() => reconcileChange(model, change, predictChange(model, change), { outcome: 'accepted', jobId: 'job-1' })).toThrow(ClauseExpectationError);
    expect(() => reconcileChange(model, change, predictChange(model, change), { outcome: 'accepted', jobId: 'job-1' })).toThrow(
      'returned accepted, but the model allows only ResourceQuotaExceeded.LoadBalancerCertificatesNum',
    );
  });

  it('finishes a job that a later acceptance proves done', () => {
    const model = modelWith();
    reconcileChange(model, associate(['c1']), predictChange(model, associate(['c1'])), { outcome: 'accepted', jobId: 'job-1' });

    reconcileChange(model, associate(['c2']), predictChange(model, associate(['c2'])), { outcome: 'accepted', jobId: 'job-2' });

    expect(model.jobs.map((job) => job.status)).toEqual(['Succeeded', 'Processing']);
    expect(model.listeners.get(basicListener)?.certificates.get('c1')).toBe('Associated');
    expect(model.listeners.get(basicListener)?.activeJobId).toBe('job-2');
  });
});

describe('observations', () => {
  it('accept an Associating certificate as Associated', () => {
    const model = modelWith({ c1: 'Associating' });

    reconcileListedCertificates(model, basicListener, [listed('c0', 'Associated', true), listed('c1', 'Associated')]);

    expect(model.listeners.get(basicListener)?.certificates.get('c1')).toBe('Associated');
  });

  it('drop a Diassociating certificate that is gone', () => {
    const model = modelWith({ c1: 'Diassociating' });

    reconcileListedCertificates(model, basicListener, [listed('c0', 'Associated', true)]);

    expect(model.listeners.get(basicListener)?.certificates.size).toBe(0);
  });

  it.each([
    ['an extra certificate', {}, [listed('c0', 'Associated', true), listed('c9', 'Associated')], 'c9 is listed as Associated, but the model has no such certificate'],
    ['a missing certificate', { c1: 'Associated' }, [listed('c0', 'Associated', true)], 'c1 is not listed, but the model has it Associated'],
    ['a step back', { c1: 'Associated' }, [listed('c0', 'Associated', true), listed('c1', 'Associating')], 'c1 is Associating, but the model allows Associated'],
    ['no default certificate', {}, [], 'default certificate c0 is not listed as IsDefault'],
  ] as const)('reject %s', (_name, certificates, listing, message) => {
    expect(() => reconcileListedCertificates(modelWith({ ...certificates }), basicListener, listing)).toThrow(message);
  });

  it('reject a Configuring listener without a job', () => {
    const body = { ListenerStatus: 'Configuring', LoadBalancerId: 'alb-1', Certificates: [{ CertificateId: 'c0' }] };

    expect(() => reconcileListenerAttribute(modelWith(), basicListener, body)).toThrow('returned ListenerStatus "Configuring", but the model expects Running');
  });

  it('finish the job of a Running listener', () => {
    const model = modelWith();
    reconcileChange(model, associate(['c1']), predictChange(model, associate(['c1'])), { outcome: 'accepted', jobId: 'job-1' });

    reconcileListenerAttribute(model, basicListener, { ListenerStatus: 'Running', LoadBalancerId: 'alb-1', Certificates: [{ CertificateId: 'c0' }] });

    expect(model.listeners.get(basicListener)?.activeJobId).toBeUndefined();
    expect(model.listeners.get(basicListener)?.certificates.get('c1')).toBe('Associated');
  });

  it('reject a job list of two jobs', () => {
    const model = modelWith();
    reconcileChange(model, associate(['c1']), predictChange(model, associate(['c1'])), { outcome: 'accepted', jobId: 'job-1' });
    const body = { Jobs: [{ Id: 'job-1' }, { Id: 'job-0' }] };

    expect(() => reconcileJob(model, 'job-1', body)).toThrow('ListAsynJobs with JobIds.1=job-1 must return exactly that job, but returned 2 job(s)');
  });
});

describe('findSerialExplanations', () => {
  it('explains one acceptance and one busy listener', () => {
    const changes = [associate(['c1']), associate(['c2'])];

    const explanations = findSerialExplanations(modelWith(), changes, [{ outcome: 'ResourceInConfiguring.Listener' }, { outcome: 'accepted', jobId: 'job-2' }]);

    expect(explanations.map((explanation) => explanation.order)).toEqual([[1, 0]]);
  });

  it('finds no order for two acceptances over the quota', () => {
    const changes = [associate(['c1', 'c2'], basicListener), associate(['c3', 'c4'], otherListener)];

    const explanations = findSerialExplanations(modelWith(), changes, [
      { outcome: 'accepted', jobId: 'job-1' },
      { outcome: 'accepted', jobId: 'job-2' },
    ]);

    expect(explanations).toEqual([]);
  });

  it('explains the quota error of the later call', () => {
    const changes = [associate(['c1', 'c2'], basicListener), associate(['c3', 'c4'], otherListener)];

    const explanations = findSerialExplanations(modelWith(), changes, [
      { outcome: 'accepted', jobId: 'job-1' },
      { outcome: 'ResourceQuotaExceeded.LoadBalancerCertificatesNum' },
    ]);

    expect(explanations.map((explanation) => explanation.order)).toEqual([[0, 1]]);
  });
});
