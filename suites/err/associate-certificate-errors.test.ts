import { expect } from 'vitest';
import type { RpcResult } from '../../src/conformance/wire-contract.js';
import { associateAction, associateAndWait, callCertificateAction, waitForJob } from '../support/certificate-jobs.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { listenerAttributes, prepareListener } from '../support/listener-state.js';

// Errors of AssociateAdditionalCertificatesWithListener that depend on the certificates. Core clauses
// check the code and the HTTP status, and strict clauses the exact message of the spec's x-acs-errors.

async function associateMissingCertificate(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  return callCertificateAction(context.client, associateAction, listenerId, [context.certificate('missing')]);
}

async function associateDefaultCertificate(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  return callCertificateAction(context.client, associateAction, listenerId, [context.certificate('default')]);
}

async function associateCaCertificate(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  return callCertificateAction(context.client, associateAction, listenerId, [context.certificate('ca')]);
}

/** Associates a free certificate, waits for the job, then associates it again. */
async function associateTwice(context: ClauseContext): Promise<RpcResult> {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  await associateAndWait(context, listenerId, [certificateId]);
  return callCertificateAction(context.client, associateAction, listenerId, [certificateId]);
}

/**
 * Associates free certificates one at a time with the basicQuota listener until the target rejects one,
 * and returns that result. The clause does not know the quota of the target's load balancer, so it fills
 * whatever room is left. The cleanup dissociates every certificate it added.
 */
async function fillCertificateQuota(context: ClauseContext): Promise<{ loadBalancerId: string; result: RpcResult }> {
  const listenerId = await prepareListener(context, context.listener('basicQuota'));
  const loadBalancerId = String((await listenerAttributes(context, listenerId))['LoadBalancerId']);
  const freeCertificates = context.resources.certificates.free;

  for (const certificateId of freeCertificates) {
    const result = await callCertificateAction(context.client, associateAction, listenerId, [certificateId]);
    if (!result.ok) {
      context.note(`Certificate ${certificateId} was rejected after the earlier free certificates were associated`);
      return { loadBalancerId, result };
    }
    await waitForJob(context, String(context.expectOk(result)['JobId']));
  }

  throw new Error(
    `All ${freeCertificates.length} free certificates were associated with listener ${listenerId} without reaching the quota of ` +
      `load balancer ${loadBalancerId}; list more free certificates or use a basicQuota listener on a load balancer with less room`,
  );
}

clause('ACWL-ERR-002', async (context) => {
  context.expectError(await associateMissingCertificate(context), { code: 'ResourceNotFound.Certificate', status: 404 });
});

clause('ACWL-ERR-006', async (context) => {
  context.expectError(await associateDefaultCertificate(context), { code: 'OperationDenied.DefaultCertificateUsed', status: 400 });
});

clause('ACWL-ERR-008', async (context) => {
  context.expectError(await associateTwice(context), { code: 'ResourceAlreadyAssociated.Certificate', status: 400 });
});

clause('ACWL-ERR-009', async (context) => {
  const { result } = await fillCertificateQuota(context);

  context.expectError(result, { code: 'ResourceQuotaExceeded.LoadBalancerCertificatesNum', status: 400 });
});

clause('ACWL-ERR-010', async (context) => {
  context.expectError(await associateCaCertificate(context), { code: 'InvalidParameter', status: 400 });
});

clause('ACWL-ERR-024', async (context) => {
  const certificateId = context.certificate('missing');

  context.expectError(await associateMissingCertificate(context), {
    code: 'ResourceNotFound.Certificate',
    status: 404,
    message: `The specified resource ${certificateId} is not found.`,
  });
});

clause('ACWL-ERR-029', async (context) => {
  const certificateId = context.certificate('default');

  context.expectError(await associateDefaultCertificate(context), {
    code: 'OperationDenied.DefaultCertificateUsed',
    status: 400,
    message: `The operation is not allowed because of ${certificateId}.`,
  });
});

clause('ACWL-ERR-031', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  context.expectError(await associateTwice(context), {
    code: 'ResourceAlreadyAssociated.Certificate',
    status: 400,
    message: `The specified resource ${certificateId} is already associated.`,
  });
});

clause('ACWL-ERR-033', async (context) => {
  context.expectError(await associateCaCertificate(context), {
    code: 'InvalidParameter',
    status: 400,
    message: 'Invalid parameter, please check the parameter input.',
  });
});

clause('ACWL-ERR-036', async (context) => {
  const { loadBalancerId, result } = await fillCertificateQuota(context);

  const failure = context.expectError(result, { code: 'ResourceQuotaExceeded.LoadBalancerCertificatesNum', status: 400 });

  // The usage numbers are not pinned, because the API metadata does not say whether usage counts the rejected request.
  const pattern = /^The quota of LoadBalancerCertificatesNum is exceeded for resource (\S+), usage (\d+)\/(\d+)\.$/;
  const match = pattern.exec(failure.message);
  expect(match, `message ${JSON.stringify(failure.message)} does not match ${String(pattern)}`).not.toBeNull();
  expect(match?.[1]).toBe(loadBalancerId);
});
