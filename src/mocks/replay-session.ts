import { materialize } from '../fixtures/materialize.js';
import type { FixtureResponse, NamedFixture } from '../fixtures/fixture-types.js';
import { placeholderPattern } from '../fixtures/placeholder.js';

/** A request as the replay matches it: the action and the business parameters in wire form. */
export interface ReplayRequest {
  readonly action: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** A recorded response, ready to send. */
export interface ReplayResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The fixture and exchange it comes from, as `ACWL-ASYNC-001 exchanges[2]`. */
  readonly source: string;
}

/** One recorded exchange, materialized, with how to match its parameters. */
interface ReplayEntry {
  readonly source: string;
  readonly action: string;
  readonly matchers: ReadonlyMap<string, (value: string) => boolean>;
  readonly response: FixtureResponse;
  served: boolean;
}

/**
 * Serves recorded exchanges in order. A request gets the first exchange not yet served whose action
 * and parameters match, so a poll recorded as Associating then Associated replays the same way.
 * Once every match has been served, the last one is served again.
 *
 * Placeholders are materialized per fixture, so a JobId returned by a replayed Associate is the one
 * that the recorded ListAsynJobs request carries. A parameter whose placeholder never appears in a
 * response (a ClientToken, a client timestamp) matches any value.
 */
export class ReplaySession {
  readonly #entries: ReplayEntry[];

  constructor(fixtures: readonly NamedFixture[]) {
    this.#entries = fixtures.flatMap(toEntries);
  }

  /** The number of recorded exchanges that can be served. */
  get size(): number {
    return this.#entries.length;
  }

  /** Returns the recorded response to a request, or undefined when no recorded exchange matches it. */
  respond(request: ReplayRequest): ReplayResponse | undefined {
    const candidates = this.#entries.filter((entry) => matches(entry, request));
    const entry = candidates.find((candidate) => !candidate.served) ?? candidates.at(-1);
    if (entry === undefined) {
      return undefined;
    }

    entry.served = true;
    return {
      status: entry.response.status,
      headers: { 'content-type': 'application/json;charset=utf-8', ...entry.response.headers },
      body: entry.response.body === undefined ? (entry.response.bodyText ?? '') : JSON.stringify(entry.response.body),
      source: entry.source,
    };
  }

  /** Describes the recorded parameter sets of an action, for the message of an unmatched request. */
  describeRecorded(action: string): string[] {
    return this.#entries.filter((entry) => entry.action === action).map((entry) => `${entry.source}: ${[...entry.matchers.keys()].join(', ') || '(no parameters)'}`);
  }

  /** Marks every exchange as not yet served, so the recording replays from its start. */
  rewind(): void {
    for (const entry of this.#entries) {
      entry.served = false;
    }
  }
}

function toEntries({ name, fixture }: NamedFixture): ReplayEntry[] {
  const boundPlaceholders = placeholdersInResponses(fixture.exchanges.map((exchange) => exchange.response));

  return fixture.exchanges.flatMap((exchange, index) => {
    if (exchange.response === undefined) {
      return [];
    }

    const matchers = new Map<string, (value: string) => boolean>();
    for (const [parameter, recorded] of Object.entries(exchange.request.parameters)) {
      matchers.set(parameter, parameterMatcher(recorded, name, boundPlaceholders));
    }

    return [{ source: `${name} exchanges[${index}]`, action: exchange.action, matchers, response: materialize(exchange.response, name), served: false }];
  });
}

function placeholdersInResponses(responses: ReadonlyArray<FixtureResponse | undefined>): Set<string> {
  const found = new Set<string>();
  const text = JSON.stringify(responses);
  for (const match of text.matchAll(placeholderPattern())) {
    found.add(match[0]);
  }
  return found;
}

/**
 * Matches a recorded parameter value: literally, with bound placeholders materialized, and with
 * unbound ones (values only the client knew) matching anything.
 */
function parameterMatcher(recorded: string, namespace: string, bound: ReadonlySet<string>): (value: string) => boolean {
  let source = '';
  let hasWildcard = false;
  let last = 0;

  for (const match of recorded.matchAll(placeholderPattern())) {
    source += escapeRegExp(recorded.slice(last, match.index));
    if (bound.has(match[0])) {
      source += escapeRegExp(String(materialize(match[0], namespace)));
    } else {
      source += '[\\s\\S]*';
      hasWildcard = true;
    }
    last = match.index + match[0].length;
  }
  source += escapeRegExp(recorded.slice(last));

  if (!hasWildcard) {
    const expected = last === 0 ? recorded : String(materialize(recorded, namespace));
    return (value) => value === expected;
  }
  const pattern = new RegExp(`^${source}$`);
  return (value) => pattern.test(value);
}

function matches(entry: ReplayEntry, request: ReplayRequest): boolean {
  if (entry.action !== request.action) {
    return false;
  }

  const names = Object.keys(request.parameters);
  if (names.length !== entry.matchers.size) {
    return false;
  }
  return names.every((name) => {
    const matcher = entry.matchers.get(name);
    return matcher !== undefined && matcher(request.parameters[name] ?? '');
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
