import { describe, expect, it } from 'vitest';

import { createRequestId, jsonContentType, renderError, renderSuccess } from '../../../src/emulator/http/json-response.js';

describe('renderError', () => {
  it('renders the gateway error body with HostId and Recommend', () => {
    const response = renderError({
      requestId: 'A1B2C3D4-0000-4000-8000-000000000000',
      host: '127.0.0.1:8080',
      code: 'ResourceNotFound.Listener',
      httpStatus: 404,
      message: 'The specified resource lsn-x is not found.',
    });

    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe(jsonContentType);
    expect(JSON.parse(response.body)).toEqual({
      RequestId: 'A1B2C3D4-0000-4000-8000-000000000000',
      HostId: '127.0.0.1',
      Code: 'ResourceNotFound.Listener',
      Message: 'The specified resource lsn-x is not found.',
      Recommend:
        'https://api.aliyun.com/troubleshoot?q=ResourceNotFound.Listener&product=Alb&requestId=A1B2C3D4-0000-4000-8000-000000000000',
    });
  });

  it('keeps the brackets of an IPv6 host', () => {
    const response = renderError({ requestId: 'R', host: '[::1]:8080', code: 'X', httpStatus: 400, message: 'm' });

    expect(JSON.parse(response.body).HostId).toBe('[::1]');
  });

  it('adds the extra headers of the error', () => {
    const response = renderError({
      requestId: 'R',
      host: undefined,
      code: 'Throttling.User',
      httpStatus: 400,
      message: 'm',
      headers: { 'x-acs-retry-after': '1000' },
    });

    expect(response.headers['x-acs-retry-after']).toBe('1000');
    expect(JSON.parse(response.body).HostId).toBe('');
  });
});

describe('renderSuccess', () => {
  it('renders status 200 with the JSON body', () => {
    const response = renderSuccess({ RequestId: 'R', JobId: 'J' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(jsonContentType);
    expect(JSON.parse(response.body)).toEqual({ RequestId: 'R', JobId: 'J' });
  });
});

describe('createRequestId', () => {
  it('creates an upper-case UUID', () => {
    expect(createRequestId()).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });
});
