import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The conformance suites, run by `alb-conformance run` (which adds its reporter and provides the target)
// or directly with `npx vitest run --config suites/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['suites/**/*.test.ts'],
    globalSetup: ['suites/support/global-setup.ts'],
    // Clauses share one target: its listeners, certificates and quotas. Running them one at a time
    // keeps one clause's jobs from making another clause's listener busy.
    fileParallelism: false,
    // One worker runs every suite file, so the wire client and the spec validators load once.
    isolate: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
