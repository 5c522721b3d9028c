import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the suite files. */
export const suitesDirectory: string = fileURLToPath(new URL('../../../suites', import.meta.url));

/** A `clause('<id>', ...)` call found in a suite file. */
export interface ClauseCall {
  readonly id: string;
  /** Absolute path of the file. */
  readonly file: string;
}

/**
 * Finds every `clause('ACWL-...'` call in the TypeScript files under `directory` by reading them as
 * text, so it works without running vitest. A call whose id is not a string literal is not found.
 */
export function scanClauseCalls(directory: string = suitesDirectory): ClauseCall[] {
  const calls: ClauseCall[] = [];
  for (const file of listTypeScriptFiles(directory)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bclause\(\s*['"`](ACWL-[A-Z]+-\d+)['"`]/g)) {
      calls.push({ id: match[1] ?? '', file });
    }
  }
  return calls;
}

function listTypeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
