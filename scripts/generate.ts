/**
 * Regenerates generated/ from spec/alb-listener-certificates.yaml: openapi-typescript types, ajv
 * standalone validators and the operation and error catalogue.
 *
 * Usage: npx tsx scripts/generate.ts [--out DIR]   (default DIR: generated/)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArtefacts } from './generate/artefacts.js';

const defaultOutputDir = fileURLToPath(new URL('../generated/', import.meta.url));

function readOutputDir(args: readonly string[]): string {
  const flagIndex = args.indexOf('--out');
  if (flagIndex === -1) return defaultOutputDir;

  const value = args[flagIndex + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new Error('Missing value for --out: pass the folder to write the generated files to.');
  }
  return value;
}

const outputDir = readOutputDir(process.argv.slice(2));
const files = await generateArtefacts();

await mkdir(outputDir, { recursive: true });
for (const file of files) {
  await writeFile(join(outputDir, file.path), file.contents);
}

console.log(`Wrote ${files.length} files to ${outputDir}: ${files.map((file) => file.path).join(', ')}`);
