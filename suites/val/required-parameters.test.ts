import type { RpcResult } from '../../src/conformance/wire-contract.js';
import type { ClauseContext } from '../support/index.js';
import { clause } from '../support/index.js';
import { prepareListener } from '../support/listener-state.js';

// Missing required parameters. The gateway returns Missing<Name> with "<Name> is mandatory for this
// action.", where <Name> is the wire name. The requests break the spec on purpose, so they are sent unchecked.

/** Sends a request that breaks the spec on purpose. */
function callUnchecked(context: ClauseContext, action: string, request: object): Promise<RpcResult> {
  return context.client.call(action, request, { unchecked: true });
}

function expectMissing(context: ClauseContext, result: RpcResult, name: string): void {
  context.expectError(result, { code: `Missing${name}`, status: 400, message: `${name} is mandatory for this action.` });
}

clause('ACWL-VAL-002', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));

  const result = await callUnchecked(context, 'AssociateAdditionalCertificatesWithListener', { ListenerId: listenerId });

  expectMissing(context, result, 'Certificates');
});

clause('ACWL-VAL-003', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));
  const [certificateId = ''] = context.freeCertificates(1);

  // CertificateID instead of CertificateId: a misspelt field leaves Certificates.1 without its id.
  const result = await callUnchecked(context, 'AssociateAdditionalCertificatesWithListener', {
    ListenerId: listenerId,
    Certificates: [{ CertificateID: certificateId }],
  });

  expectMissing(context, result, 'Certificates.1.CertificateId');
});

clause('ACWL-VAL-004', async (context) => {
  const [certificateId = ''] = context.freeCertificates(1);

  const result = await callUnchecked(context, 'DissociateAdditionalCertificatesFromListener', {
    Certificates: [{ CertificateId: certificateId }],
  });

  expectMissing(context, result, 'ListenerId');
});

clause('ACWL-VAL-005', async (context) => {
  const listenerId = await prepareListener(context, context.listener('https'));

  const result = await callUnchecked(context, 'DissociateAdditionalCertificatesFromListener', { ListenerId: listenerId });

  expectMissing(context, result, 'Certificates');
});

clause('ACWL-VAL-006', async (context) => {
  expectMissing(context, await callUnchecked(context, 'ListListenerCertificates', {}), 'ListenerId');
});

clause('ACWL-VAL-007', async (context) => {
  expectMissing(context, await callUnchecked(context, 'GetListenerAttribute', {}), 'ListenerId');
});
