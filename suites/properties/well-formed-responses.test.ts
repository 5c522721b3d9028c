import { checkWellFormedResponseProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-013', (context) => checkWellFormedResponseProperty(context, currentPropertySettings()));
