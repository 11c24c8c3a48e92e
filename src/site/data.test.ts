import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from '../model/checks/index.ts';
import { sharedModel } from '../model/shared-model.ts';

// Pages read the model the integration put in the process-wide slot; here a checked fixture is put there.
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/fixtures/conflict';

async function load(draft: string[] = []) {
  const model = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
  for (const entry of model.casebook.cases) if (draft.includes(entry.id)) entry.data.draft = true;
  sharedModel().model = Promise.resolve(model);
}

describe("the pages' view of the model", () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('DEV', false);
  });

  it('lists the disagreements the model found, with the statistics on each side', async () => {
    await load();
    const { getDisagreements } = await import('./data.ts');
    const groups = await getDisagreements();
    expect(groups.map((group) => [group.label, group.reconciled, group.claims.map((claim) => `${claim.caseId}:${claim.stat.figure}`)])).toEqual([
      ['蓬莱海上风电产业链招商 · 促成落地海上风电项目数', false, ['first:7个', 'second:22个']],
    ]);
  });

  it('leaves drafts out of the published site, and a disagreement with no published counterpart', async () => {
    await load(['second']);
    const { getCases, getDisagreements } = await import('./data.ts');
    expect((await getCases()).map((entry) => entry.id)).toEqual(['first']);
    expect(await getDisagreements()).toEqual([]);
  });

  it('shows drafts in the dev server', async () => {
    vi.stubEnv('DEV', true);
    await load(['second']);
    const { getCases } = await import('./data.ts');
    expect((await getCases()).map((entry) => entry.id).sort()).toEqual(['first', 'second']);
  });

  it('follows the model the dev server swaps in after an edit', async () => {
    await load();
    const { getCases } = await import('./data.ts');
    expect((await getCases()).map((entry) => entry.id).sort()).toEqual(['first', 'second']);
    await load(['second']);
    expect((await getCases()).map((entry) => entry.id)).toEqual(['first']);
  });
});
