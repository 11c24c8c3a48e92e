import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from '../model/checks/index.ts';
import { casebookLoader } from '../model/loader.ts';

// Pages read the model through astro:content; here the collections are filled by the real loader
// from a checked fixture, and astro:content is mocked to serve them.
const collections = new Map<string, { id: string; data: Record<string, unknown> }[]>();
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections.get(name) ?? [] }));

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/fixtures/conflict';

async function fill(draft: string[] = []) {
  const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
  for (const entry of model.casebook.cases) if (draft.includes(entry.id)) entry.data.draft = true;
  for (const name of ['cases', 'series', 'sources'] as const) {
    const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
    const store = { keys: () => [...entries.keys()], delete: (id: string) => entries.delete(id), set: (entry: { id: string; data: Record<string, unknown> }) => entries.set(entry.id, entry) };
    await casebookLoader(name, async () => model).load({ store, logger: { warn() {} } } as never);
    collections.set(name, [...entries.values()]);
  }
}

describe("the pages' view of the model", () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('DEV', false);
  });

  it('lists the disagreements the model found, with the statistics on each side', async () => {
    await fill();
    const { getDisagreements } = await import('./data.ts');
    const groups = await getDisagreements();
    expect(groups.map((group) => [group.label, group.reconciled, group.claims.map((claim) => `${claim.caseId}:${claim.stat.figure}`)])).toEqual([
      ['蓬莱海上风电产业链招商 · 促成落地海上风电项目数', false, ['first:7个', 'second:22个']],
    ]);
  });

  it('leaves drafts out of the published site, and a disagreement with no published counterpart', async () => {
    await fill(['second']);
    const { getCases, getDisagreements } = await import('./data.ts');
    expect((await getCases()).map((entry) => entry.id)).toEqual(['first']);
    expect(await getDisagreements()).toEqual([]);
  });
});
