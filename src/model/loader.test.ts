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
  it('copies cases from the checked model with their headings, a digest of the body and the disagreements each takes part in', async () => {
    const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(model.casebook.cases).toHaveLength(2);
    const { entries, context: ctx } = context();
    await casebookLoader('cases', async () => model).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['first', 'second']);
    const first = entries.get('first')!;
    const firstCase = model.casebook.cases.find((entry) => entry.id === 'first')!;
    expect(firstCase.parsed.html).toContain('class="stat"');
    expect(first.data.headings).toEqual(firstCase.parsed.headings);
    expect(first.data.bodyDigest).toMatch(/^[0-9a-f]{20}$/);
    // The HTML itself stays in the model: the data store would otherwise carry every body.
    expect(JSON.stringify(first.data)).not.toContain('class="stat"');
    expect(first.data.file).toBe(`${fixture}/cases/first.mdx`);
    const disputes = first.data.disputes as { label: string; claims: { caseId: string }[] }[];
    expect(disputes.map((group) => group.label)).toEqual(['蓬莱海上风电产业链招商 · 促成落地海上风电项目数']);
    expect(disputes[0]!.claims.map((claim) => claim.caseId).sort()).toEqual(['first', 'second']);
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
