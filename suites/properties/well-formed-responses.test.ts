import { checkWellFormedResponseProperty } from '../../src/properties/checks/well-formed-response-property.js';
import { currentPropertySettings } from '../../src/properties/run/current-settings.js';
import { clause } from '../support/index.js';

clause('ACWL-PROP-013', (context) => checkWellFormedResponseProperty(context, currentPropertySettings()));
