import { beforeAll, describe, expect, it } from 'vitest';
import { mutationBench, type MutationBench } from '../../../tests/helpers/mutations.ts';

// One digit of each statistic's figure changed, in the frontmatter (see tests/helpers/mutations.ts).
describe('mutation: every changed figure is caught', () => {
  let bench: MutationBench;
  beforeAll(async () => {
    bench = await mutationBench();
  }, 60_000);

  it('catches a changed figure in the frontmatter, for every statistic', async () => {
    const missed: string[] = [];
    let tried = 0;
    for (const entry of bench.casebook.cases) {
      for (const [index, stat] of entry.data.stats.entries()) {
        const diagnostics = await bench.checkWith(entry.id, bench.withFigure(entry, index, bench.mutate(stat.figure, stat.source.id)));
        tried++;
        if (!diagnostics.some((diagnostic) => diagnostic.file === entry.file && diagnostic.field?.startsWith(`stats[${index}]`))) {
          missed.push(`${entry.id} ${stat.id} ${stat.figure}`);
        }
      }
    }
    expect(tried).toBe(bench.statCount);
    expect(missed).toEqual([]);
  }, 120_000);
});
