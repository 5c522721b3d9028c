// Public entry point of the ALB mocks for msw: a stateful emulator in process, or recorded fixtures.

// Stateful mock: the reference emulator behind msw
export { albHandlers, createAlbMock, defaultMockJobDurationMs } from './alb-handlers.js';
export type { AlbMock, AlbMockOptions } from './alb-handlers.js';

// Replay of recorded fixtures
export { loadFixtureSource, noMatchingExchangeCode, replayHandlers } from './replay-handlers.js';
export type { FixtureSource, ReplayOptions } from './replay-handlers.js';
export { ReplaySession } from './replay-session.js';
export type { ReplayRequest, ReplayResponse } from './replay-session.js';

// Endpoints
export { albEndpointPattern, endpointPattern } from './endpoint-pattern.js';

// Fixture types, for users who build fixtures in code
export type { Fixture, FixtureExchange, FixtureRequest, FixtureResponse, NamedFixture } from '../fixtures/fixture-types.js';
