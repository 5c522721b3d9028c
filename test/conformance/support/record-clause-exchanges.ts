// Runs one clause the way `alb-conformance fixtures record --endpoint` does and prints, as JSON, how many
// calls each clause record contains and how many of them keep their exchange. A child process runs it,
// because runSuiteForFixtures starts vitest itself. Usage: record-clause-exchanges.ts <endpoint> <clause id>
import { runSuiteForFixtures } from '../../../src/fixtures/run-for-fixtures.js';

const [endpoint = '', clauseId = ''] = process.argv.slice(2);
const result = await runSuiteForFixtures({ endpoint, clauseIds: [clauseId] }, { out: () => undefined, err: (text) => process.stderr.write(text) }, {});
if (!result.ok) {
  process.stderr.write(`run failed with exit status ${result.exitStatus}\n`);
  process.exit(1);
}

const counts = result.clauses.map((record) => ({
  id: record.id,
  calls: record.evidence.calls.length,
  exchanges: record.evidence.calls.filter((call) => call.exchange !== undefined).length,
}));
process.stdout.write(`${JSON.stringify(counts)}\n`);
