import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { findClaims } from '../../domain/figure/scan.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/prose';

describe('prose and data', () => {
  it('reports a statistic never stated, a <Stat> naming nothing, and undeclared numbers, at their positions', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${fixture}/cases/prose-drift.mdx:24:41 <Stat id="lecure" /> names no statistic declared in this file's stats (did you mean "lectures"?)`,
      `${fixture}/cases/prose-drift.mdx:15:9 stats[1].id: "lectures" (41场次) is declared but never stated in the body: add <Stat id="lectures" /> where the text makes this claim`,
      `${fixture}/cases/prose-drift.mdx:24:33 "126米" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
      `${fixture}/cases/prose-drift.mdx:27:24 "两家" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
    ]);
  });
});

describe('numbers that read as claims', () => {
  const claims = (text: string) => findClaims(text).map((claim) => claim.figure.printed);

  it('finds figures with units, qualifiers and Chinese numerals', () => {
    expect(claims('融资2.6亿元，占近97%，培训1300余人次，年产值突破百亿元，共三十家。')).toEqual(['2.6亿元', '近97%', '1300余人次', '突破百亿元', '三十家']);
  });

  it('leaves years, dates, unit-less numbers, 一, idioms and quoted names alone', () => {
    expect(claims('2022年10月8日，围绕“1+233”和“三个聚焦”，一批企业在建党百年之际服务千家万户，第一书记到岗，共717人')).toEqual(['717人']);
  });

  it('still treats money and percentages inside quotes as claims', () => {
    expect(claims('所谓“亿元楼宇”与“2.6亿元融资”')).toEqual(['2.6亿元']);
  });
});
