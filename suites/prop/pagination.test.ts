import fc from 'fast-check';
import { expect } from 'vitest';
import { clause } from '../support/index.js';

clause('ACWL-PROP-001', async (context) => {
  const listenerId = context.listener('https');
  const allIds = (await context.listListenerCertificates(listenerId)).map((certificate) => certificate.CertificateId);

  await context.assertProperty(
    fc.asyncProperty(fc.integer({ min: 1, max: 100 }), async (maxResults) => {
      const pagedIds: string[] = [];
      let nextToken: string | undefined;

      do {
        const page = context.expectOk(
          await context.client.call('ListListenerCertificates', {
            ListenerId: listenerId,
            MaxResults: maxResults,
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
        );
        const certificates = (page['Certificates'] ?? []) as Array<{ CertificateId: string }>;
        expect(certificates.length).toBeLessThanOrEqual(maxResults);
        expect(page['TotalCount']).toBe(allIds.length);

        pagedIds.push(...certificates.map((certificate) => certificate.CertificateId));
        nextToken = typeof page['NextToken'] === 'string' && page['NextToken'] !== '' ? page['NextToken'] : undefined;
      } while (nextToken !== undefined && pagedIds.length <= allIds.length);

      expect([...pagedIds].sort()).toEqual([...allIds].sort());
    }),
    { numRuns: 8 },
  );
});
