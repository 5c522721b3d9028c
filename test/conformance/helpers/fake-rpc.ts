import type { CallOptions, RpcClient, RpcResult, WireExchange } from '../../../src/conformance/wire-contract.js';

/** One call a fake client received. */
export interface ReceivedCall {
  readonly action: string;
  readonly request: Record<string, unknown>;
  readonly options: CallOptions | undefined;
}

/** Response of a fake client to one call: a body for success, or an error. */
export type FakeAnswer =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string };

/** Creates a wire client double that responds through a handler and keeps the calls it received. */
export function fakeRpcClient(handler: (call: ReceivedCall) => FakeAnswer | Promise<FakeAnswer>): RpcClient & {
  readonly calls: ReceivedCall[];
} {
  const calls: ReceivedCall[] = [];
  return {
    calls,
    async call(action, request, options) {
      const call = { action, request: request as Record<string, unknown>, options };
      calls.push(call);
      const problem = options?.validate?.(request);
      if (problem !== undefined && !options?.unchecked) {
        throw new Error(problem);
      }
      return toResult(action, await handler(call));
    },
  };
}

function toResult(action: string, answer: FakeAnswer): RpcResult {
  const requestId = 'F0000000-0000-4000-8000-000000000000';
  if (answer.ok) {
    const body = { RequestId: requestId, ...answer.body };
    return { ok: true, status: 200, body, requestId, exchange: exchangeOf(action, 200, body) };
  }

  const body = { RequestId: requestId, HostId: '127.0.0.1', Code: answer.code, Message: answer.message };
  return {
    ok: false,
    status: answer.status,
    code: answer.code,
    message: answer.message,
    requestId,
    body,
    exchange: exchangeOf(action, answer.status, body),
  };
}

function exchangeOf(action: string, status: number, body: object): WireExchange {
  return {
    request: {
      method: 'POST',
      url: `http://127.0.0.1:9/?Action=${action}`,
      headers: { 'x-acs-action': action },
      body: '',
    },
    response: { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    durationMs: 1,
  };
}
