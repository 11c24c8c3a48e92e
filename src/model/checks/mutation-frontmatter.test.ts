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
      const text = bench.files.get(entry.id)!;
      const lines = text.split('\n');
      for (const [index, stat] of entry.data.stats.entries()) {
        const { line } = entry.source.locate(['stats', index, 'figure']);
        const mutatedLines = [...lines];
        mutatedLines[line - 1] = lines[line - 1]!.replace(stat.figure, bench.mutate(stat.figure, stat.source.id));
        const diagnostics = await bench.checkWith(entry.id, mutatedLines.join('\n'));
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
