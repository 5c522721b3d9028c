import { inject } from 'vitest';

import type { PropertySettings } from '../../conformance/property-settings.js';
import { propertySettingsFromEnvironment, validatePropertySettings } from '../../conformance/property-settings.js';

/**
 * Returns the property settings of this run: what `alb-conformance run` provided, over the
 * environment variables of a direct vitest run. Call it inside a clause body.
 *
 * @throws PropertySettingsError when a setting is invalid.
 */
export function currentPropertySettings(env: NodeJS.ProcessEnv = process.env): PropertySettings {
  const provided = inject('propertySettings');

  return validatePropertySettings({ ...propertySettingsFromEnvironment(env), ...provided });
}
