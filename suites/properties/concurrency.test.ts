import { checkConcurrencyProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-014', (context) => checkConcurrencyProperty(context, 'one-listener', currentPropertySettings()));

clause('ACWL-PROP-015', (context) => checkConcurrencyProperty(context, 'one-load-balancer', currentPropertySettings()));
