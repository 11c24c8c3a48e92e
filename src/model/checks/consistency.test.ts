import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook, type CheckResult } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/conflict';

describe('the same claim across pages', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    // Everything below depends on the fixture: two cases stating the same three claims.
    expect(result.casebook.cases.map((entry) => entry.id)).toEqual(['first', 'second']);
    expect(result.casebook.cases.map((entry) => entry.data.stats.map((stat) => stat.id))).toEqual([
      ['projects', 'circle', 'members'],
      ['projects', 'circle', 'members'],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('fails a disagreement on every page that has no note, and a note where nothing disagrees', () => {
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${fixture}/cases/first.mdx:11:13 stats[0].figure: "7个" (source report-a) disagrees with "22个" in ${fixture}/cases/second.mdx:11 (source report-b) for 蓬莱海上风电产业链招商 · 促成落地海上风电项目数: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics`,
      `${fixture}/cases/second.mdx:11:13 stats[0].figure: "22个" (source report-b) disagrees with "7个" in ${fixture}/cases/first.mdx:11 (source report-a) for 蓬莱海上风电产业链招商 · 促成落地海上风电项目数: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics`,
      `${fixture}/cases/second.mdx:25:5 stats[2].reconciliation: no other statistic states 测试联盟 · 成员企业数 differently, so there is nothing to reconcile: remove it`,
    ]);
  });

  it('treats 5分钟 and 五分钟 as the same figure', async () => {
    const [first, second] = result.casebook.cases;
    // The fixture states one claim in two spellings, on two pages.
    const circles = [first!, second!].map((entry) => entry.data.stats[1]!);
    expect(circles.map((stat) => [stat.figure, stat.subject, stat.metric])).toEqual([
      ['5分钟', '蓬莱党群阵地', '服务圈时长'],
      ['五分钟', '蓬莱党群阵地', '服务圈时长'],
    ]);
    // The check ran over these pages (it reports the real disagreement in stats[0]) ...
    const fields = result.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.field}`);
    expect(fields).toContain(`${fixture}/cases/second.mdx stats[0].figure`);
    // ... and says nothing about the two spellings of 5 minutes.
    expect(fields.filter((field) => field.includes('stats[1]'))).toEqual([]);

    // A different number in the same place is reported, at its file, line and field.
    const copy = await mkdtemp(path.join(tmpdir(), 'casebook-conflict-'));
    onTestFinished(() => rm(copy, { recursive: true, force: true }));
    await cp(path.join(root, fixture), path.join(copy, 'conflict'), { recursive: true });
    const file = path.join(copy, 'conflict/cases/second.mdx');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('figure: "五分钟"');
    await writeFile(file, text.replace('figure: "五分钟"', 'figure: "六分钟"'));
    const changed = await checkCasebook(copy, { contentDir: 'conflict', sourceTexts: 'conflict/texts' });
    expect(changed.diagnostics.map(formatDiagnostic)).toContain(
      'conflict/cases/second.mdx:16:13 stats[1].figure: "六分钟" (source report-b) disagrees with "5分钟" in conflict/cases/first.mdx:16 (source report-a) for 蓬莱党群阵地 · 服务圈时长: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics',
    );
  });
});
