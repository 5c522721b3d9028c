import { flattenParameters } from '../../../wire/index.js';

/**
 * Replaces the list `name` of a request with its wire keys under the given indices, so that a case
 * can send `Certificates.1.CertificateId` and `Certificates.3.CertificateId` without a second item.
 * `indices[i]` is the wire index of `items[i]`.
 */
export function withListIndices(
  request: Readonly<Record<string, unknown>>,
  name: string,
  items: readonly unknown[],
  indices: readonly string[],
): Record<string, unknown> {
  const { [name]: _replaced, ...rest } = request;
  const result: Record<string, unknown> = { ...rest };

  items.forEach((item, position) => {
    const prefix = `${name}.${indices[position] ?? String(position + 1)}`;
    if (item !== null && typeof item === 'object') {
      for (const [key, value] of Object.entries(flattenParameters(item))) {
        result[`${prefix}.${key}`] = value;
      }
    } else {
      result[prefix] = item;
    }
  });

  return result;
}

/** Replaces one item of the list `name`, keeping the other items and the rest of the request. */
export function withListItem(
  request: Readonly<Record<string, unknown>>,
  name: string,
  position: number,
  item: unknown,
): Record<string, unknown> {
  const items = [...((request[name] as unknown[] | undefined) ?? [])];
  items[position] = item;

  return { ...request, [name]: items };
}
