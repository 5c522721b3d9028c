import { checkModelProperty } from '../../src/properties/model/model-property.js';
import { currentPropertySettings } from '../../src/properties/run/current-settings.js';
import { clause } from '../support/index.js';

clause('ACWL-MODEL-002', (context) => checkModelProperty(context, currentPropertySettings()));
