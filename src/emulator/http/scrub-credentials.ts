import type { RpcHttpRequest } from './types.js';

const censor = '<redacted>';

/**
 * Removes the request's signature and security token from `text` before it is logged. The verifier's
 * reasons are meant for people and should hold neither, but a log line must never carry them.
 */
export function scrubCredentials(text: string, request: RpcHttpRequest): string {
  let scrubbed = text;

  for (const credential of credentialsOf(request)) {
    scrubbed = scrubbed.replaceAll(credential, censor);
  }

  return scrubbed;
}

function credentialsOf(request: RpcHttpRequest): string[] {
  const credentials: string[] = [];

  const authorization = request.headers['authorization'] ?? '';
  const headerSignature = /Signature=([^,\s]+)/.exec(authorization)?.[1];
  credentials.push(headerSignature ?? '', request.headers['x-acs-security-token'] ?? '');

  for (const raw of [request.rawQuery, request.body]) {
    const parameters = new URLSearchParams(raw);
    credentials.push(parameters.get('Signature') ?? '', parameters.get('SecurityToken') ?? '');
  }

  // Short values would blank unrelated words, and no real signature or token is that short.
  const decoded = credentials.filter((credential) => credential.length >= 8);

  return [...decoded, ...decoded.map((credential) => encodeURIComponent(credential))];
}
