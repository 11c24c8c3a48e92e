import { CHINESE_NUMERAL_CHARS } from './numerals.ts';
import { parseFigure, type ParsedFigure } from './parse.ts';

/** A number in running text that reads as a claim: a figure with a unit or measure word. */
export interface ClaimInText {
  /** Offset of the figure in the scanned text. */
  offset: number;
  figure: ParsedFigure;
  /** Set when digits are followed by a word the unit catalogue does not know (`1861文`, `500强`): the figure is the bare number. */
  unknownUnit?: string;
}

const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
// Qualifier, ordinal, number, approximation, multiplier, then up to four characters that may hold the unit.
// One space or line break may stand between the number and its unit, as typeset and OCR'd text often has it (15 家).
const CANDIDATE = new RegExp(`(?:超过|突破|不少于|至少|不足|不到|近|约|超|逾|过)?第?${NUMBER}(?:余|多)?(?:千万|百万|万|亿)?(?:余|多)?(?:[ \\t]*\\n?[ \\t]*(?=[^\\s\\d]))?[^\\s\\d，。；、：！？“”《》（）<>{}]{0,4}`, 'gu');

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
 */
export function findClaims(text: string): ClaimInText[] {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length] as const);
  const inQuotes = (offset: number) => quoted.some(([start, end]) => offset > start && offset < end);
  const claims: ClaimInText[] = [];
  for (const { offset, candidate, figure } of candidates(text)) {
    // 建党100周年: an anniversary, not a duration in weeks.
    if (/^[^周]*周年/.test(candidate)) continue;
    // 综合排名24位, 位列第9: after a ranking word, a position is a claim even without 位 or 名.
    const ranked = /(排名|位列|名列|排在|排第|居)$/.test(text.slice(Math.max(0, offset - 2), offset));
    if (ranked && (figure.unit.dimension === 'rank' || ['位', '名'].includes(figure.unit.symbol))) {
      claims.push({ offset, figure: { ...figure, unit: { dimension: 'rank', symbol: figure.unit.symbol, factor: 1 } } });
      continue;
    }
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
  // 一批, 一个: the numeral one is ordinary language.
  if (figure.value < 2) return false;
  // 千家万户, 建党百年, 亿元楼宇: a lone 百/千/万/亿 is idiom, not a count.
  if (/^[百千万亿]$/.test(NUMERAL.exec(candidate)?.[0] ?? '')) return false;
  // 二十大 (a party congress): a bare 大 counts only after digits, as in 6大功能.
  if (symbol === '大') return false;
  // 三度获评 (three times), 一成不变: 度 and 成 after a Chinese numeral are words; after digits they are units.
  if (symbol === '度' || symbol === '成') return false;
  // 第一书记 and the like.
  return dimension !== 'rank';
}

/** The longest prefix of `candidate` that parses as a figure with a unit. */
function longestFigure(candidate: string): ParsedFigure | undefined {
  for (let end = candidate.length; end > 0; end--) {
    const result = parseFigure(candidate.slice(0, end));
    if (result.ok) return result.figure;
  }
  return undefined;
}

// 6月、8日、2022年: calendar parts, not quantities.
function isDatePart(candidate: string): boolean {
  return /^\d{4}年/.test(candidate) || /^\d{1,2}[月日号]/.test(candidate) || /^[一二三四五六七八九十]+月/.test(candidate);
}

/** A figure printed in a source text, where it stands. */
export interface PrintedFigure {
  offset: number;
  figure: ParsedFigure;
}

/**
 * Every figure a source text prints, whole: each number with its qualifier,
 * multiplier and unit as one figure (`427家`, never `27家` inside it). Unlike
 * `findClaims` nothing is left out as "not a claim": a source's dates, names
 * and quoted numbers are figures a statistic may cite.
 */
export function figuresIn(text: string): PrintedFigure[] {
  return [...candidates(text)].filter(({ offset }) => !/[0-9.]/.test(text[offset - 1] ?? '')).map(({ offset, figure }) => ({ offset, figure }));
}

/**
 * Every run of text that reads as a figure, with the longest figure it
 * parses as: the one pass both `findClaims` and `figuresIn` make. Digits
 * inside a Latin token (model names such as A380) are not Chinese figures.
 */
function* candidates(text: string): Generator<{ offset: number; candidate: string; figure: ParsedFigure }> {
  for (const match of text.matchAll(CANDIDATE)) {
    const offset = match.index!;
    if (/[A-Za-z]/.test(text[offset - 1] ?? '')) continue;
    const candidate = match[0].replace(/\s+/g, '');
    const figure = longestFigure(candidate);
    if (figure) yield { offset, candidate, figure };
  }
}
