import openapiTS, { astToString } from 'openapi-typescript';
import type { SpecNode } from './load-spec.js';
import { generatedFileHeader } from './file-header.js';

/**
 * Renders `generated/types.ts` with openapi-typescript. `defaultNonNullable` is off because a request
 * parameter with a documented default (RequestTimeout, DryRun) is still optional on the wire.
 */
export async function renderTypes(document: SpecNode): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
    defaultNonNullable: false,
  });

  return generatedFileHeader + '\n' + astToString(ast);
}
