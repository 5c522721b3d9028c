import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The spec file, relative to the repository root; generated headers and the README name it. */
export const specRelativePath = 'spec/alb-listener-certificates.yaml';

export const defaultSpecPath = fileURLToPath(new URL(`../../${specRelativePath}`, import.meta.url));

/** A parsed JSON or YAML value whose shape is checked where it is read. */
export type SpecNode = { readonly [key: string]: unknown };

/** The parts of the OpenAPI document that the generator reads. */
export interface SpecDocument {
  readonly raw: SpecNode;
  readonly schemas: Readonly<Record<string, SpecNode>>;
  readonly operations: readonly SpecOperation[];
}

export interface SpecOperation {
  readonly action: string;
  readonly path: string;
  readonly node: SpecNode;
}

/** Reads and parses the spec, and lists its operations in document order. */
export async function loadSpec(specPath: string = defaultSpecPath): Promise<SpecDocument> {
  const text = await readFile(specPath, 'utf8');
  const raw = asNode(parse(text), specPath);

  const components = asNode(raw['components'], 'components');
  const schemas = asNode(components['schemas'], 'components.schemas') as Record<string, SpecNode>;

  const operations = Object.entries(asNode(raw['paths'], 'paths')).map(([path, item]) => {
    const post = asNode(asNode(item, `paths.${path}`)['post'], `paths.${path}.post`);
    const action = post['operationId'];

    if (typeof action !== 'string' || path !== `/${action}`) {
      throw new Error(`Invalid operation at paths.${path}: operationId must be the action name and the path /<action>.`);
    }

    return { action, path, node: post };
  });

  return { raw, schemas, operations };
}

/** Returns the value as an object node, or throws naming the location of the spec that is not one. */
export function asNode(value: unknown, location: string): SpecNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Invalid spec: ${location} must be an object, received ${JSON.stringify(value)}.`);
  }

  return value as SpecNode;
}
