import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { schemaValidatorFromFile } from '../json-schema-file.js';
import { formatSchemaErrors } from '../schema-errors.js';
import type { ClauseDefinition, ClauseRegistry } from './clause-types.js';

/** The registry shipped with the suites. */
export const defaultRegistryPath: string = fileURLToPath(
  new URL('../../../suites/registry/clauses.yaml', import.meta.url),
);

/** The JSON Schema of the registry file. */
export const registrySchemaPath: string = fileURLToPath(
  new URL('../../../suites/registry/clauses.schema.json', import.meta.url),
);

/** Raised when the registry file is unreadable, malformed or has a duplicate id; `problems` lists each one. */
export class RegistryError extends Error {
  readonly problems: readonly string[];

  constructor(path: string, problems: readonly string[]) {
    super(`Invalid clause registry ${path}:\n  ${problems.join('\n  ')}`);
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

const cache = new Map<string, ClauseRegistry>();

/** Loads and validates a clause registry file; the result is cached per path. */
export function loadClauseRegistry(path: string = defaultRegistryPath): ClauseRegistry {
  const cached = cache.get(path);
  if (cached) {
    return cached;
  }

  const registry = parseClauseRegistry(readFileSync(path, 'utf8'), path);
  cache.set(path, registry);
  return registry;
}

/** Parses registry YAML text; `origin` names the file in error messages. */
export function parseClauseRegistry(text: string, origin: string): ClauseRegistry {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new RegistryError(origin, [`invalid YAML: ${(error as Error).message}`]);
  }

  const validate = schemaValidatorFromFile(registrySchemaPath);
  if (!validate(document)) {
    throw new RegistryError(origin, formatSchemaErrors(validate.errors, 'registry'));
  }

  const clauses = (document as { clauses: RawClause[] }).clauses.map(normaliseClause);
  const duplicates = findDuplicateIds(clauses);
  if (duplicates.length > 0) {
    throw new RegistryError(
      origin,
      duplicates.map((id) => `clause id ${id} appears more than once; give the new clause the next free number`),
    );
  }

  return createRegistry(clauses);
}

/** Wraps a list of clause definitions in the registry interface. */
export function createRegistry(clauses: readonly ClauseDefinition[]): ClauseRegistry {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  return { clauses, get: (id) => byId.get(id) };
}

type RawClause = Omit<ClauseDefinition, 'errorCodes' | 'transitions' | 'needs'> &
  Partial<Pick<ClauseDefinition, 'errorCodes' | 'transitions' | 'needs'>>;

function normaliseClause(raw: RawClause): ClauseDefinition {
  return {
    ...raw,
    errorCodes: raw.errorCodes ?? [],
    transitions: raw.transitions ?? [],
    needs: raw.needs ?? [],
  };
}

function findDuplicateIds(clauses: readonly ClauseDefinition[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const clause of clauses) {
    if (seen.has(clause.id)) {
      duplicates.add(clause.id);
    }
    seen.add(clause.id);
  }
  return [...duplicates];
}
