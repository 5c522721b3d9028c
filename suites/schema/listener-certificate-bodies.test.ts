import { expect } from 'vitest';
import {
  associateAction,
  associateAndWait,
  callCertificateAction,
  dissociateAction,
  listJobsById,
  startCertificateJob,
  waitForJob,
} from '../support/certificate-jobs.js';
import { clause } from '../support/index.js';
import { listenerAttributes, prepareListener } from '../support/listener-state.js';

// Success bodies beyond what the schema alone checks. The conformance client already validates every
// body against the spec, and these clauses check the values that tie the bodies to the request.

clause('ACWL-SCHEMA-002', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);

  await startCertificateJob(context, dissociateAction, listenerId, [certificateId]);
  const body = context.expectOk(
    await context.client.call('ListListenerCertificates', { ListenerId: listenerId, CertificateIds: [certificateId] }),
  );

  expect(body['Certificates']).toMatchObject([
    { CertificateId: certificateId, CertificateType: 'Server', IsDefault: false, Status: 'Diassociating' },
  ]);
});

clause('ACWL-SCHEMA-003', async (context) => {
  const defaultCertificateId = context.certificate('default');

  const certificates = await context.listListenerCertificates(context.listener('https'));

  expect(certificates.filter((certificate) => certificate.IsDefault && certificate.CertificateType === 'Server')).toMatchObject([
    { CertificateId: defaultCertificateId, CertificateType: 'Server', IsDefault: true, Status: 'Associated' },
  ]);
});

clause('ACWL-SCHEMA-004', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId]);

  const body = context.expectOk(result);
  expect(body['JobId']).toMatch(/\S/);
  expect(body['RequestId']).toMatch(/\S/);
  await waitForJob(context, String(body['JobId']));
});

clause('ACWL-SCHEMA-005', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);

  const result = await callCertificateAction(context.client, dissociateAction, listenerId, [certificateId]);

  const body = context.expectOk(result);
  expect(body['JobId']).toMatch(/\S/);
  expect(body['RequestId']).toMatch(/\S/);
  await waitForJob(context, String(body['JobId']));
});

clause('ACWL-SCHEMA-006', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  const jobId = await associateAndWait(context, listenerId, [certificateId]);
  const [job] = await listJobsById(context, jobId);

  expect(job).toMatchObject({
    Id: jobId,
    ApiName: associateAction,
    ResourceId: listenerId,
    ResourceType: 'listener',
    Status: 'Succeeded',
  });
});

clause('ACWL-SCHEMA-009', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);
  await associateAndWait(context, listenerId, [certificateId]);

  const attributes = await listenerAttributes(context, listenerId);

  expect(attributes['Certificates']).toEqual([{ CertificateId: context.certificate('default') }]);
});

clause('ACWL-SCHEMA-010', async (context) => {
  const certificates = await context.listListenerCertificates(context.listener('quic'));

  expect(certificates.filter((certificate) => certificate.IsDefault && certificate.CertificateType === 'Server')).toHaveLength(1);
});
