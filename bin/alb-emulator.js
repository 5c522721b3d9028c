#!/usr/bin/env node
// Runs the alb-emulator command from the TypeScript sources through tsx's ESM loader.
import { register } from 'tsx/esm/api';

register();

const { runCli } = await import('../src/emulator/cli.ts');
const exitCode = await runCli(process.argv.slice(2));

// Keep-alive sockets and pino's destination could hold the event loop open after a stop.
process.exit(exitCode);
