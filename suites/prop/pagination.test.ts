import fc from 'fast-check';
import { expect } from 'vitest';
import { checkClauseProperty, currentPropertySettings } from '../../src/properties/index.js';
import { clause } from '../support/index.js';

/** Cases of ACWL-PROP-001, locally and on the real service. Each case pages through the whole listener, so there are few. */
const paginationCases = 8;

clause('ACWL-PROP-001', async (context) => {
  const listenerId = context.listener('https');
  const allIds = (await context.listListenerCertificates(listenerId)).map((certificate) => certificate.CertificateId);

  await checkClauseProperty(
    context,
    {
      arbitrary: () => fc.integer({ min: 1, max: 100 }),
      predicate: async (maxResults, { client }) => {
        const pagedIds: string[] = [];
        let nextToken: string | undefined;

        do {
          const page = context.expectOk(
            await client.call('ListListenerCertificates', {
              ListenerId: listenerId,
              MaxResults: maxResults,
              ...(nextToken ? { NextToken: nextToken } : {}),
            }),
          );
          const certificates = (page['Certificates'] ?? []) as Array<{ CertificateId: string }>;
          expect(certificates.length, `certificates on a page with MaxResults ${maxResults}`).toBeLessThanOrEqual(maxResults);
          expect(page['TotalCount'], 'TotalCount').toBe(allIds.length);

          pagedIds.push(...certificates.map((certificate) => certificate.CertificateId));
          nextToken = typeof page['NextToken'] === 'string' && page['NextToken'] !== '' ? page['NextToken'] : undefined;
        } while (nextToken !== undefined && pagedIds.length <= allIds.length);

        expect([...pagedIds].sort(), `certificate ids over all pages with MaxResults ${maxResults}`).toEqual([...allIds].sort());
      },
      numRuns: paginationCases,
      numRunsOnRegion: paginationCases,
    },
    currentPropertySettings(),
  );
});
