import type { TestProject } from 'vitest/node';
import { loadTargetConfigFile } from '../../src/conformance/config/load-target-config.js';
import { parseTierList } from '../../src/conformance/registry/parse-tier-list.js';
import { planTarget } from '../../src/conformance/target/plan-target.js';
import { runPreflight } from '../../src/conformance/target/preflight.js';
import { startTarget } from '../../src/conformance/target/start-target.js';
import '../../src/conformance/vitest-context.js';

/**
 * Provides the conformance target when vitest runs the suites directly
 * (`npx vitest run --config suites/vitest.config.ts`). `alb-conformance run` resolves the target
 * itself and provides it, and then this setup does nothing. The environment variables
 * ALB_CONFORMANCE_ENDPOINT, ALB_CONFORMANCE_REGION, ALB_CONFORMANCE_CONFIG and ALB_CONFORMANCE_TIERS
 * play the part of the command's flags; without them the embedded emulator is the target.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (project.config.provide?.conformanceTarget !== undefined) {
    return undefined;
  }

  const env = process.env;
  const configPath = env['ALB_CONFORMANCE_CONFIG'];
  const tiers = env['ALB_CONFORMANCE_TIERS'];
  const plan = planTarget(
    {
      ...(env['ALB_CONFORMANCE_ENDPOINT'] ? { endpoint: env['ALB_CONFORMANCE_ENDPOINT'] } : {}),
      ...(env['ALB_CONFORMANCE_REGION'] ? { region: env['ALB_CONFORMANCE_REGION'] } : {}),
      ...(configPath ? { config: loadTargetConfigFile(configPath) } : {}),
      ...(tiers ? { tiers: parseTierList(tiers) } : {}),
    },
    env,
  );

  const started = await startTarget(plan);
  try {
    await runPreflight(started.target);
  } catch (error) {
    await started.close();
    throw error;
  }

  project.provide('conformanceTarget', started.target);
  return () => started.close();
}
