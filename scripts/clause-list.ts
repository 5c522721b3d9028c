// Rewrites the clause list in README.md from suites/registry/clauses.yaml.
// Usage: npm run clause-list
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderClauseList, replaceClauseList } from '../src/conformance/docs/clause-list.js';
import { loadClauseRegistry } from '../src/conformance/registry/load-registry.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

const readme = readFileSync(readmePath, 'utf8');
const updated = replaceClauseList(readme, renderClauseList(loadClauseRegistry()));
writeFileSync(readmePath, updated);
console.log(`Updated the clause list in ${readmePath}`);
