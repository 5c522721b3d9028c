import { randomUUID } from 'node:crypto';

import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';

import { assertFixtureShape, readFixtures } from '../fixtures/fixture-files.js';
import type { Fixture, NamedFixture } from '../fixtures/fixture-types.js';
import { businessParameters, decodeParameters, isFormContentType } from '../fixtures/wire-parameters.js';

import { endpointPattern } from './endpoint-pattern.js';
import { ReplaySession } from './replay-session.js';
import type { ReplayRequest } from './replay-session.js';

/** Recorded fixtures: a fixture file or folder, several of them, or fixture objects. */
export type FixtureSource = string | Fixture | NamedFixture | ReadonlyArray<string | Fixture | NamedFixture>;

/** Options of {@link replayHandlers}. */
export interface ReplayOptions {
  /**
   * The origin to mock, such as `https://alb.test`.
   * @defaultValue every ALB endpoint, `https://alb.<region>.aliyuncs.com`
   */
  baseUrl?: string;
  /**
   * What happens to a request that no recorded exchange matches: `error` responds HTTP 400 with code
   * `Replay.NoMatchingExchange` and the recorded parameter sets in the message; `next` leaves it to
   * the next msw handler (and to msw's `onUnhandledRequest`).
   * @defaultValue 'error'
   */
  onUnmatched?: 'error' | 'next';
}

/** The error code of a request that no recorded exchange matches. */
export const noMatchingExchangeCode = 'Replay.NoMatchingExchange';

/**
 * Returns msw handlers that respond to ALB requests from recorded fixtures, matching each request by
 * action and business parameters (signatures, timestamps and nonces are not checked).
 *
 * @example
 * const server = setupServer(...replayHandlers('fixtures/exchanges/ACWL-ASYNC-001.json'));
 */
export function replayHandlers(source: FixtureSource, options: ReplayOptions = {}): HttpHandler[] {
  const session = new ReplaySession(loadFixtureSource(source));
  const onUnmatched = options.onUnmatched ?? 'error';

  const handler = http.all(endpointPattern(options.baseUrl), async ({ request }) => {
    const replayRequest = await readReplayRequest(request);
    const recorded = replayRequest === undefined ? undefined : session.respond(replayRequest);
    if (recorded !== undefined) {
      return new HttpResponse(recorded.body, { status: recorded.status, headers: recorded.headers });
    }
    if (onUnmatched === 'next') {
      return undefined;
    }
    return unmatchedResponse(request, replayRequest, session);
  });

  return [handler];
}

/** Loads fixtures from files, folders or objects, in the order given. */
export function loadFixtureSource(source: FixtureSource): NamedFixture[] {
  const items: ReadonlyArray<string | Fixture | NamedFixture> = Array.isArray(source) ? source : [source as string | Fixture | NamedFixture];

  return items.flatMap((item): NamedFixture[] => {
    if (typeof item === 'string') {
      return readFixtures(item);
    }
    if ('fixture' in item) {
      assertFixtureShape(item.fixture, item.name);
      return [item];
    }
    assertFixtureShape(item, 'object passed to replayHandlers');
    return [{ name: item.clause.id, fixture: item }];
  });
}

/** Reads the action (V3 header or V1 parameter) and the business parameters of query and form body. */
async function readReplayRequest(request: Request): Promise<ReplayRequest | undefined> {
  const url = new URL(request.url);
  const query = decodeParameters(url.search.slice(1), { plusAsSpace: false });
  const bodyText = isFormContentType(request.headers.get('content-type') ?? undefined) ? await request.text() : '';
  const form = decodeParameters(bodyText, { plusAsSpace: true });
  if (!query.ok || !form.ok) {
    return undefined;
  }

  const all = { ...query.parameters, ...form.parameters };
  const action = request.headers.get('x-acs-action') ?? all['Action'];
  return action === undefined ? undefined : { action, parameters: businessParameters(all) };
}

function unmatchedResponse(request: Request, replayRequest: ReplayRequest | undefined, session: ReplaySession): HttpResponse<string> {
  const recorded = replayRequest === undefined ? [] : session.describeRecorded(replayRequest.action);
  const requested =
    replayRequest === undefined
      ? `${request.method} ${request.url} (no action, or parameters that do not decode)`
      : `${replayRequest.action} with ${JSON.stringify(replayRequest.parameters)}`;
  const hint =
    recorded.length === 0
      ? 'No fixture records this action; pass the fixture of a clause that calls it.'
      : `Recorded parameter names: ${recorded.join('; ')}.`;
  const requestId = randomUUID().toUpperCase();

  const body = {
    RequestId: requestId,
    Code: noMatchingExchangeCode,
    Message: `No recorded exchange matches ${requested}. ${hint}`,
  };
  return new HttpResponse(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json;charset=utf-8' } });
}
