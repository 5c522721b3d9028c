import { inject } from 'vitest';

import type { PropertySettings } from './property-settings.js';
import { propertySettingsFromEnvironment, validatePropertySettings } from './property-settings.js';

// `alb-conformance run` provides the settings of --seed, --path and --num-runs to the test workers.
declare module 'vitest' {
  interface ProvidedContext {
    propertySettings?: PropertySettings;
  }
}

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
