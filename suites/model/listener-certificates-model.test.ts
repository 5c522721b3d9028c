import { checkModelProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

clause('ACWL-MODEL-002', (context) => checkModelProperty(context, currentPropertySettings()));
