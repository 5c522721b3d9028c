// The `alb-conformance` process: bin/alb-conformance.js imports this module after registering tsx.
import { runCommandLine } from './command-line.js';
import type { CommandOutput } from './run-conformance.js';

const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

process.exitCode = await runCommandLine(process.argv.slice(2), processOutput, process.env);
