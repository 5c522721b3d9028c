import type { WireExchange } from '../wire-contract.js';

/** Replacement text for a secret in evidence. */
export const redactedMarker = '<redacted>';

const secretHeaderNames = new Set(['x-acs-security-token', 'x-acs-accesskey-id']);

const secretParameterPattern = /((?:^|[?&])(?:Signature|SecurityToken|AccessKeyId)=)[^&]*/g;

/**
 * Removes secrets from an exchange: signatures, security tokens and every given secret value,
 * wherever it appears. The wire client redacts its exchanges already. This second pass guards
 * the reports against a secret that reached a body or a header some other way.
 */
export function redactExchangeSecrets(exchange: WireExchange, secrets: readonly string[]): WireExchange {
  const redactText = (text: string): string => redactKnownSecrets(text, secrets);

  return {
    ...exchange,
    request: {
      method: exchange.request.method,
      url: redactText(exchange.request.url.replace(secretParameterPattern, `$1${redactedMarker}`)),
      headers: redactHeaders(exchange.request.headers, redactText),
      body: redactText(exchange.request.body.replace(secretParameterPattern, `$1${redactedMarker}`)),
    },
    response:
      exchange.response === undefined
        ? undefined
        : {
            status: exchange.response.status,
            headers: redactHeaders(exchange.response.headers, redactText),
            body: redactText(exchange.response.body),
          },
    ...(exchange.error === undefined ? {} : { error: redactText(exchange.error) }),
  };
}

/** Replaces every occurrence of each secret (and its percent-encoded form) in a text. */
export function redactKnownSecrets(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length < 4) {
      continue;
    }
    redacted = redacted.replaceAll(secret, redactedMarker).replaceAll(encodeURIComponent(secret), redactedMarker);
  }
  return redacted;
}

function redactHeaders(
  headers: Readonly<Record<string, string>>,
  redactText: (text: string) => string,
): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lowerName = name.toLowerCase();
    if (secretHeaderNames.has(lowerName)) {
      redacted[name] = redactedMarker;
    } else if (lowerName === 'authorization') {
      redacted[name] = value.replace(/Signature=[^,\s]*/g, `Signature=${redactedMarker}`);
    } else {
      redacted[name] = redactText(value);
    }
  }
  return redacted;
}
