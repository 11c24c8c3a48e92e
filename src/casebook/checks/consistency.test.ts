import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/conflict';

describe('the same claim across pages', () => {
  it('fails a disagreement on every page that has no note, and a note where nothing disagrees', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${fixture}/cases/first.mdx:11:13 stats[0].figure: "7个" (source report-a) disagrees with "22个" in ${fixture}/cases/second.mdx:11 (source report-b) for 蓬莱海上风电产业链招商 · 促成落地海上风电项目数: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics`,
      `${fixture}/cases/second.mdx:11:13 stats[0].figure: "22个" (source report-b) disagrees with "7个" in ${fixture}/cases/first.mdx:11 (source report-a) for 蓬莱海上风电产业链招商 · 促成落地海上风电项目数: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics`,
      `${fixture}/cases/second.mdx:25:5 stats[2].reconciliation: no other statistic states 测试联盟 · 成员企业数 differently, so there is nothing to reconcile: remove it`,
    ]);
  });

  it('treats 5分钟 and 五分钟 as the same figure', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(diagnostics.some((diagnostic) => diagnostic.message.includes('服务圈时长'))).toBe(false);
  });
});
