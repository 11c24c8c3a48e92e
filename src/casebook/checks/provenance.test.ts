import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/unsourced';

describe('figures against source texts', () => {
  it('finds a figure the source does not print, a copied sentence and a missing text file', async () => {
    const { diagnostics, skipped } = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(skipped).toEqual([]);
    expect(diagnostics.map(formatDiagnostic).sort()).toEqual([
      `${fixture}/cases/wrong-figures.mdx:16:13 stats[1].figure: "128米" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it`,
      `${fixture}/cases/wrong-figures.mdx:26:1 copied from a source (39 characters in a row: "区内服务站点覆盖沿线主要社区和产业园区方便职工就近参加活动也…"); rewrite it in your own words`,
      `${fixture}/sources/lost.yaml:8:7 text: no file lost.txt in the source-text folder ${root}${fixture}/texts`,
    ]);
  });

  it('matches figures across the source\'s hard line breaks', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    // "12家" is printed as "12\n家" in the source text.
    expect(diagnostics.some((diagnostic) => diagnostic.field === 'stats[0].figure')).toBe(false);
  });

  it('says so when there are no source texts to check against, instead of passing silently', async () => {
    // A root with no ../shared/seeds beside it and no CASEBOOK_SOURCE_TEXTS set.
    const { skipped } = await checkCasebook('/nonexistent-root', { contentDir: `${root}${fixture}`, sourceTexts: '' });
    expect(skipped).toEqual([
      'figures were not checked against source texts and bodies not checked for copied sentences: set CASEBOOK_SOURCE_TEXTS to the folder of source texts',
    ]);
  });
});
