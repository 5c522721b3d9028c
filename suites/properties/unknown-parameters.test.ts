import { checkUnknownParameterProperty } from '../../src/properties/checks/unknown-parameter-property.js';
import { currentPropertySettings } from '../../src/properties/run/current-settings.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-012', (context) => checkUnknownParameterProperty(context, currentPropertySettings()));
