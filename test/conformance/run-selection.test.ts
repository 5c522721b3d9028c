import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/conformance/report/html-report.js';
import { describeSelection, formatRunHeader } from '../../src/conformance/report/run-selection.js';
import { syntheticReport } from './helpers/synthetic-report.js';

describe('run selection', () => {
  it('names every clause and the tiers', () => {
    expect(describeSelection({ clauseIds: [], tiers: ['core', 'strict', 'extended'] })).toBe('every clause of tiers core, strict, extended');
  });

  it('names the shard', () => {
    expect(describeSelection({ clauseIds: [], tiers: ['core'], shard: '2/4' })).toBe('every clause of tier core in shard 2/4 of the suite files');
  });

  it('names the selected clauses', () => {
    expect(describeSelection({ clauseIds: ['ACWL-ERR-001', 'ACWL-VAL-001'], tiers: ['strict'], shard: '1/2' })).toBe(
      'clauses ACWL-ERR-001, ACWL-VAL-001 of tier strict in shard 1/2 of the suite files',
    );
  });

  it('formats the header line', () => {
    const header = formatRunHeader({ clauseIds: [], tiers: ['core'], shard: '2/4' }, 'embedded emulator at http://127.0.0.1:9');

    expect(header).toBe('alb-conformance: running every clause of tier core in shard 2/4 of the suite files against embedded emulator at http://127.0.0.1:9\n');
  });

  it('shows the selection in the HTML report', () => {
    const html = renderHtmlReport({ ...syntheticReport(), shard: '3/3' });

    expect(html).toContain('<th>Selection</th><td>every clause of tiers core, strict in shard 3/3 of the suite files</td>');
  });
});
