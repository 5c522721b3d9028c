import { checkValidRequestProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-002', (context) =>
  checkValidRequestProperty(context, 'AssociateAdditionalCertificatesWithListener', currentPropertySettings()),
);

clause('ACWL-PROP-003', (context) =>
  checkValidRequestProperty(context, 'DissociateAdditionalCertificatesFromListener', currentPropertySettings()),
);

clause('ACWL-PROP-004', (context) => checkValidRequestProperty(context, 'ListListenerCertificates', currentPropertySettings()));

clause('ACWL-PROP-005', (context) => checkValidRequestProperty(context, 'GetListenerAttribute', currentPropertySettings()));

clause('ACWL-PROP-006', (context) => checkValidRequestProperty(context, 'ListAsynJobs', currentPropertySettings()));
