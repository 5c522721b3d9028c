import { runFixturesCommand } from './fixtures-command.js';
import { commandsHelpText, helpText } from './help-text.js';
import type { CommandOutput } from './run-conformance.js';
import { exitStatus, runConformance } from './run-conformance.js';
import { parseCommandLine } from './run-options.js';
import { UsageError } from './usage-error.js';

/**
 * Runs the `alb-conformance` command line and returns its exit status. Without a command it prints
 * the list of commands as a usage error.
 */
export async function runCommandLine(args: readonly string[], output: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  const [commandName] = args;
  if (commandName === undefined) {
    output.err(commandsHelpText);
    return exitStatus.usage;
  }
  if (commandName === '--help' || commandName === '-h' || commandName === 'help') {
    output.out(commandsHelpText);
    return exitStatus.passed;
  }
  if (commandName === 'fixtures') {
    return runFixturesCommand(args.slice(1), output, env);
  }

  let command;
  try {
    command = parseCommandLine(args);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`alb-conformance: ${error.message}\n`);
      return exitStatus.usage;
    }
    throw error;
  }

  if (command.kind === 'help') {
    output.out(helpText);
    return exitStatus.passed;
  }
  return runConformance(command.options, output, env);
}
