import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { mutationBench, substringEdits, type MutationBench } from '../../../tests/helpers/mutations.ts';

// Substring edits of each statistic's figure, and the messages that name what the source prints (see tests/helpers/mutations.ts).
describe('mutation: every changed figure is caught', () => {
  let bench: MutationBench;
  beforeAll(async () => {
    bench = await mutationBench();
  }, 60_000);

  it('catches every substring edit of every statistic: a digit dropped, a qualifier dropped or changed, a decimal truncated', async () => {
    const missed: string[] = [];
    const tried = new Map<string, number>();
    for (const entry of bench.casebook.cases) {
      for (const [index, stat] of entry.data.stats.entries()) {
        for (const [kind, variant] of substringEdits(stat.figure)) {
          if (bench.printedWhole(variant, stat.source.id)) continue;
          const diagnostics = await bench.checkWith(entry.id, bench.withFigure(entry, index, variant));
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
          if (!diagnostics.some((diagnostic) => diagnostic.file === entry.file && diagnostic.field?.startsWith(`stats[${index}]`))) {
            missed.push(`${entry.id} ${stat.id}: ${stat.figure} → ${variant} (${kind})`);
          }
        }
      }
    }
    // Every kind of edit was tried on the bundled figures, many times over.
    expect(Object.fromEntries([...tried].map(([kind, count]) => [kind, count > 5]))).toEqual({
      'leading digit dropped': true,
      'qualifier dropped': true,
      'qualifier changed': true,
      'qualifier added': true,
      'decimal truncated': true,
    });
    expect(missed).toEqual([]);
  }, 300_000);

  it.each([
    ['yantai-development-zone', '近97%', '97%', 'is printed in source "yantai-dev-zone-feature" (001_88824d566babf10b.txt) as "近97%"', 'the qualifier differs (nearly, not exact)'],
    ['yantai-development-zone', '427家', '27家', 'is not printed', 'only inside a longer figure: 427家 at line 5'],
    ['yantai-hightech-zone', '1.2万平方米', '2万平方米', 'is not printed', '1.2万平方米 at line'],
    ['donghu-emerging-fields', '1100余平方米', '100余平方米', 'is not printed', '1100余平方米 at line'],
    ['yantai-red-engine', '70余个', '80余个', 'is not printed', 'only inside a longer figure: 280余个 at line'],
  ])('catches %s: %s edited to %s, naming the figure the source prints', async (caseId, from, to, message, names) => {
    const text = bench.files.get(caseId)!;
    expect(text).toContain(`figure: "${from}"`);
    const diagnostics = await bench.checkWith(caseId, text.replace(`figure: "${from}"`, `figure: "${to}"`));
    const reported = diagnostics.map(formatDiagnostic).filter((line) => line.includes(`"${to}"`));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain(message);
    expect(reported[0]).toContain(names);
  });
});
