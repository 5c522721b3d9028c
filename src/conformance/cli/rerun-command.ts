import type { RunOptions } from './run-options.js';

/** Builds the command that reruns one clause with the same target, configuration and tiers. */
export function rerunCommandFor(options: RunOptions, clauseId: string): string {
  const args = ['npx', 'alb-conformance', 'run', ...targetArgumentsFor(options), '--clause', clauseId];
  return args.map(quoteForShell).join(' ');
}

/** Returns the flags that select the same target, configuration and tiers as `options`. */
export function targetArgumentsFor(options: RunOptions): string[] {
  const args: string[] = [];
  if (options.endpoint !== undefined) {
    args.push('--endpoint', options.endpoint);
  }
  if (options.region !== undefined) {
    args.push('--region', options.region);
  }
  if (options.configPath !== undefined) {
    args.push('--config', options.configPath);
  }
  if (options.tiers !== undefined) {
    args.push('--tier', options.tiers.join(','));
  }
  return args;
}

function quoteForShell(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) {
    return arg;
  }
  return `'${arg.replaceAll("'", `'"'"'`)}'`;
}
