import type { Disagreement, JsonSchema } from '../../src/spec/catalogue-types.js';
import { asNode, type SpecNode } from './load-spec.js';
import { readDisagreements } from './read-extensions.js';

/** OpenAPI keywords that are not JSON Schema and that ajv would reject in strict mode. */
const openApiOnlyKeywords = new Set(['discriminator', 'xml', 'externalDocs', 'example']);

/** Keywords whose values are data, not schemas, and are copied without looking inside. */
const literalKeywords = new Set(['enum', 'const', 'default', 'examples', 'required', 'type']);

const componentPrefix = '#/components/schemas/';

export interface ResolvedSchema {
  readonly schema: JsonSchema;
  /** The `x-acs-disagreement` entries met on the way, located by field path. */
  readonly disagreements: readonly Disagreement[];
}

/**
 * Converts an OpenAPI 3.1 schema into a self-contained JSON Schema: every `$ref` to a component is
 * inlined (siblings of the `$ref` override the target's keywords), and `x-*` and OpenAPI-only keywords
 * are dropped. `location` prefixes the field paths of the disagreements, for example `request`.
 */
export function resolveSchema(
  node: SpecNode,
  schemas: Readonly<Record<string, SpecNode>>,
  location: string,
): ResolvedSchema {
  const disagreements: Disagreement[] = [];

  const convert = (value: SpecNode, path: string, refChain: readonly string[]): SpecNode => {
    const { $ref: ref, ...siblings } = value;

    if (typeof ref === 'string') {
      const name = componentName(ref, path);
      if (refChain.includes(name)) {
        throw new Error(`Unsupported recursive schema at ${path}: ${[...refChain, name].join(' -> ')}.`);
      }

      const target = convert(asNode(schemas[name], ref), path, [...refChain, name]);
      return { ...target, ...convert(siblings, path, refChain) };
    }

    const result: Record<string, unknown> = {};
    for (const [keyword, child] of Object.entries(value)) {
      if (keyword === 'x-acs-disagreement') {
        disagreements.push(...readDisagreements(child, path));
        continue;
      }
      if (keyword.startsWith('x-') || openApiOnlyKeywords.has(keyword)) continue;

      result[keyword] = convertKeyword(keyword, child, path, refChain);
    }
    return result;
  };

  const convertKeyword = (keyword: string, child: unknown, path: string, refChain: readonly string[]): unknown => {
    if (literalKeywords.has(keyword) || typeof child !== 'object' || child === null) return child;

    if (keyword === 'properties') {
      const properties = Object.entries(asNode(child, `${path} properties`));
      return Object.fromEntries(
        properties.map(([name, property]) => [name, convert(asNode(property, `${path}.${name}`), joinPath(path, name), refChain)]),
      );
    }
    if (keyword === 'items') return convert(asNode(child, `${path}[]`), `${path}[]`, refChain);
    if (Array.isArray(child)) return child.map((entry) => convert(asNode(entry, path), path, refChain));

    return convert(asNode(child, `${path} ${keyword}`), path, refChain);
  };

  const schema = convert(node, location, []);
  return { schema, disagreements };
}

function componentName(ref: string, path: string): string {
  if (!ref.startsWith(componentPrefix)) {
    throw new Error(`Unsupported $ref "${ref}" at ${path}: only ${componentPrefix}<Name> references are resolved.`);
  }

  return ref.slice(componentPrefix.length);
}

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
