import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkStat } from './remark-stat.ts';

const stats = [{ id: 'firms', figure: '12家', subject: '蓬莱区海工装备产业链党建联盟', metric: '成员企业数', source: 'spread-b14-b15' }];

async function compileBody(body: string) {
  const file = new VFile({ value: body, path: 'content/cases/x.mdx', data: { astro: { frontmatter: { stats } } } });
  return String(await compile(file, { remarkPlugins: [remarkStat], jsx: true }));
}

describe('<Stat /> binding', () => {
  it('fills the figure and what it measures from the frontmatter', async () => {
    const code = await compileBody('联盟有<Stat id="firms" />成员。');
    expect(code).toContain('figure="12家"');
    expect(code).toContain('subject="蓬莱区海工装备产业链党建联盟"');
    expect(code).toContain('metric="成员企业数"');
  });

  it('overrides a figure typed by hand, so prose cannot drift from data', async () => {
    const code = await compileBody('联盟有<Stat id="firms" figure="13家" />成员。');
    expect(code).toContain('figure="12家"');
    expect(code).not.toContain('13家');
  });

  it('stops at the line and column of an undeclared id', async () => {
    await expect(compileBody('第一行\n\n联盟有<Stat id="firm" />成员。')).rejects.toThrow(
      /<Stat id="firm" \/> names no statistic in this file's frontmatter \(declared: firms\)/,
    );
    await expect(compileBody('第一行\n\n联盟有<Stat id="firm" />成员。')).rejects.toMatchObject({ line: 3, column: 4 });
  });
});
