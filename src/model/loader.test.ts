import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { casebookLoader } from './loader.ts';
import { checkCasebook } from './checks/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/fixtures/conflict';

/** The parts of Astro's loader context the casebook loader uses, with a store kept in a Map. */
function context() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const store = {
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
      if (entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
  };
  return { entries, context: { store, logger: { warn: () => {} } } as unknown as LoaderContext };
}

describe('the casebook loader', () => {
  it('copies each case\'s frontmatter from the checked model, drafts marked, without its body', async () => {
    const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(model.casebook.cases).toHaveLength(2);
    const { entries, context: ctx } = context();
    await casebookLoader('cases', async () => model).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['first', 'second']);
    const first = entries.get('first')!;
    const firstCase = model.casebook.cases.find((entry) => entry.id === 'first')!;
    // Without its statistics by default (collections.stats in casebook.yaml): they are most of the store.
    const { stats, ...withoutStats } = firstCase.data;
    expect(stats.length).toBeGreaterThan(0);
    expect(first.data).toEqual(withoutStats);
    expect(first.data.draft).toBe(false);
    expect((first as { filePath?: string }).filePath).toBe(`${fixture}/cases/first.mdx`);
    // The HTML stays in the model: the data store would otherwise carry every body.
    expect(firstCase.parsed.html).toContain('class="stat"');
    expect(JSON.stringify(first)).not.toContain('class="stat"');
  });

  it('copies the statistics too when casebook.yaml asks for them, and stores the entry again when the setting changes', async () => {
    const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    const { entries, context: ctx } = context();
    await casebookLoader('cases', async () => model).load(ctx);
    const lean = entries.get('first')!;
    const settings = { ...model.casebook.settings, collections: { stats: true } };
    await casebookLoader('cases', async () => ({ ...model, casebook: { ...model.casebook, settings } })).load(ctx);
    expect(entries.get('first')).not.toBe(lean);
    expect(entries.get('first')!.data).toEqual(model.casebook.cases.find((entry) => entry.id === 'first')!.data);
  });

  it('stores an unchanged entry once and removes entries whose files are gone', async () => {
    const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    const { entries, context: ctx } = context();
    const loader = casebookLoader('sources', async () => model);
    await loader.load(ctx);
    const stored = entries.get('report-a');
    await loader.load(ctx);
    expect(entries.get('report-a')).toBe(stored);
    const fewer = { ...model, casebook: { ...model.casebook, sources: model.casebook.sources.filter((entry) => entry.id !== 'report-b') } };
    await casebookLoader('sources', async () => fewer).load(ctx);
    expect([...entries.keys()]).toEqual(['report-a']);
  });
});
