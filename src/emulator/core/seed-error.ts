/** One problem in a seed: the JSON path of the bad field (`seed.listeners[2].port`) and what to change. */
export interface SeedIssue {
  path: string;
  message: string;
}

/** Raised by loadSeed with every issue found; the message lists them one per line. */
export class SeedError extends Error {
  readonly issues: SeedIssue[];

  constructor(issues: SeedIssue[], source = 'seed') {
    const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`);
    super(`Invalid ${source}:\n${lines.join('\n')}`);
    this.name = 'SeedError';
    this.issues = issues;
  }
}

/** Converts a JSON pointer such as `/listeners/2/port` to `seed.listeners[2].port`. */
export function seedPathFromPointer(pointer: string): string {
  let path = 'seed';
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
  }
  return path;
}
