import { inject } from 'vitest';
import type { ConformanceTarget } from '../../src/conformance/target/conformance-target.js';
import '../../src/conformance/vitest-context.js';

/** Returns the target of this run, as the runner or the global setup provided it. */
export function currentTarget(): ConformanceTarget {
  const target = inject('conformanceTarget');
  if (target === undefined) {
    throw new Error(
      'No conformance target was provided. Run the suites with `alb-conformance run`, or with ' +
        '`vitest run --config suites/vitest.config.ts`, whose global setup provides one.',
    );
  }
  return target;
}
