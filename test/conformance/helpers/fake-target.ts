import type { ConformanceTarget } from '../../../src/conformance/target/conformance-target.js';
import { emulatorDefaultResources } from '../../../src/conformance/target/emulator-defaults.js';

/** Creates a target description for unit tests. Nothing listens at its endpoint. */
export function fakeTarget(overrides: Partial<ConformanceTarget> = {}): ConformanceTarget {
  return {
    kind: 'endpoint',
    endpoint: 'http://127.0.0.1:9',
    region: 'cn-hangzhou',
    credentials: {
      default: { accessKeyId: 'unit-access-key-id', accessKeySecret: 'unit-access-key-secret-value' },
      restricted: { accessKeyId: 'unit-restricted-id', accessKeySecret: 'unit-restricted-secret-value' },
    },
    resources: emulatorDefaultResources,
    polling: { deadlineMs: 1000, intervalMs: 100 },
    tiers: ['core', 'strict'],
    allowCostly: false,
    allowDestructive: false,
    ...overrides,
  };
}
