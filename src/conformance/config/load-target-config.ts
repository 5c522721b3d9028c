import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { schemaValidatorFromFile } from '../json-schema-file.js';
import { formatSchemaErrors } from '../schema-errors.js';
import type { CredentialsSource, TargetConfig } from './target-config.js';

/** The JSON Schema of the target configuration file. */
export const targetConfigSchemaPath: string = fileURLToPath(new URL('./target-config.schema.json', import.meta.url));

/** Raised for an unreadable or invalid target configuration; the message names each bad field. */
export class TargetConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetConfigError';
  }
}

/** A target configuration with the warnings its content deserves (inline secrets). */
export interface LoadedTargetConfig {
  readonly config: TargetConfig;
  readonly warnings: readonly string[];
}

/** Reads a YAML or JSON target configuration file and checks it against the schema. */
export function loadTargetConfigFile(path: string): LoadedTargetConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TargetConfigError(`Cannot read the target configuration ${path}: ${(error as Error).message}`);
  }

  const format = extname(path).toLowerCase() === '.json' ? 'json' : 'yaml';
  return parseTargetConfig(text, format, path);
}

/** Parses target configuration text; `origin` names the file in error messages. */
export function parseTargetConfig(text: string, format: 'json' | 'yaml', origin: string): LoadedTargetConfig {
  const document = parseDocument(text, format, origin);

  const validate = schemaValidatorFromFile(targetConfigSchemaPath);
  if (!validate(document)) {
    const problems = formatSchemaErrors(validate.errors, 'config');
    throw new TargetConfigError(`Invalid target configuration ${origin}:\n  ${problems.join('\n  ')}`);
  }

  const config = document as TargetConfig;
  if (config.endpoint !== undefined && config.region !== undefined) {
    throw new TargetConfigError(
      `Invalid target configuration ${origin}:\n  config.endpoint and config.region are both set; keep one of them`,
    );
  }

  return { config, warnings: inlineSecretWarnings(config, origin) };
}

function parseDocument(text: string, format: 'json' | 'yaml', origin: string): unknown {
  try {
    const document: unknown = format === 'json' ? JSON.parse(text) : parseYaml(text);
    return document ?? {};
  } catch (error) {
    throw new TargetConfigError(
      `The target configuration ${origin} is not valid ${format.toUpperCase()}: ${(error as Error).message}`,
    );
  }
}

function inlineSecretWarnings(config: TargetConfig, origin: string): string[] {
  const warnings: string[] = [];
  for (const [role, source] of Object.entries(config.credentials ?? {}) as [string, CredentialsSource][]) {
    for (const field of ['accessKeySecret', 'securityToken'] as const) {
      if (source[field] !== undefined) {
        warnings.push(
          `${origin}: config.credentials.${role}.${field} holds a secret inline; ` +
            `prefer ${field}Env with the name of an environment variable, and keep this file out of version control`,
        );
      }
    }
  }
  return warnings;
}
