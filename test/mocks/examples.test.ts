// Runs the user-facing example under the network guard. The root vitest configuration includes
// test/**/*.test.ts only; once it includes examples/**/*.test.ts as well, this file can go.
import './network-guard.js';
import '../../examples/sdk-with-msw.test.js';
