import type { RecordedCall } from '../clause/clause-evidence.js';
import type { ClauseRecord } from '../report/clause-record.js';
import type { CoverageCatalogue, CoverageItem, CoverageReport, OperationCoverage } from './coverage-types.js';
import { operationGroupOf } from './operation-groups.js';

/**
 * Compares what the clauses of a run exercised with the catalogue. Only calls of clause bodies count:
 * the calls of cleanups restore the target and prove nothing. A transition counts when a clause that
 * declares it in the registry passed.
 */
export function computeCoverage(records: readonly ClauseRecord[], catalogue: CoverageCatalogue): CoverageReport {
  const calls = records.flatMap((record) => record.evidence.calls).filter((call) => call.phase === 'clause');
  const receivedCodes = calls.filter((call) => call.code !== undefined);

  const operations = catalogue.operations.map((operation): OperationCoverage => {
    const operationCalls = calls.filter((call) => call.action === operation.action);
    return {
      action: operation.action,
      group: operationGroupOf(operation.action),
      calls: operationCalls.length,
      parameters: operation.parameters.map((parameter) => ({
        name: parameter.name,
        count: operationCalls.filter((call) => usesParameter(call, parameter.name)).length,
      })),
      errorCodes: operation.errors.map((error) => ({
        name: error.code,
        count: operationCalls.filter((call) => call.code === error.code).length,
      })),
    };
  });

  const gatewayErrorCodes = catalogue.gatewayErrorCodes.map((template) => ({
    name: template,
    count: receivedCodes.filter((call) => codeMatchesTemplate(call.code ?? '', template)).length,
  }));

  return {
    operations,
    gatewayErrorCodes,
    transitions: countTransitions(records, catalogue.transitions),
    unlistedErrorCodes: countUnlistedCodes(receivedCodes, catalogue),
  };
}

function usesParameter(call: RecordedCall, name: string): boolean {
  return call.parameters.some((used) => used === name || used.startsWith(`${name}.`));
}

/** Gateway codes may be templates such as `Missing%s`, which `MissingListenerId` matches. */
function codeMatchesTemplate(code: string, template: string): boolean {
  if (!template.includes('%s')) {
    return code === template;
  }

  const pattern = template
    .split('%s')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${pattern}$`).test(code);
}

function countTransitions(records: readonly ClauseRecord[], known: readonly string[]): CoverageItem[] {
  const passed = records.filter((record) => record.status === 'passed');
  return known.map((transition) => ({
    name: transition,
    count: passed.filter((record) => record.transitions.includes(transition)).length,
  }));
}

function countUnlistedCodes(calls: readonly RecordedCall[], catalogue: CoverageCatalogue): CoverageItem[] {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const code = call.code ?? '';
    const listed =
      catalogue.operations.some((operation) => operation.errors.some((error) => error.code === code)) ||
      catalogue.gatewayErrorCodes.some((template) => codeMatchesTemplate(code, template));
    if (!listed) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}
