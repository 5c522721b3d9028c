import { randomUUID } from 'node:crypto';
import type { ClauseContext } from './index.js';

/** Makes a ClientToken that no earlier run has used, prefixed with the clause id so that the target's logs name the clause. */
export function newClientToken(context: ClauseContext): string {
  return `${context.clause.id}-${randomUUID()}`;
}

/** Counts the jobs of `apiName` on a listener that ListAsynJobs lists (TotalCount). */
export async function countListenerJobs(context: ClauseContext, listenerId: string, apiName: string): Promise<number> {
  const body = context.expectOk(
    await context.client.call('ListAsynJobs', { ResourceIds: [listenerId], ApiName: apiName, MaxResults: 1 }),
  );
  return Number(body['TotalCount']);
}
