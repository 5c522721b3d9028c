import type { ConformanceClient } from '../../conformance/clause/conformance-client.js';
import type { RpcResult } from '../../conformance/wire-contract.js';
import { flattenParameters } from '../../wire/index.js';

/** Response fields worth a place in a request log line, in this order. */
const loggedBodyFields = ['JobId', 'ListenerStatus', 'TotalCount', 'NextToken'];

/** Maximum length of a parameter value printed in full; longer values are cut and marked with their length. */
const maxShownValueLength = 72;

/**
 * The requests of one property run and what the target returned, one line each, in the form a
 * failure report prints: `GetListenerAttribute ListenerId=lsn-1 -> 200 ListenerStatus=Running`.
 * Property steps add their own lines (`note`) for what they check between requests.
 */
export class RequestLog {
  readonly #lines: string[] = [];

  get lines(): readonly string[] {
    return this.#lines;
  }

  recordCall(action: string, request: object, outcome: RpcResult | Error): void {
    this.#lines.push(`${describeRequest(action, request)} -> ${describeOutcome(outcome)}`);
  }

  note(text: string): void {
    this.#lines.push(`# ${text}`);
  }
}

/** Wraps a conformance client so that every call also goes to the log that `currentLog` returns. */
export function loggingClient(client: ConformanceClient, currentLog: () => RequestLog): ConformanceClient {
  return {
    async call(action, request, options) {
      try {
        const result = await client.call(action, request, options);
        currentLog().recordCall(action, request, result);
        return result;
      } catch (error) {
        currentLog().recordCall(action, request, error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
    },
  };
}

/** Writes a request as its action and wire parameters: `Action Name=value Name.1=value`. */
export function describeRequest(action: string, request: object): string {
  const parameters = Object.entries(flattenParameters(request)).map(([name, value]) => `${name}=${showValue(value)}`);

  return [action, ...parameters].join(' ');
}

function describeOutcome(outcome: RpcResult | Error): string {
  if (outcome instanceof Error) {
    return `no response (${outcome.message})`;
  }
  if (!outcome.ok) {
    return `${outcome.status} ${outcome.code || '(no code)'}`;
  }

  const fields = loggedBodyFields
    .filter((field) => outcome.body[field] !== undefined && outcome.body[field] !== '')
    .map((field) => `${field}=${showValue(String(outcome.body[field]))}`);
  return [String(outcome.status), ...fields].join(' ');
}

/** Shows printable ASCII values as they are and others as JSON strings, so control characters stay visible. */
function showValue(value: string): string {
  const shown = /^[\x21-\x7e]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
  if (shown.length <= maxShownValueLength) {
    return shown;
  }

  return `${shown.slice(0, maxShownValueLength)}...(${value.length} characters)`;
}
