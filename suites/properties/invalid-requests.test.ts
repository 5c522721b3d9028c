import { checkInvalidRequestProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-007', (context) =>
  checkInvalidRequestProperty(context, 'AssociateAdditionalCertificatesWithListener', currentPropertySettings()),
);

clause('ACWL-PROP-008', (context) =>
  checkInvalidRequestProperty(context, 'DissociateAdditionalCertificatesFromListener', currentPropertySettings()),
);

clause('ACWL-PROP-009', (context) => checkInvalidRequestProperty(context, 'ListListenerCertificates', currentPropertySettings()));

clause('ACWL-PROP-010', (context) => checkInvalidRequestProperty(context, 'GetListenerAttribute', currentPropertySettings()));

clause('ACWL-PROP-011', (context) => checkInvalidRequestProperty(context, 'ListAsynJobs', currentPropertySettings()));
