import { randomUUID } from 'node:crypto';

import type { RpcHttpResponse } from './types.js';

/** Content type of every emulator answer; the official SDKs parse JSON whatever the content type. */
export const jsonContentType = 'application/json;charset=utf-8';

/** Creates a request id shaped like the real service's: an upper-case UUID. */
export function createRequestId(): string {
  return randomUUID().toUpperCase();
}

/** Renders a 200 answer carrying the core's response body. */
export function renderSuccess(body: Record<string, unknown>): RpcHttpResponse {
  return {
    status: 200,
    headers: { 'content-type': jsonContentType },
    body: JSON.stringify(body),
  };
}

/** The parts of an error answer; `host` is the request's Host header. */
export interface ErrorAnswer {
  requestId: string;
  host: string | undefined;
  code: string;
  httpStatus: number;
  message: string;
  headers?: Record<string, string>;
}

/**
 * Renders an error the way the Alibaba Cloud API gateway does: JSON with RequestId, HostId, Code,
 * Message and Recommend, where Recommend links the troubleshooting page for the code, per
 * https://www.alibabacloud.com/help/en/openapi/user-guide/api-error-diagnosis.
 */
export function renderError(answer: ErrorAnswer): RpcHttpResponse {
  const body = {
    RequestId: answer.requestId,
    HostId: hostWithoutPort(answer.host),
    Code: answer.code,
    Message: answer.message,
    Recommend: recommendUrl(answer.code, answer.requestId),
  };

  return {
    status: answer.httpStatus,
    headers: { ...answer.headers, 'content-type': jsonContentType },
    body: JSON.stringify(body),
  };
}

function recommendUrl(code: string, requestId: string): string {
  const query = new URLSearchParams({ q: code, product: 'Alb', requestId });

  return `https://api.aliyun.com/troubleshoot?${query.toString()}`;
}

function hostWithoutPort(host: string | undefined): string {
  if (host === undefined || host === '') {
    return '';
  }

  // A bracketed IPv6 literal such as [::1]:8080 keeps its brackets.
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host);

  return match?.[1] ?? host;
}
