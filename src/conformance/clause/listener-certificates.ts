import type { ConformanceClient } from './conformance-client.js';
import { expectOk } from './expectations.js';

/** One item of ListListenerCertificates. */
export interface ListedCertificate {
  readonly CertificateId: string;
  readonly CertificateType: string;
  readonly IsDefault: boolean;
  readonly Status: string;
}

/** Stops a pagination loop on a target whose NextToken never ends. */
const maxPages = 200;

/** Lists every certificate of a listener, following NextToken over all pages. */
export async function listAllListenerCertificates(
  client: ConformanceClient,
  listenerId: string,
): Promise<ListedCertificate[]> {
  const certificates: ListedCertificate[] = [];
  let nextToken: string | undefined;

  for (let page = 0; page < maxPages; page += 1) {
    const request = { ListenerId: listenerId, MaxResults: 100, ...(nextToken ? { NextToken: nextToken } : {}) };
    const body = expectOk(await client.call('ListListenerCertificates', request));
    certificates.push(...((body['Certificates'] as ListedCertificate[] | undefined) ?? []));

    nextToken = typeof body['NextToken'] === 'string' ? body['NextToken'] : undefined;
    if (!nextToken) {
      return certificates;
    }
  }
  throw new Error(
    `ListListenerCertificates for listener ${listenerId} returned a NextToken on each of ${maxPages} pages; ` +
      'the last page must return an empty NextToken',
  );
}

/** Returns the additional (non-default) server certificates of a listener, by id, with their status. */
export function additionalServerCertificates(certificates: readonly ListedCertificate[]): Map<string, string> {
  const additional = new Map<string, string>();
  for (const certificate of certificates) {
    if (!certificate.IsDefault && certificate.CertificateType !== 'Ca') {
      additional.set(certificate.CertificateId, certificate.Status);
    }
  }
  return additional;
}

/** True when no certificate of the listener is in the middle of a job. */
export function isSettled(certificates: readonly ListedCertificate[]): boolean {
  return certificates.every((certificate) => certificate.Status === 'Associated');
}
