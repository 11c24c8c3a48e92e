import type { LocatedFigure } from '../domain/figure/locate.ts';
import { isDatePart } from '../domain/figure/date-part.ts';
import { CASE_SECTIONS } from './body/structure.ts';

/** A language a draft is written in: the casebook's (`lang` in casebook.yaml). */
export type DraftLanguage = 'zh-CN' | 'en';

/**
 * What the draft asks for under each required section, by position: the
 * background, what was done, the results, the lessons. A casebook's own
 * sections beyond the fourth get the last line.
 */
const SECTION_PROMPTS: Record<DraftLanguage, string[][]> = {
  'zh-CN': [
    ['（待写）案例发生的地方和缘起：面对什么情况、为什么要这样做。用自己的话写，不照抄来源的句子。'],
    ['### （待写小标题）', '', '（待写）具体做了什么。每个数字都写成 `<Stat id="…" />`，数字本身放在上面的 stats 里。'],
    ['（待写）取得了哪些可以核对的结果。'],
    ['（待写）其他地方可以借鉴什么。不写来源没有说过的因果和先后。'],
    ['（待写）'],
  ],
  en: [
    ['(To write) Where this happened and why: the situation, and what it called for. In your own words, never the source\'s sentences.'],
    ['### (To write: a subheading)', '', '(To write) What was done. State every figure as `<Stat id="…" />`, with the figure itself under stats above.'],
    ['(To write) The results a reader can check.'],
    ['(To write) What others can learn from it. Add no cause or sequence the sources do not state.'],
    ['(To write)'],
  ],
};

/** The placeholder title and summary of a draft, which an editor replaces. */
const DRAFT_WORDS: Record<DraftLanguage, { title: (id: string) => string; summary: string }> = {
  'zh-CN': {
    title: (id) => `（待定标题）${id}`,
    summary: '（待写摘要）用两三句话写明这个案例在哪里、做了什么、有什么成效；它会出现在列表、搜索结果和分享预览里。',
  },
  en: {
    title: (id) => `(Title to write) ${id}`,
    summary: '(Summary to write) Two or three sentences on where this happened, what was done and what came of it; lists, search results and share previews show it.',
  },
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

/** How a casebook shapes its drafts: its required sections, in order, and its language (default: Chinese). */
export interface DraftRules {
  sections?: readonly { name: string }[];
  lang?: DraftLanguage;
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
export function scaffoldCase(answers: NewCase, proposals: readonly ProposedFigures[] = [], rules: DraftRules = {}): string {
  const lang = rules.lang ?? 'zh-CN';
  const sections = rules.sections ?? CASE_SECTIONS;
  const prompts = SECTION_PROMPTS[lang];
  const place = [`  province: ${answers.place.province}`, `  city: ${answers.place.city}`, ...(answers.place.district ? [`  district: ${answers.place.district}`] : [])];
  const lines = [
    '---',
    `title: ${quoted(answers.title ?? DRAFT_WORDS[lang].title(answers.id))}`,
    `summary: ${quoted(DRAFT_WORDS[lang].summary)}`,
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
    ...sections.flatMap((section, index) => [`## ${section.name}`, '', ...prompts[Math.min(index, prompts.length - 1)]!, '']),
  );
  return lines.join('\n');
}

/** What a new series record needs that `npm run new` knows: its id, the case's place, its position. */
export interface NewSeries {
  id: string;
  place: { province: string; city?: string };
  /** Position on the home page: after the series there are. */
  order: number;
}

/** A place as a YAML flow map, e.g. `{ province: 山东省, city: 烟台市 }`. */
const flowPlace = (place: { province: string; city?: string }) => `{ province: ${quoted(place.province)}${place.city ? `, city: ${quoted(place.city)}` : ''} }`;

/**
 * The text of a new series record (`series/<id>.yaml`), written when a case
 * names a series that does not exist yet: a placeholder title and
 * description to replace, the case's place and the next position. Valid as
 * it is, so the draft that names it passes `npm run check`.
 */
export function scaffoldSeries(series: NewSeries, lang: DraftLanguage = 'zh-CN'): string {
  const words =
    lang === 'en'
      ? { comment: '# A series groups cases about one place or programme. Replace the title and description.', title: `(Series title to write) ${series.id}`, description: '(To write) One or two sentences on what the cases of this series have in common.' }
      : { comment: '# 系列：把同一地方或同一项工作的案例放在一起。把标题和说明换成你们的。', title: `（待定系列名称）${series.id}`, description: '（待写）用一两句话说明这个系列的案例有什么共同点。' };
  return [
    words.comment,
    `title: ${quoted(words.title.slice(0, 40))}              # 2–40`,
    `description: ${quoted(words.description)}   # 10–300`,
    `place: ${flowPlace(series.place)}`,
    `order: ${series.order}                          # position on the home page, lowest first`,
    '',
  ].join('\n');
}

/**
 * The text of a new source record (`sources/<id>.yaml`), written when a case
 * cites a source that does not exist yet. Every bibliographic fact is
 * `unknown` until the editor copies it from the document, never guessed.
 * `textFile` names the source's full text when it is already in the
 * source-text folder; otherwise `text: unknown`, and its figures read as not
 * checked until the text is added. Valid as it is.
 */
export function scaffoldSource(id: string, textFile: string | undefined, lang: DraftLanguage = 'zh-CN'): string {
  const en = lang === 'en';
  return [
    en
      ? '# A source record: copy from the document only what it shows, and leave unknown what it does not; never guess.'
      : '# 来源记录：只照文件抄它印着的，看不到的保留 unknown，不要猜。',
    `title: unknown                   # ${en ? 'the title as printed' : '印出来的标题'}`,
    `description: ${quoted(en ? `(To write) What this document is: ${id}` : `（待写）这份文件是什么：${id}`)}   # 4–120`,
    `outlet: unknown                  # ${en ? 'newspaper, magazine or website' : '报纸、期刊或网站名'}`,
    'type: report                     # newspaper | magazine | website | report',
    `date: unknown                    # 2021, 2021-06 ${en ? 'or' : '或'} 2021-06-01`,
    'pages: unknown',
    `authors: unknown                 # ${en ? 'as credited, e.g.' : '按署名，如'} [${en ? 'A. Writer' : '孟航'}]`,
    textFile
      ? `text: ${textFile}`
      : `text: unknown                    # ${en ? `put its full text in the source-text folder as ${id}.txt and write text: ${id}.txt` : `把全文放进原文文件夹，存为 ${id}.txt，再写 text: ${id}.txt`}`,
    '',
  ].join('\n');
}
