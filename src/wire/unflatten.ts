import type { FlatParameters } from './types.js';

export type UnflattenResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; parameter: string; reason: string };

/**
 * Rebuilds a request object from wire parameters, the server-side inverse of `flattenParameters`.
 * `Name.N` segments become lists ordered by their numeric index (so `.10` follows `.2`), and `A.B`
 * becomes a nested object. Values stay strings, because only the API schema defines their types.
 *
 * A segment that starts with a letter or `_` is a field name. Any other segment is a list index and
 * must be a decimal number from 1 with no sign and no leading zero, and a list's indices must run
 * 1, 2, 3... without gaps. A failure names the wire parameter and the reason.
 */
export function unflattenParameters(flat: FlatParameters): UnflattenResult {
  const root: ObjectNode = { kind: 'object', fields: new Map(), wireKey: '' };

  for (const [wireKey, value] of Object.entries(flat)) {
    const inserted = insertParameter(root, wireKey, value);
    if (inserted) return { ok: false, parameter: wireKey, reason: inserted };
  }

  return materializeObject(root);
}

interface ScalarNode {
  kind: 'scalar';
  value: string;
  wireKey: string;
}

interface ObjectNode {
  kind: 'object';
  fields: Map<string, TreeNode>;
  /** The first wire parameter that created this node, for conflict messages. */
  wireKey: string;
}

interface ListNode {
  kind: 'list';
  items: Map<number, TreeNode>;
  wireKey: string;
}

type TreeNode = ScalarNode | ObjectNode | ListNode;

type Segment = { kind: 'field'; name: string } | { kind: 'index'; index: number };

const FIELD_NAME = /^[A-Za-z_]/;
const LIST_INDEX = /^[1-9][0-9]*$/;

/** Inserts one parameter into the tree, or returns the reason it cannot. */
function insertParameter(root: ObjectNode, wireKey: string, value: string): string | undefined {
  const segments: Segment[] = [];
  for (const text of wireKey.split('.')) {
    const segment = parseSegment(text);
    if (typeof segment === 'string') return segment;
    segments.push(segment);
  }

  const first = segments[0];
  if (first?.kind !== 'field') return 'a parameter name must start with a field name, not a list index';

  let container: ObjectNode | ListNode = root;
  for (let position = 0; position < segments.length; position++) {
    const segment = segments[position] as Segment;
    const isLast = position === segments.length - 1;
    const next = segments[position + 1];
    const childKind: TreeNode['kind'] = isLast ? 'scalar' : next?.kind === 'index' ? 'list' : 'object';

    const existing = readChild(container, segment);
    if (existing === undefined) {
      const created = createNode(childKind, wireKey, value);
      writeChild(container, segment, created);
      if (created.kind === 'scalar') return undefined;
      container = created;
      continue;
    }

    if (existing.kind !== childKind || existing.kind === 'scalar') {
      const path = segments.slice(0, position + 1).map(formatSegment).join('.');
      return `${path} is used as ${describeKind(childKind)} here but as ${describeKind(existing.kind)} by ${existing.wireKey}`;
    }
    container = existing;
  }

  return undefined;
}

function parseSegment(text: string): Segment | string {
  if (text === '') return 'the name has an empty segment (two dots in a row, or a leading or trailing dot)';
  if (text === '__proto__') return 'the segment "__proto__" is not a valid parameter name';
  if (FIELD_NAME.test(text)) return { kind: 'field', name: text };
  if (text === '0') return 'list index 0 is invalid because indices start at 1';
  if (text.startsWith('-')) return `list index ${text} is negative, but indices start at 1`;
  if (/^0[0-9]+$/.test(text)) return `list index ${text} has a leading zero. Write ${String(Number(text))}`;
  if (!LIST_INDEX.test(text)) return `list index "${text}" is not a decimal number`;
  // Larger indices lose precision as numbers, so two different ones could name the same item.
  const index = Number(text);
  if (!Number.isSafeInteger(index)) return `list index ${text} is larger than ${Number.MAX_SAFE_INTEGER}`;
  return { kind: 'index', index };
}

function readChild(container: ObjectNode | ListNode, segment: Segment): TreeNode | undefined {
  if (container.kind === 'object' && segment.kind === 'field') return container.fields.get(segment.name);
  if (container.kind === 'list' && segment.kind === 'index') return container.items.get(segment.index);
  return undefined;
}

function writeChild(container: ObjectNode | ListNode, segment: Segment, node: TreeNode): void {
  if (container.kind === 'object' && segment.kind === 'field') container.fields.set(segment.name, node);
  if (container.kind === 'list' && segment.kind === 'index') container.items.set(segment.index, node);
}

function createNode(kind: TreeNode['kind'], wireKey: string, value: string): TreeNode {
  if (kind === 'scalar') return { kind, value, wireKey };
  if (kind === 'list') return { kind, items: new Map(), wireKey };
  return { kind, fields: new Map(), wireKey };
}

function formatSegment(segment: Segment): string {
  return segment.kind === 'field' ? segment.name : String(segment.index);
}

function describeKind(kind: TreeNode['kind']): string {
  if (kind === 'scalar') return 'a single value';
  if (kind === 'list') return 'a list';
  return 'an object';
}

function materializeObject(node: ObjectNode): UnflattenResult {
  const value: Record<string, unknown> = {};

  for (const [name, child] of node.fields) {
    const materialized = materializeNode(child);
    if (!materialized.ok) return materialized;
    value[name] = materialized.value;
  }

  return { ok: true, value };
}

type MaterializedNode = { ok: true; value: unknown } | { ok: false; parameter: string; reason: string };

function materializeNode(node: TreeNode): MaterializedNode {
  if (node.kind === 'scalar') return { ok: true, value: node.value };
  if (node.kind === 'object') return materializeObject(node);
  return materializeList(node);
}

function materializeList(node: ListNode): MaterializedNode {
  const indices = [...node.items.keys()].sort((left, right) => left - right);
  const values: unknown[] = [];

  for (const [position, index] of indices.entries()) {
    const item = node.items.get(index) as TreeNode;
    if (index !== position + 1) {
      const missing = position + 1;
      return {
        ok: false,
        parameter: item.wireKey,
        reason: `list index ${index} is present but index ${missing} is missing. List indices must run 1, 2, 3... without gaps`,
      };
    }

    const materialized = materializeNode(item);
    if (!materialized.ok) return materialized;
    values.push(materialized.value);
  }

  return { ok: true, value: values };
}
