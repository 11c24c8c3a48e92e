import { describe, expect, it } from 'vitest';
import { BASE, craftedSite, passingFiles } from '../../tests/helpers/crafted-site.ts';
import type { GateResult } from './result.ts';
import { problemLines, runGates, summaryTable } from './run.ts';

describe('running the gates', () => {
  it('runs only the gates asked for, in order', async () => {
    const started: string[] = [];
    const results = await runGates(craftedSite(), { only: ['meta', 'html'], onStart: (gate) => started.push(gate) });
    expect(started).toEqual(['html', 'meta']);
    expect(results.map((result) => [result.gate, result.problems.length])).toEqual([
      ['html', 0],
      ['meta', 0],
    ]);
  });

  it('prints one line per problem with its gate, page and place, and a row per gate saying pass or FAIL', async () => {
    const files = passingFiles();
    const results = await runGates(craftedSite({ ...files, 'index.html': files['index.html']!.replace('</main>', '<a href="cases/gone/">gone</a></main>') }), { only: ['html', 'links'] });
    expect(problemLines(results)).toEqual([`links ${BASE} a[href] cases/gone/: no such file`]);
    const table = summaryTable(results).split('\n');
    expect(table[0]).toMatch(/^gate\s+checked\s+problems\s+result\s+time$/);
    expect(table[2]).toMatch(/^html\s+6 pages\s+0\s+pass\s+\d+\.\d s$/);
    expect(table[3]).toMatch(/^links\s+6 pages, \d+ references, \d+ internal\s+1\s+FAIL\s+\d+\.\d s$/);
  });

  it('fails a gate that cannot run with the reason, and still runs the others', async () => {
    const results = await runGates(craftedSite({ ...passingFiles(), 'api/cases.json': '{ not json' }), { only: ['links', 'meta'] });
    expect(results.map((result) => [result.gate, result.problems.map((problem) => problem.message)])).toEqual([
      ['links', [expect.stringMatching(/^the links gate could not run: .*JSON/)]],
      ['meta', []],
    ]);
  });

  it('adds the gates\' notes under the table', () => {
    const result: GateResult = { gate: 'a11y', checked: { pages: 1_200 }, problems: [], notes: ['a11y loaded 60 of 1,200 pages'] };
    expect(summaryTable([result]).split('\n').slice(2)).toEqual(['a11y  1,200 pages  0         pass', 'note: a11y loaded 60 of 1,200 pages']);
  });
});
