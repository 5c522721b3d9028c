import { parseQueryString } from '../../wire/index.js';
import type { FlatParameters } from '../../wire/index.js';

import { invalidParameterError } from './gateway-error.js';
import type { RpcHttpRequest } from './types.js';

/**
 * Reads the flat wire parameters of a request: the URL query, merged with the body when it is
 * `application/x-www-form-urlencoded` (Terraform's RPC client sends the business parameters there).
 * A key may appear only once across both, because the gateway could not tell which value counts.
 *
 * @throws GatewayError InvalidParameter naming the raw key on bad percent-encoding or a repeated key.
 */
export function readParameters(request: RpcHttpRequest): FlatParameters {
  const entries = decodeEntries(request.rawQuery, false);

  // Form bodies follow the HTML form encoding, where + is a space. The official SDK never sends
  // a literal + (it escapes it as %2B) and encodes spaces as %20 in both places.
  if (isFormBody(request.headers['content-type'])) {
    entries.push(...decodeEntries(request.body, true));
  }

  return mergeEntries(entries);
}

function isFormBody(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();

  return mediaType === 'application/x-www-form-urlencoded';
}

function decodeEntries(raw: string, plusAsSpace: boolean): Array<[string, string]> {
  const parsed = parseQueryString(raw, { plusAsSpace });
  if (parsed.ok) {
    return [...parsed.entries];
  }

  const rawKey = findUndecodablePair(raw);
  throw invalidParameterError(rawKey, `it must be valid percent-encoded UTF-8 (${parsed.reason})`);
}

/** Returns the raw key of the first `key=value` pair that does not decode, so the error can name it. */
function findUndecodablePair(raw: string): string {
  for (const pair of raw.split('&')) {
    if (pair !== '' && !parseQueryString(pair).ok) {
      const separator = pair.indexOf('=');

      return separator === -1 ? pair : pair.slice(0, separator);
    }
  }

  return raw;
}

function mergeEntries(entries: Array<[string, string]>): FlatParameters {
  const parameters: FlatParameters = Object.create(null) as FlatParameters;

  for (const [key, value] of entries) {
    if (key === '') {
      throw invalidParameterError('(empty name)', 'every parameter needs a name before its =');
    }
    if (Object.hasOwn(parameters, key)) {
      throw invalidParameterError(key, 'the parameter appears more than once; send each key once, in the query or in the form body');
    }

    parameters[key] = value;
  }

  return parameters;
}
