import { defineConfig } from 'vitest/config';

// The project's own tests. The conformance suites under suites/ are run by `alb-conformance run`,
// which has its own vitest configuration, and by the end-to-end tests under test/conformance/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // .ci/run reads the JSON results to print its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'reports/unit-tests.json' }]],
  },
});
