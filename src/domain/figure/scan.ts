import { CHINESE_NUMERAL_CHARS } from './numerals.ts';
import { readPrefix } from './qualifiers.ts';
import { asPosition, parseFigure, PREFIXES, type ParsedFigure } from './parse.ts';
import * as normalise from '../normalise.ts';
import { englishClaims, englishFigures, isLatinText } from './english-scan.ts';
import { simplifiedFigureText } from './simplified.ts';

/** A number in running text that reads as a claim: a figure with a unit or measure word. */
export interface ClaimInText {
  /** Offset of the figure in the scanned text. */
  offset: number;
  figure: ParsedFigure;
  /** Set when digits are followed by a word the unit catalogue does not know (`1861文`, `500强`): the figure is the bare number. */
  unknownUnit?: string;
}

// A share with a slash (1/5) only in its small everyday form, so dates such as 2023/5/1 are not read as one.
// A ratio (6.51:1, 17.33∶1) is taken whole; the parser reads it when its second number is 1.
const NUMBER = `(?:\\d+(?:\\.\\d+)?[:∶]\\d+(?:\\.\\d+)?(?![\\d.:])|\\d{1,2}/\\d{1,2}(?![\\d/.])|\\d[\\d,]*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
// What may follow the number as its unit: anything but spaces, digits and punctuation (full or half width),
// except the 2 or 3 of m2, m3, km2, the digits of smaller money (1元8角5分) and of a rate's round quantity
// (13.45元/500克).
const UNIT_CHAR = `(?:[^\\s\\d，。；、：！？“”‘’《》（）【】,;:!?()\\[\\]"'<>{}]|(?<=[mM])[23]|(?<=[元块毛角])\\d(?=[角毛分])|(?<=\\/\\d*)\\d)`;
// The qualifier words before a number, longest first (不大于 before 大于); neutral ones such as 达 need not be part of a figure.
const QUALIFYING_PREFIXES = PREFIXES.filter(([, meaning]) => meaning !== 'exact').map(([word]) => word).join('|');
// Qualifier, ordinal, number, approximation, multiplier (with the lower places of 8万1000 and 7千5百), approximation, then up to
// six characters that may hold the unit and a suffix such as 以上. One space or line break may stand between the
// number and its unit, as typeset and OCR'd text often has it (15 家).
const CANDIDATE = new RegExp(
  `(?:${QUALIFYING_PREFIXES})?(?:[USHKAC]{1,2}\\$|[$€£¥￥])?第?${NUMBER}(?:余|多)?(?:千万|百万|万|亿|千|百)?(?:\\d+[万百]?(?![\\d.]))?(?:余|多)?(?:[ \\t]*\\n?[ \\t]*(?=[^\\s\\d]))?${UNIT_CHAR}{0,6}`,
  'gu',
);

// A qualifier word that is part of the word before it: 最近5年 (the last five years), 节约20% (saving 20 %),
// 签约5个 (five signed), 赶超3家. There the figure starts after it. 过 means "over" only before a figure with
// 百/千/万/亿 (过亿, 年产值过10亿元) or after no word at all; after a verb it is an aspect or a verb: 搞过6次座谈,
// 去过100多个国家, 经过两年.
const NOT_QUALIFIERS: Record<string, (before: string, figure: string) => boolean> = {
  过: (before, figure) => /\p{Script=Han}$/u.test(before) && !/[百千万亿]/u.test(figure),
  近: (before) => /[最附]$/u.test(before),
  约: (before) => /[节签制合公预特简婚违履毁契条]$/u.test(before),
  超: (before) => /[赶高]$/u.test(before),
};

const NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'u');

// Names, slogans and titles in quotes may contain numbers that count nothing (“三个聚焦”, “1+233”);
// money, percentages and measurements inside them are still claims.
const QUOTED = /“[^”]*”|《[^》]*》|「[^」]*」/gu;
const QUOTED_CLAIMS = new Set(['currency', 'percent', 'area', 'length', 'mass']);

/**
 * Finds the numbers in prose that read as claims: a number followed by a
 * unit or measure word from the figure catalogue (`12家`, `2.6亿元`,
 * `近97%`), or digits with 余/多 (`2000多`). Not claims: years and dates
 * (`2022年`, `10月`, `8日`), a plain number without a unit, the numeral 一
 * (`一批`, `一个`), a lone 百/千/万/亿 in idioms (`千家万户`, `建党百年`),
 * ordinals without 位/名, counts inside quotes, and anything the editor
 * wraps in `<NotClaim>`. `text` should already have `<Stat />` tags removed.
 * Full-width digits, ％ and ． count as their ASCII forms (`１２３个`); each
 * claim's `printed` and `offset` are as written in `text`. English text
 * (see `isLatinText`) is read by `englishClaims`.
 */
export function findClaims(text: string): ClaimInText[] {
  // English prose has its own rules (see `englishClaims`); a Chinese paragraph keeps these.
  if (isLatinText(text)) return englishClaims(normalise.width(text)).map((claim) => ({ ...claim, figure: { ...claim.figure, printed: text.slice(claim.offset, claim.offset + claim.figure.printed.length) } }));
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length] as const);
  const inQuotes = (offset: number) => quoted.some(([start, end]) => offset > start && offset < end);
  const claims: ClaimInText[] = [];
  const folded = readable(text);
  for (const { offset, candidate, figure } of candidates(text, folded)) {
    // 建党100周年: an anniversary, not a duration in weeks.
    if (/^[^周]*周年/.test(candidate)) continue;
    // 90年代, 五六十年代: a decade, not a duration or a range of years.
    if (/^[^年]*年代/.test(candidate)) continue;
    // 综合排名24位, 位列第9: after a ranking word, a position is a claim even without 位 or 名.
    const ranked = /(排名|位列|名列|排在|排第|居)$/.test(folded.slice(Math.max(0, offset - 2), offset));
    const position = asPosition(figure);
    if (ranked && position.unit.dimension === 'rank') {
      claims.push({ offset, figure: position });
      continue;
    }
    // 下午3点, 3点半, 8点30分: a time of day, not index points.
    if (figure.unit.symbol === '点' && isClockTime(folded.slice(Math.max(0, offset - 2), offset), folded.slice(offset + figure.printed.length))) continue;
    if (!readsAsClaim(candidate, figure)) {
      // Digits followed by a word the catalogue does not know may be a claim in an unknown unit: say so rather than ignore it.
      const next = /^\d[\d.]*(\p{Script=Han})/u.exec(candidate)?.[1];
      if (next && figure.unit.symbol === '' && !NEVER_UNITS.includes(next) && !inQuotes(offset) && !isDatePart(candidate)) {
        claims.push({ offset, figure, unknownUnit: next });
      }
      continue;
    }
    if (inQuotes(offset) && !QUOTED_CLAIMS.has(figure.unit.dimension)) continue;
    claims.push({ offset, figure });
  }
  return claims;
}

/** Whether a figure in 点 is a time of day: after the words of a part of the day, or before 半, 钟, 整 or minutes. */
function isClockTime(before: string, after: string): boolean {
  return /(上午|下午|中午|晚上|凌晨|早上|傍晚|夜里|[早晚当])$/u.test(before) || /^(半|钟|整|多钟|\d{1,2}分|[零〇一二三四五六七八九十]+分)/u.test(after);
}

// After digits these say when or which, not how many: 8时, 3点, 90后 (a generation), 2届 (an edition).
const NEVER_UNITS = ['年', '月', '日', '号', '时', '点', '后', '届', '岁'];

function readsAsClaim(candidate: string, figure: ParsedFigure): boolean {
  const { dimension, symbol } = figure.unit;
  // 第2届, 第3季度: an ordinal without 位 or 名 is a position only after a ranking word (handled above).
  if (dimension === 'rank' && symbol === '') return false;
  if (dimension === 'date' || isDatePart(candidate)) return false;
  const chineseOnly = !/\d/.test(candidate);
  // A bare number (717, 1+233) counts nothing; with 余/多/近… (2000多工人) it is a claim.
  if (dimension === 'count' && symbol === '') return !chineseOnly && figure.qualifier !== 'exact';
  if (!chineseOnly) return true;
  // 一半 alone is ordinary language (一半是…); 近一半, 超过一半, 一半以上 state a share.
  if (symbol === '一半') return figure.qualifier !== 'exact';
  // 一批, 一个: the numeral one is ordinary language.
  if (figure.value < 2) return false;
  // 千家万户, 建党百年, 亿元楼宇: a lone 百/千/万/亿 is idiom, not a count.
  if (/^[百千万亿]$/.test(NUMERAL.exec(candidate)?.[0] ?? '')) return false;
  // 二十大 (a party congress): a bare 大 counts only after digits, as in 6大功能.
  if (symbol === '大') return false;
  // 三度获评 (three times), 一成不变, 抓两头 (both ends), 两口子, 长三角, 三毛 (a name), 三点钟, 两手抓: 度, 成, 头, 口,
  // 角, 毛, 点 and 手 after a Chinese numeral are words; after digits they are units or measure words (30度电, 40余头,
  // 5口井, 5毛, 3300点, 128万手).
  if (['度', '成', '头', '口', '角', '毛', '点', '手'].includes(symbol)) return false;
  // 第一书记 and the like.
  return dimension !== 'rank';
}

const NOT_SUFFIX = /上下[游级联贯同齐一]$/u;

/** The longest prefix of `candidate` that parses as a figure with a unit; `following` is the text after it. */
function longestFigure(candidate: string, following = ''): ParsedFigure | undefined {
  for (let end = candidate.length; end > 0; end--) {
    // 300家上下游企业, 上下联动: there 上下 begins another word and is no qualifier.
    if (NOT_SUFFIX.test(candidate.slice(0, end) + (candidate.slice(end) + following).slice(0, 1))) continue;
    const result = parseFigure(candidate.slice(0, end));
    if (result.ok) return result.figure;
  }
  return undefined;
}

// 6月、8日、2022年: calendar parts, not quantities.
function isDatePart(candidate: string): boolean {
  return /^\d{4}年/.test(candidate) || /^\d{1,2}[月日号]/.test(candidate) || /^[一二三四五六七八九十]+月/.test(candidate);
}

/**
 * Text as the scanner reads it: full-width forms as ASCII (see
 * `normalise.width`) and traditional forms as simplified (see
 * `simplifiedFigureText`), both keeping every offset, so `2.6億元` in a
 * traditional source is found, and quoted, where it is printed.
 */
function readable(text: string): string {
  return simplifiedFigureText(normalise.width(text));
}

/** A figure printed in a source text, where it stands. */
export interface PrintedFigure {
  offset: number;
  figure: ParsedFigure;
}

/**
 * Every figure a source text prints, whole: each number with its qualifier,
 * multiplier and unit as one figure (`427家`, never `27家` inside it); in
 * English text (`latin`, by default `isLatinText`) with the words around it
 * (`more than 1,300 people`; see `englishFigures`). Unlike
 * `findClaims` nothing is left out as "not a claim": a source's dates, names
 * and quoted numbers are figures a statistic may cite.
 */
export function figuresIn(text: string, latin = isLatinText(text)): PrintedFigure[] {
  const folded = readable(text);
  if (latin) return [...englishFigures(folded)].map(({ offset, figure }) => ({ offset, figure: { ...figure, printed: text.slice(offset, offset + figure.printed.length) } }));
  return [...candidates(text, folded)].filter(({ offset }) => !/[0-9.]/.test(folded[offset - 1] ?? '')).map(({ offset, figure }) => ({ offset, figure }));
}

/**
 * Every run of text that reads as a figure, with the longest figure it
 * parses as: the one pass both `findClaims` and `figuresIn` make. Digits
 * inside a Latin token (model names such as A380) are not Chinese figures.
 * The text is read with its full-width digits folded (see `normalise.width`);
 * `candidate` is folded, the figure's `printed` is as written.
 */
function* candidates(text: string, folded = readable(text)): Generator<{ offset: number; candidate: string; figure: ParsedFigure }> {
  const pattern = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    let offset = match.index;
    let raw = match[0];
    // Digits inside a Latin token (A380) or a date or path written with slashes (2023/5/1) are not figures.
    if (/[A-Za-z/]/.test(folded[offset - 1] ?? '')) continue;
    const word = Object.keys(NOT_QUALIFIERS).find((qualifier) => raw.startsWith(qualifier) && !raw.startsWith('超过'));
    if (word && NOT_QUALIFIERS[word]!(folded.slice(Math.max(0, offset - 2), offset), raw)) {
      // The whole qualifier word goes: 节约为20% is 20%, not 为20%.
      const length = Math.max(word.length, readPrefix(raw).length);
      offset += length;
      raw = raw.slice(length);
    }
    const candidate = raw.replace(/\s+/g, '');
    // Folding keeps lengths, so the same stretch of the text as written is the figure as printed.
    const figure = longestFigure(text.slice(offset, offset + raw.length).replace(/\s+/g, ''), folded.slice(offset + raw.length, offset + raw.length + 1));
    if (!figure) continue;
    yield { offset, candidate, figure };
    // Scan on right after the figure, not after the whole run of unit characters: in 3.1%，约1070亿欧元 or
    // 1722万吨稳居第四 the next figure's qualifier or 第 may lie inside that run.
    let consumed = 0;
    let end = offset;
    while (consumed < figure.printed.length && end < text.length) {
      if (!/\s/u.test(text[end]!)) consumed++;
      end++;
    }
    pattern.lastIndex = Math.max(end, match.index + 1);
  }
}
