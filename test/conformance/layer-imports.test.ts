import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Checks the import directions that ARCHITECTURE.md states, on every TypeScript file of the layers.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The layers of ARCHITECTURE.md, as folders relative to the project root. */
const layers = ['src/spec', 'generated', 'src/wire', 'src/emulator', 'src/conformance', 'src/fixtures', 'src/mocks', 'src/properties', 'suites'];

/** The imports across layers that ARCHITECTURE.md allows: [importing path prefix, imported path prefix]. */
const allowedImports: ReadonlyArray<readonly [string, string]> = [
  ['generated', 'src/spec'],
  ['src/emulator', 'src/wire'],
  ['src/emulator', 'generated'],
  ['src/conformance', 'src/wire'],
  ['src/conformance', 'generated'],
  ['src/conformance/target/start-target.ts', 'src/emulator/index.ts'],
  ['src/conformance/cli/fixtures-command.ts', 'src/fixtures'],
  ['src/fixtures', 'src/conformance'],
  ['src/fixtures', 'src/emulator/index.ts'],
  ['src/fixtures', 'src/wire'],
  ['src/mocks', 'src/emulator/index.ts'],
  ['src/mocks', 'src/fixtures'],
  ['src/properties', 'src/conformance'],
  ['src/properties', 'src/wire'],
  ['src/properties', 'generated'],
  ['src/properties', 'src/spec'],
  ['src/properties', 'src/fixtures/wire-parameters.ts'],
  ['suites', 'src/conformance'],
  ['suites', 'src/properties'],
];

/** Relative module specifiers of static imports, re-exports, side-effect imports and dynamic imports. */
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

interface LayerImport {
  readonly from: string;
  readonly to: string;
}

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) {
      return typeScriptFiles(path);
    }
    return path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(path: string): string | undefined {
  return layers.find((layer) => path === layer || path.startsWith(`${layer}/`));
}

/** Lists the imports of every layer file that lead out of its layer, with the `.js` suffix turned into `.ts`. */
function crossLayerImports(): LayerImport[] {
  const found: LayerImport[] = [];
  for (const layer of layers) {
    for (const file of typeScriptFiles(join(projectRoot, layer))) {
      const from = relative(projectRoot, file);

      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const to = relative(projectRoot, resolve(dirname(file), match[1] ?? '')).replace(/\.js$/, '.ts');
        if (layerOf(to) !== layer) {
          found.push({ from, to });
        }
      }
    }
  }
  return found;
}

function isAllowed({ from, to }: LayerImport): boolean {
  return allowedImports.some(([fromPrefix, toPrefix]) => from.startsWith(fromPrefix) && to.startsWith(toPrefix));
}

describe('layer imports', () => {
  const imports = crossLayerImports();

  it('finds the imports across layers', () => {
    expect(imports).toContainEqual({ from: 'suites/support/clause.ts', to: 'src/conformance/clause/clause-run.ts' });
    expect(imports).toContainEqual({ from: 'src/conformance/target/start-target.ts', to: 'src/emulator/index.ts' });
  });

  it('follow ARCHITECTURE.md', () => {
    const forbidden = imports.filter((layerImport) => !isAllowed(layerImport)).map(({ from, to }) => `${from} imports ${to}`);

    expect(forbidden).toEqual([]);
  });
});
