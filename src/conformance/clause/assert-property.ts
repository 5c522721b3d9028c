import { propertySettingsVariables } from '../property-settings.js';

// TODO: src/fixtures/run-for-fixtures.ts still imports this name. Point it at propertySettingsVariables.seed
// of property-settings.ts and delete this file.

/** The environment variable that fixes the fast-check seed of the property clauses, to replay a failed property. */
export const propertySeedVariable = propertySettingsVariables.seed;
