import { createHmac, randomBytes } from 'node:crypto';

import { invalidNextToken } from './business-errors.js';

/**
 * Opaque NextToken values: base64url of `<offset>.<checksum>`, where the checksum is an HMAC over the
 * scope (action and filters) and the offset with a key made per emulator instance. A forged token, or
 * one issued for another listener, other filters or another emulator run, is rejected.
 */
export class PageTokenCodec {
  private readonly key: Buffer;

  constructor(key: Buffer = randomBytes(32)) {
    this.key = key;
  }

  encode(scope: string, offset: number): string {
    return Buffer.from(`${offset}.${this.checksum(scope, offset)}`, 'utf8').toString('base64url');
  }

  /** Returns the offset of a token issued by `encode` for the same scope; raises InvalidParameter otherwise. */
  decode(scope: string, token: string): number {
    const [offsetText, checksum, extra] = Buffer.from(token, 'base64url').toString('utf8').split('.');
    const offset = Number(offsetText);
    const valid =
      extra === undefined &&
      /^\d{1,9}$/.test(offsetText ?? '') &&
      checksum === this.checksum(scope, offset);
    if (!valid) {
      throw invalidNextToken();
    }
    return offset;
  }

  private checksum(scope: string, offset: number): string {
    return createHmac('sha256', this.key).update(`${scope}\n${offset}`).digest('hex').slice(0, 24);
  }
}

/** One page of `items` from the offset in `nextToken`, with the token of the next page if there is one. */
export function paginate<Item>(
  items: readonly Item[],
  options: { codec: PageTokenCodec; scope: string; maxResults: number; nextToken: string | undefined },
): { page: Item[]; nextToken?: string } {
  const offset =
    options.nextToken === undefined || options.nextToken === ''
      ? 0
      : options.codec.decode(options.scope, options.nextToken);
  const end = offset + options.maxResults;
  const page = items.slice(offset, end);

  return end < items.length ? { page, nextToken: options.codec.encode(options.scope, end) } : { page };
}
