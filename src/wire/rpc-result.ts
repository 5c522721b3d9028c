import type { WireExchange, WireResponse } from './types.js';

/** A 1xx-3xx response whose body is a JSON object. */
export interface RpcSuccess {
  ok: true;
  status: number;
  body: Record<string, unknown>;
  /** The body's `RequestId`, or undefined when it has none. */
  requestId: string | undefined;
  exchange: WireExchange;
}

/** A 4xx-5xx response, or any response whose body is not a JSON object. */
export interface RpcFailure {
  ok: false;
  status: number;
  /** The body's `Code` (or `code`), NOT_JSON_RESPONSE_CODE when the body is not JSON, or '' when absent. */
  code: string;
  message: string;
  requestId?: string;
  /** The parsed error body, or `{}` when the body is not a JSON object. */
  body: Record<string, unknown>;
  exchange: WireExchange;
}

export type RpcResult = RpcSuccess | RpcFailure;

/**
 * The code the client reports when a response body is not a JSON object. No Alibaba Cloud error
 * code has this form. The official SDK throws a bare SyntaxError in this case.
 */
export const NOT_JSON_RESPONSE_CODE = 'Client.ResponseNotJson';

/**
 * Interprets a response the way the official SDK does: a status below 400 is a success and 400 or
 * above an error, reading `Code`, `Message` and `RequestId` (or their lower-case forms) from the
 * JSON error body.
 */
export function toRpcResult(response: WireResponse, exchange: WireExchange): RpcResult {
  const body = parseJsonObject(response.body);

  if (body === undefined) {
    const preview = response.body.length > 200 ? `${response.body.slice(0, 200)}...` : response.body;
    return {
      ok: false,
      status: response.status,
      code: NOT_JSON_RESPONSE_CODE,
      message: `the HTTP ${response.status} response body is not a JSON object: ${JSON.stringify(preview)}`,
      body: {},
      exchange,
    };
  }

  const requestId = readString(body, 'RequestId', 'requestId');
  if (response.status < 400) {
    return { ok: true, status: response.status, body, requestId, exchange };
  }

  return {
    ok: false,
    status: response.status,
    code: readString(body, 'Code', 'code') ?? '',
    message: readString(body, 'Message', 'message') ?? '',
    ...(requestId === undefined ? {} : { requestId }),
    body,
    exchange,
  };
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    return isObject ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readString(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = body[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}
