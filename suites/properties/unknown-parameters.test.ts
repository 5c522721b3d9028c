import { checkUnknownParameterProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-012', (context) => checkUnknownParameterProperty(context, currentPropertySettings()));
