import type { LocatedFigure } from '../domain/figure/locate.ts';
import { isDatePart } from '../domain/figure/date-part.ts';
import { CASE_SECTIONS } from './body/structure.ts';

/** What the draft asks for under each required section (see CASE_SECTIONS). */
const SECTION_PROMPTS: Record<string, string[]> = {
  背景: ['（待写）案例发生的地方和缘起：面对什么情况、为什么要这样做。用自己的话写，不照抄来源的句子。'],
  主要做法: ['### （待写小标题）', '', '（待写）具体做了什么。每个数字都写成 `<Stat id="…" />`，数字本身放在上面的 stats 里。'],
  成效: ['（待写）取得了哪些可以核对的结果。'],
  启示: ['（待写）其他地方可以借鉴什么。不写来源没有说过的因果和先后。'],
};

/** What `npm run new` asks for: everything a case needs that Casebook cannot know. */
export interface NewCase {
  id: string;
  title?: string;
  series: string;
  kind: string;
  place: { province: string; city: string; district?: string };
  sources: string[];
  /** Day the case is written, `YYYY-MM-DD`. */
  date: string;
}

/** Figures a cited source's text prints, offered to the editor as commented-out statistics. */
export interface ProposedFigures {
  source: string;
  figures: LocatedFigure[];
}

// Worth proposing: not a date or a piece of one (8日 in 10月8日, 90年 in 90年代), a bare number or the ordinary 一
// (一个, 一批), which are rarely a case's claims.
const worthProposing = ({ parsed, quote }: LocatedFigure) =>
  parsed.unit.dimension !== 'date' && parsed.unit.symbol !== '' && (/\d/.test(parsed.printed) || parsed.value >= 2) && !isDatePart(quote);

/** The figures of a source text that `npm run new` offers as statistics: quantities, not dates or bare numbers. */
export function offeredFigures(figures: readonly LocatedFigure[]): LocatedFigure[] {
  return figures.filter(worthProposing);
}

/** YAML double-quoted text. */
const quoted = (text: string) => JSON.stringify(text);

/**
 * The text of a new case file: frontmatter with what the editor gave,
 * `draft: true` so nothing is published before it is written, the four
 * sections with a line saying what each holds, and, for each cited source
 * with a text, the figures it prints as commented-out statistics (figure,
 * source and the sentence it stands in), for the editor to keep or delete.
 * The file passes `npm run check` as it is.
 */
export function scaffoldCase(answers: NewCase, proposals: readonly ProposedFigures[] = []): string {
  const place = [`  province: ${answers.place.province}`, `  city: ${answers.place.city}`, ...(answers.place.district ? [`  district: ${answers.place.district}`] : [])];
  const lines = [
    '---',
    `title: ${quoted(answers.title ?? `（待定标题）${answers.id}`)}`,
    'summary: "（待写摘要）用两三句话写明这个案例在哪里、做了什么、有什么成效；它会出现在列表、搜索结果和分享预览里。"',
    `series: ${answers.series}`,
    `kind: ${answers.kind}`,
    'place:',
    ...place,
    `date: ${answers.date}`,
    'tags: []',
    `sources: [${answers.sources.join(', ')}]`,
    '# A draft is checked but not published; delete this line when the case is ready.',
    'draft: true',
    'stats: []',
  ];
  let number = 0;
  for (const { source, figures } of proposals) {
    const offered = offeredFigures(figures);
    if (!offered.length) continue;
    lines.push(
      `# Figures source "${source}" prints. To claim one, move it under stats (replace "stats: []" with "stats:"), uncomment it,`,
      '# name its subject and metric (the metric ends with what it measures: …数, …额, …率, 面积…), and write',
      '# <Stat id="…" /> where the body states it. Delete the rest.',
    );
    for (const figure of offered) {
      number++;
      const { before, figure: printed, after } = figure.quote;
      lines.push(
        `#  - id: figure-${number}`,
        `#    figure: ${quoted(figure.parsed.printed)}`,
        '#    subject: 待填',
        '#    metric: 待填',
        `#    source: ${source}`,
        `#    # 原文第 ${figure.paragraph} 段：${`${before}【${printed}】${after}`.replace(/\s+/g, ' ')}`,
      );
    }
  }
  lines.push(
    '---',
    '',
    // The sections the check requires, in its order; under each, what the editor is asked to write.
    ...CASE_SECTIONS.flatMap((section) => [`## ${section.name}`, '', ...SECTION_PROMPTS[section.name]!, '']),
  );
  return lines.join('\n');
}
