import { randomUUID } from 'node:crypto';

import type { RpcHttpResponse } from './types.js';

/** Content type of every emulator response; the official SDKs parse JSON whatever the content type. */
export const jsonContentType = 'application/json;charset=utf-8';

/** Creates a request id shaped like the real service's: an upper-case UUID. */
export function createRequestId(): string {
  return randomUUID().toUpperCase();
}

/** Renders a 200 response carrying the core's response body. */
export function renderSuccess(body: Record<string, unknown>): RpcHttpResponse {
  return {
    status: 200,
    headers: { 'content-type': jsonContentType },
    body: JSON.stringify(body),
  };
}

/** Parts of an error response; `host` is the request's Host header. */
export interface ErrorResponseParts {
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
export function renderError(parts: ErrorResponseParts): RpcHttpResponse {
  const body = {
    RequestId: parts.requestId,
    HostId: hostWithoutPort(parts.host),
    Code: parts.code,
    Message: parts.message,
    Recommend: recommendUrl(parts.code, parts.requestId),
  };

  return {
    status: parts.httpStatus,
    headers: { ...parts.headers, 'content-type': jsonContentType },
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
