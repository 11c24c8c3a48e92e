import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../files/frontmatter.ts';
import { validateSource } from '../validate.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { caseSchema } from './case.ts';
import { VALID_CASE } from './test-helpers.ts';

const valid = VALID_CASE;

/** Validates MDX text as content/cases/x.mdx and returns the formatted diagnostics. */
function problems(text: string): string[] {
  const split = readFrontmatter(text, 'content/cases/x.mdx');
  if (!split.ok) return split.diagnostics.map(formatDiagnostic);
  const result = validateSource(caseSchema, split.value.frontmatter, 'content/cases/x.mdx');
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

describe('case frontmatter', () => {
  it('accepts a complete case and types its references and dates', () => {
    const split = readFrontmatter(valid, 'x.mdx');
    if (!split.ok) throw new Error('frontmatter did not split');
    const result = validateSource(caseSchema, split.value.frontmatter, 'x.mdx');
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    expect(result.data.series).toEqual({ collection: 'series', id: 'penglai-chain' });
    expect(result.data.sources).toEqual([{ collection: 'sources', id: 'spread-b14-b15' }]);
    expect(result.data.date.toISOString()).toBe('2026-11-05T00:00:00.000Z');
    expect(result.data.stats[0]).toMatchObject({ figure: '12家', headline: true, source: { id: 'spread-b14-b15' } });
    expect(result.data.draft).toBe(false);
    expect(split.value.bodyLine).toBe(21);
  });

  it('names the line, column and field of a kind that is not an id (which kinds exist is the casebook\'s to say)', () => {
    expect(problems(valid.replace('kind: industrial-chain', 'kind: Industrial Chain'))).toEqual([
      'content/cases/x.mdx:5:7 kind: must be lower-case letters, digits and single hyphens, such as "penglai-chain"',
    ]);
    expect(problems(valid.replace('kind: industrial-chain', 'kind: factory'))).toEqual([]);
  });

  it('reports a missing required field at its parent', () => {
    expect(problems(valid.replace('summary: 蓬莱区把党组织建在产业链上，以党建联盟带动链上企业协作，这是用于测试的示例摘要。\n', ''))).toEqual([
      'content/cases/x.mdx:2:1 summary: is required but missing',
    ]);
  });

  it('suggests the intended field for a misspelt one', () => {
    expect(problems(valid.replace('tags:', 'tag:'))).toEqual(['content/cases/x.mdx:11:1 tag: unknown field "tag" (did you mean "tags"?)']);
  });

  it('rejects an impossible publication date', () => {
    expect(problems(valid.replace('date: 2026-11-05', 'date: 2026-02-30'))).toEqual([
      'content/cases/x.mdx:10:7 date: "2026-02-30" is not a day: write YYYY-MM-DD (e.g. 2026-11-21)',
    ]);
  });

  it('rejects a revision dated before publication, at the updated line, and accepts one on or after it', () => {
    expect(problems(valid.replace('date: 2026-11-05', 'date: 2026-11-17\nupdated: 2020-01-01'))).toEqual([
      'content/cases/x.mdx:11:10 updated: 2020-01-01 is before date (2026-11-17): a case is revised after it is published',
    ]);
    expect(problems(valid.replace('date: 2026-11-05', 'date: 2026-11-17\nupdated: 2026-11-17'))).toEqual([]);
    expect(problems(valid.replace('date: 2026-11-05', 'date: 2026-11-17\nupdated: "2026-12-01"'))).toEqual([]);
  });

  it('reads a statistic typed in full-width digits as the same figure', () => {
    const split = readFrontmatter(valid.replace('figure: "12家"', 'figure: "１２家"'), 'x.mdx');
    if (!split.ok) throw new Error('frontmatter did not split');
    const result = validateSource(caseSchema, split.value.frontmatter, 'x.mdx');
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    expect(result.data.stats[0]!.value).toMatchObject({ printed: '１２家', value: 12, unit: { dimension: 'count', symbol: '家' }, qualifier: 'exact' });
  });

  it('rejects an id that cannot be a URL', () => {
    expect(problems(valid.replace('series: penglai-chain', 'series: Penglai Chain'))).toEqual([
      'content/cases/x.mdx:4:9 series: must be lower-case letters, digits and single hyphens, such as "penglai-chain"',
    ]);
  });

  it('rejects a statistic whose source the case does not list', () => {
    expect(problems(valid.replace('    source: spread-b14-b15', '    source: penglai-edz-red-engine'))).toEqual([
      'content/cases/x.mdx:18:13 stats[0].source: source "penglai-edz-red-engine" is not listed in this case\'s sources',
    ]);
  });

  it('rejects duplicate statistic ids', () => {
    const twice = valid.replace(
      '---\n\n正文',
      '  - id: member-firms\n    figure: "13家"\n    subject: 某联盟\n    metric: 成员企业数\n    source: spread-b14-b15\n---\n\n正文',
    );
    expect(problems(twice)).toEqual(['content/cases/x.mdx:20:9 stats[1].id: duplicate statistic id "member-firms" (first used by stats[0])']);
  });

  it('rejects a figure with no number in it', () => {
    expect(problems(valid.replace('figure: "12家"', 'figure: "若干家"'))).toEqual([
      'content/cases/x.mdx:15:13 stats[0].figure: must contain a number, e.g. "2.6亿元", "百亿元" or "$2.6 million"',
    ]);
  });

  it('counts a Latin letter or space as half a character, so an English title may be about twice as long', () => {
    const english = 'How a river town cut its flood losses by a third with wetlands';
    expect(problems(valid.replace(/^title: .*$/m, `title: ${english}`))).toEqual([]);
    expect(problems(valid.replace(/^title: .*$/m, `title: ${english}, new embankments along both banks and a warning system for every street`))).toEqual([
      'content/cases/x.mdx:2:8 title: must be at most 60 characters (a Latin letter or space counts half) and 70 in all, so it fits cards and search results',
    ]);
    expect(problems(valid.replace(/^tags: .*$/m, 'tags: [flood defence, wetlands]'))).toEqual([]);
  });

  it('rejects a title too long for cards and results', () => {
    expect(problems(valid.replace(/^title: .*$/m, `title: ${'长'.repeat(61)}`))).toEqual([
      'content/cases/x.mdx:2:8 title: must be at most 60 characters (a Latin letter or space counts half) and 70 in all, so it fits cards and search results',
    ]);
  });

  it('explains malformed YAML with its line', () => {
    expect(problems(valid.replace('kind: industrial-chain', 'kind: industrial: chain'))).toEqual([
      'content/cases/x.mdx:5:7 invalid YAML: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('explains an empty file and an unclosed frontmatter', () => {
    expect(problems('')).toEqual([
      'content/cases/x.mdx:1:1 the file is empty: a case study starts with a --- frontmatter block (see docs/editors/writing-a-case.md)',
    ]);
    expect(problems('---\ntitle: 无结尾\n')).toEqual(['content/cases/x.mdx:1:1 the frontmatter opened on line 1 is never closed with a --- line']);
  });
});
