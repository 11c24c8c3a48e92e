import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { mutationBench, type MutationBench } from '../../../tests/helpers/mutations.ts';

// Each statistic's <Stat /> replaced by a changed figure typed into the body (see tests/helpers/mutations.ts).
describe('mutation: every changed figure is caught', () => {
  let bench: MutationBench;
  beforeAll(async () => {
    bench = await mutationBench();
  }, 60_000);

  it('catches a changed figure typed into the body in place of its <Stat />, for every statistic', async () => {
    const missed: string[] = [];
    let tried = 0;
    for (const entry of bench.casebook.cases) {
      const text = bench.files.get(entry.id)!;
      for (const stat of entry.data.stats) {
        const tag = new RegExp(`<Stat\\s+id="${stat.id}"\\s*/>`);
        expect(tag.test(text), `${entry.id}: ${stat.id} is stated`).toBe(true);
        const diagnostics = await bench.checkWith(entry.id, text.replace(tag, bench.mutate(stat.figure, stat.source.id)));
        tried++;
        // Usually "reads as a claim"; inside a quoted name (“5分钟服务圈”) the statistic is then "never stated".
        const caught = diagnostics.filter((diagnostic) => diagnostic.file === entry.file && / reads as a claim |never stated/.test(diagnostic.message));
        if (caught.length === 0) missed.push(`${entry.id} ${stat.id} ${stat.figure}: ${diagnostics.map(formatDiagnostic).join(' | ')}`);
      }
    }
    expect(tried).toBe(bench.statCount);
    expect(missed).toEqual([]);
  }, 120_000);
});
