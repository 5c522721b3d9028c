import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';

import { SeedError, seedPathFromPointer, type SeedIssue } from './seed-error.js';
import { findSeedReferenceIssues } from './seed-references.js';
import { seedSchema } from './seed-schema.js';
import type { Seed } from './seed-types.js';

/** The seed with the public resource ids that the conformance runner and users rely on. */
export const defaultSeedPath = fileURLToPath(new URL('../../../fixtures/emulator-seed.yaml', import.meta.url));

const validateSeedShape = new Ajv({ allErrors: true, strict: true }).compile(seedSchema);

/** Parses and validates a seed; raises SeedError naming the JSON path and the fix of every problem. */
export function loadSeed(text: string, format: 'json' | 'yaml', source = 'seed'): Seed {
  const document = parseSeedText(text, format, source);

  if (!validateSeedShape(document)) {
    const issues = (validateSeedShape.errors ?? []).map(describeSchemaError);
    throw new SeedError(issues, source);
  }

  const seed = document as unknown as Seed;
  const referenceIssues = findSeedReferenceIssues(seed);
  if (referenceIssues.length > 0) {
    throw new SeedError(referenceIssues, source);
  }

  return seed;
}

/** Reads a seed file; the format follows the extension (`.json`, otherwise YAML). */
export function loadSeedFile(path: string): Seed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SeedError([{ path: 'seed', message: `cannot read the seed file: ${reason}; check the path` }], path);
  }

  return loadSeed(text, path.endsWith('.json') ? 'json' : 'yaml', path);
}

function parseSeedText(text: string, format: 'json' | 'yaml', source: string): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SeedError([{ path: 'seed', message: `not valid ${format.toUpperCase()}: ${reason}` }], source);
  }
}

function describeSchemaError(error: ErrorObject): SeedIssue {
  const path = seedPathFromPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required field ${String(params.missingProperty)}; add it` };
    case 'additionalProperties':
      return {
        path: `${path}.${String(params.additionalProperty)}`,
        message: 'unknown field; remove it or check its spelling against fixtures/README.md',
      };
    case 'enum':
      return {
        path,
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    default:
      return { path, message: `${error.message ?? 'is invalid'}; fix the value` };
  }
}
