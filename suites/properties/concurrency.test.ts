import { checkConcurrencyProperty } from '../../src/properties/concurrency/concurrency-property.js';
import { currentPropertySettings } from '../../src/properties/run/current-settings.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-014', (context) => checkConcurrencyProperty(context, 'one-listener', currentPropertySettings()));

clause('ACWL-PROP-015', (context) => checkConcurrencyProperty(context, 'one-load-balancer', currentPropertySettings()));
