import { AmbiguousNumeral, CHINESE_NUMERAL_CHARS, parseChineseNumeral, readChineseNumeral, readLowerPlaces } from './numerals.ts';
import { matchUnit, unitNote, type Unit, type UnitMatch } from './units.ts';
import { matchCurrencySign } from './currencies-zh.ts';
import { parseEnglishFigure } from './english.ts';
import { STRICT_SYMBOLS } from './english-units.ts';
import * as normalise from '../normalise.ts';
import { APPROXIMATORS, mergeQualifier, readPrefix, SUFFIXES, type Qualifier } from './qualifiers.ts';

export { PREFIXES, QUALIFIER_LABELS, SUFFIXES, type Qualifier } from './qualifiers.ts';

/** A printed figure read as data. */
export interface ParsedFigure {
  /** The figure exactly as printed. */
  printed: string;
  /** The number as printed, before the unit factor: `2.6亿元` → 260,000,000. */
  value: number;
  /** `value` in the dimension's base unit: `1.3万平方米` → 13,000 (平方米), `3.2平方公里` → 3,200,000. */
  normalized: number;
  unit: Unit;
  qualifier: Qualifier;
  /**
   * Set when the figure states a change rather than a level: `增长15.6%` is
   * `up`, `下降3.2%` is `down`, `翻一番` is `up` by a multiple (`value` 2).
   * `value` and `normalized` keep the size of the change, without sign.
   */
  change?: 'up' | 'down';
  /**
   * Set when the figure is a range (`2300—2500元`, `3至5年`, `二十四五万`):
   * both ends in the printed unit, as `value` is (`2至3平方公里` → 2 and 3).
   * `value` and `normalized` then hold the low end.
   */
  range?: { low: number; high: number };
  /**
   * Set when the figure is a rate: the unit it is counted per (`35.63元/公斤`
   * is 元 per 公斤, `每斤1.8元` 元 per 斤, `1952吨/艘` 吨 per 艘). `unit` is
   * the unit of the amount; `normalized` is the amount in its base unit, per
   * one of `per` as printed.
   */
  per?: Unit;
}

/** Why a figure did not parse, in words an editor can act on. */
export type FigureResult = { ok: true; figure: ParsedFigure } | { ok: false; message: string };

/**
 * Verbs that, printed right before a number, make it a change: `下降3.2%`,
 * `增长15.6%`, `跌逾1%`. Longest first where one ends another (上涨 before 涨).
 * Not after 到 or 至: `下降到3.2%` is a level.
 */
export const CHANGE_VERBS: [string, 'up' | 'down'][] = [
  ['增长', 'up'],
  ['提高', 'up'],
  ['上升', 'up'],
  ['上涨', 'up'],
  ['下降', 'down'],
  ['减少', 'down'],
  ['降低', 'down'],
  ['回落', 'down'],
  ['下跌', 'down'],
  ['跌', 'down'],
  ['涨', 'up'],
];
/** Doublings: `翻一番` = 2×, `翻两番` = 4×, `翻倍` = 2× the base, each read as an upward change of that multiple. */
const DOUBLING = /^翻(?:了)?(?:([一两二三四])番|(?:一)?倍|番)$/;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };
const ARABIC = /^(\d+(?:\.\d+)?)(余|多|来)?(万亿|千亿|百亿|十亿|千万|百万|万|亿)?(余|多|来)?/;
const CHINESE = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)(余|多|来)?`);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };
const DATE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/;

/**
 * Reads a printed figure into a number, a unit from the closed catalogue and
 * a qualifier: a Chinese figure (see `parseChineseFigure`), or, when it has
 * no Chinese characters but Latin letters or a currency sign, an English
 * one (`$2.6 million`, `nearly 97%`, `1,300 people`; see
 * `parseEnglishFigure`). Figures of digits and signs alone (`97%`, `1/5`)
 * read the same either way and take the Chinese reader.
 */
export function parseFigure(printed: string): FigureResult {
  return isEnglishFigure(printed) ? parseEnglishFigure(printed) : parseChineseFigure(printed);
}

/** Whether a printed figure is read as English: no Han characters, and Latin letters, a currency sign, a leading + or − (`+14%`, `-3.4%`) or an accounts' negative percentage (`(2.4)%`). */
export function isEnglishFigure(printed: string): boolean {
  const folded = normalise.width(printed);
  return !/\p{Script=Han}/u.test(folded) && (/[A-Za-z$€£¥₹₩₽¢₱₦₺₫]/u.test(folded) || /^\s*(?:[+\-−]\d|\(\d[\d.,]*\)%)/u.test(folded));
}

/**
 * Reads a figure as printed in a Chinese source (`2.6亿元`, `近97%`,
 * `1300余人次`, `百亿元`, `第67位`, `50人以上`, `2022年10月`) into a number, a
 * unit from the closed catalogue and a qualifier. Full-width digits, ％ and
 * ． read as their ASCII forms (`１２３个` is `123个`); `printed` keeps them.
 */
export function parseChineseFigure(printed: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  let text = normalise.figure(printed);
  if (text === '') return fail('is empty');

  const date = DATE.exec(text);
  if (date && (date[2] !== undefined || Number(date[1]) >= 1900)) {
    const year = Number(date[1]);
    const month = date[2] === undefined ? undefined : Number(date[2]);
    if (month !== undefined && (month < 1 || month > 12)) return fail(`"${printed}" is not a real month`);
    // Years read as dates only with 4 digits: "3年" is a duration.
    if (date[2] !== undefined || /^\d{4}年$/.test(text)) {
      const value = year * 10_000 + (month ?? 0) * 100 + (date[3] ? Number(date[3]) : 0);
      return { ok: true, figure: { printed, value, normalized: value, unit: { dimension: 'date', symbol: '日期', factor: 1 }, qualifier: 'exact' } };
    }
  }

  const doubling = DOUBLING.exec(text);
  if (doubling) {
    const value = 2 ** (doubling[1] ? DOUBLINGS[doubling[1]]! : 1);
    return { ok: true, figure: { printed, value, normalized: value, unit: { dimension: 'ratio', symbol: '倍', factor: 1 }, qualifier: 'exact', change: 'up' } };
  }
  const verb = CHANGE_VERBS.find(([word]) => text.startsWith(word) && text.length > word.length);
  if (verb) return readChange(printed, text.slice(verb[0].length), verb[1]);
  const range = readRange(printed, text);
  if (range) return range;
  const each = /^每([^\d零〇一二两三四五六七八九十百千]+?)(?=[\d零〇一二两三四五六七八九十百千])(.+)$/.exec(text);
  if (each) return readEach(printed, each[1]!, each[2]!);

  const prefix = readPrefix(text);
  let qualifier: Qualifier = prefix.qualifier;
  text = text.slice(prefix.length);
  // US$3亿, €500万: a currency sign before the number is the figure's unit (see currencies-zh.ts).
  const sign = matchCurrencySign(text);
  if (sign) text = text.slice(sign.length);
  let value: number;
  // 百分之八, 三分之一, 1/5: a share written as a fraction, read as a percentage.
  const share = /^(百|[零〇一二两三四五六七八九十]+)分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(.*)$/.exec(text) ?? /^(\d+)\/(\d+)(?![\d.])(.*)$/.exec(text);
  if (share) {
    const slashed = /^\d/.test(text);
    const [whole, part] = slashed ? [Number(share[2]), Number(share[1])] : [share[1] === '百' ? 100 : parseChineseNumeral(share[1]!), readNumber(share[2]!)];
    if (whole === undefined || part === undefined || whole === 0 || (slashed && part > whole)) return fail(`"${printed}" is not a share such as 百分之八, 三分之一 or 1/5`);
    value = (part * 100) / whole;
    return finish({ dimension: 'percent', symbol: slashed ? '/' : share[1] === '百' ? '百分之' : '分之', factor: 1 }, share[3]!);
  }
  // 一半: half, read as 50%.
  if (text.startsWith('一半')) {
    value = 50;
    return finish({ dimension: 'percent', symbol: '一半', factor: 1 }, text.slice(2));
  }
  const ordinal = text.startsWith('第');
  if (ordinal) text = text.slice(1);

  let scaled = false;
  const arabic = ARABIC.exec(text);
  // The number with its multiplier and any 余, 多 or 来, as printed.
  const approximated = arabic?.[0] ?? CHINESE.exec(text)?.[0] ?? '';
  if (arabic) {
    value = Number(arabic[1]);
    if (arabic[3]) {
      value *= MULTIPLIERS[arabic[3]]!;
      scaled = true;
    }
    const approximate = arabic[2] ?? arabic[4];
    if (approximate) {
      // 200来个, 3万来块: 来 follows a round number only.
      if (approximate === '来' && !(arabic[3] || /^\d*0$/.test(arabic[1]!))) return fail(`"${printed}" has 来 after a number that is not round; 来 means "about" only after one such as 200来个 or 3万来块`);
      qualifier = mergeQualifier(qualifier, APPROXIMATORS[approximate]!);
    }
    text = text.slice(arabic[0].length);
    // 8万1000人, 1亿2000万元, 3万5: digits after 万 or 亿 add the lower places.
    const lower = !approximate && (arabic[3] === '万' || arabic[3] === '亿') ? readLowerPlaces(arabic[1]!, arabic[3], text) : undefined;
    if (lower instanceof AmbiguousNumeral) return fail(lower.message);
    if (lower && 'refused' in lower) return fail(lower.refused);
    if (lower) {
      value += lower.added;
      text = text.slice(lower.length);
    }
  } else {
    const chinese = CHINESE.exec(text);
    if (!chinese) return fail(`"${printed}" has no number where one is expected`);
    const parsed = readChineseNumeral(chinese[1]!);
    if (parsed instanceof AmbiguousNumeral) return fail(parsed.message);
    if (parsed === undefined) return fail(`"${chinese[1]}" in "${printed}" is not a Chinese numeral`);
    value = parsed;
    scaled = /[万亿]/.test(chinese[1]!);
    text = text.slice(chinese[0].length);
    if (chinese[2]) {
      // 十来个, 三万来块: 来 follows a round number only.
      if (chinese[2] === '来' && !/[十百千万亿]$/.test(chinese[1]!)) return fail(`"${printed}" has 来 after a number that is not round; 来 means "about" only after one such as 十来个 or 三万来块`);
      qualifier = mergeQualifier(qualifier, APPROXIMATORS[chinese[2]]!);
      // 三千余万: the multiplier can follow the approximation.
      const multiplier = /^(万亿|千万|百万|万|亿)/.exec(text);
      if (multiplier) {
        value *= MULTIPLIERS[multiplier[1]!]!;
        scaled = true;
        text = text.slice(multiplier[0].length);
      }
    }
  }
  // 2.4万余个: the approximation can also follow the multiplier.
  if (/^(余|多)/.test(text)) {
    qualifier = mergeQualifier(qualifier, 'more-than');
    text = text.slice(1);
  }

  let unit: Unit;
  if (ordinal) {
    // 第67位, 第3名, and 第一 or 第9 on their own (位列第9).
    if (!/^(位|名)?$/.test(text)) return fail(`"${printed}" starts with 第 but does not end with 位 or 名`);
    return finish({ dimension: 'rank', symbol: text, factor: 1 }, '');
  }
  if (text.startsWith('吨级')) {
    // 10万吨级: a tonnage class.
    return finish({ dimension: 'mass', symbol: '吨', factor: 1 }, text.slice(2), 'order-of');
  }
  if (text.startsWith('级') && scaled) {
    // 千亿级: an order of magnitude.
    return finish({ dimension: 'magnitude', symbol: '级', factor: 1 }, text.slice(1), 'order-of');
  }
  // 865亿方: after 万 or 亿, 方 is cubic metres (never 方面).
  const cubic = scaled && text.startsWith('方') && !text.startsWith('方面');
  const matched: UnitMatch | undefined = sign ?? (cubic ? { unit: { dimension: 'volume' as const, symbol: '方', factor: 1 }, length: 1 } : matchUnit(text));
  if (matched) {
    unit = matched.unit;
    // 1元8角: smaller money after the unit adds to the number.
    if (matched.added) value += matched.added;
    text = text.slice(sign ? 0 : matched.length);
  } else if (text === '' || SUFFIXES.some(([suffix]) => text === suffix)) {
    if (approximated.endsWith('来')) return fail(`"${printed}" has 来 with no unit or measure word after it; 来 means "about" only before one, as in 200来个`);
    // 2000多 (工人): a count whose measure word the source leaves out.
    unit = { dimension: 'count', symbol: '', factor: 1 };
  } else {
    const note = unitNote(text);
    return fail(`"${printed}" has a unit Casebook does not know ("${text}")${note ? `: ${note}` : ''}; see the unit catalogue in docs/reference/units.md`);
  }
  return finish(unit, text);

  function finish(found: Unit, rest: string, forced?: Qualifier): FigureResult {
    let remaining = rest;
    let meaning = forced ? mergeQualifier(qualifier, forced) : qualifier;
    // 两年多, 2亩多, 6倍多: 多 or 余 after a unit of measure. Not after a measure word: 5个多功能厅 is five halls.
    if (found.dimension !== 'count' && /^(多|余)/.test(remaining)) {
      meaning = mergeQualifier(meaning, 'more-than');
      remaining = remaining.slice(1);
    }
    for (const [suffix, suffixMeaning] of SUFFIXES) {
      if (remaining === suffix) {
        meaning = mergeQualifier(meaning, suffixMeaning);
        remaining = '';
      }
    }
    const per = remaining === '' ? undefined : perUnit(found, remaining);
    if (per && 'message' in per) return fail(`"${printed}" ${per.message}`);
    if (remaining !== '' && !per) return fail(`"${printed}" has text after the unit ("${remaining}") that is not a qualifier such as 以上`);
    return { ok: true, figure: { printed, value, normalized: value * found.factor, unit: found, qualifier: meaning, ...(per ? { per: per.unit } : {}) } };
  }
}

/** The figure after a change verb (`下降` + `3.2%`), read as a change, or refused where a change would be ambiguous. */
function readChange(printed: string, rest: string, direction: 'up' | 'down'): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  // 下降到3.2%, 增长至5万人: a level reached, not a change; the figure is what follows the verb and 到.
  if (/^[到至为了]/.test(rest)) return fail(`"${printed}" states a level reached, not a change; declare the figure after "${rest[0]}" on its own`);
  const inner = parseChineseFigure(rest);
  if (!inner.ok) return inner;
  const { figure } = inner;
  if (figure.change || figure.unit.dimension === 'date' || figure.unit.dimension === 'rank') return fail(`"${printed}" is not a change Casebook can read: a change of ${figure.unit.dimension === 'date' ? 'a date' : figure.unit.dimension === 'rank' ? 'a position' : 'a change'}`);
  // 增长2倍 means 2× the base to some writers and 3× to others; 翻一番 says it plainly.
  if (figure.unit.dimension === 'ratio') return fail(`"${printed}" can be read two ways (to ${figure.value}× the base, or by ${figure.value}× to ${figure.value + 1}×); declare the multiple as the source's 翻一番 or the level it reached`);
  return { ok: true, figure: { ...figure, printed, change: direction } };
}

// A rate's per-unit: after / or 每 any unit or measure word of the catalogue (1952吨/艘, 3元每斤); after 一, only a
// unit of measure and only after money (70元一斤), since 5家一级医院 is five first-class hospitals.
const PER = /^(\/|每|一)(.+)$/;
const PER_AFTER_ONE = new Set(['mass', 'area', 'length', 'volume', 'duration']);
// What a rate cannot be per, or of: shares, multiples, positions and dates have no "per".
const NOT_RATES = new Set(['percent', 'percentage-points', 'ratio', 'rank', 'date', 'magnitude']);

/**
 * The unit a figure is counted per, from what follows its unit (`/公斤`,
 * `每斤`, `一斤`); undefined when that text is no per-unit (so the figure is
 * refused as before), or a reason when it is one Casebook will not read.
 */
function perUnit(found: Unit, text: string): { unit: Unit } | { message: string } | undefined {
  const split = PER.exec(text);
  if (!split) return undefined;
  const matched = matchUnit(split[2]!);
  if (!matched || matched.length !== split[2]!.length) return undefined;
  if (split[1] === '一' && !(found.dimension === 'currency' && PER_AFTER_ONE.has(matched.unit.dimension))) return undefined;
  if (NOT_RATES.has(found.dimension) || NOT_RATES.has(matched.unit.dimension)) return { message: `is not a rate Casebook reads: ${found.symbol || 'a number'} per ${matched.unit.symbol}` };
  return { unit: matched.unit };
}

/** `每斤1.8元`, `每人1000元`: a rate printed with its per-unit first. */
function readEach(printed: string, perText: string, rest: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const matched = matchUnit(perText);
  if (!matched || matched.length !== perText.length) return fail(`"${printed}" names a per-unit Casebook does not know ("${perText}"); see the unit catalogue in docs/reference/units.md`);
  const inner = parseChineseFigure(rest);
  if (!inner.ok) return inner;
  const { figure } = inner;
  if (figure.per || figure.range || figure.change) return fail(`"${printed}" is not a rate Casebook reads`);
  if (NOT_RATES.has(figure.unit.dimension) || NOT_RATES.has(matched.unit.dimension)) return fail(`"${printed}" is not a rate Casebook reads: ${figure.unit.symbol || 'a number'} per ${matched.unit.symbol}`);
  // 每年3000元 is a rate; a bare count after 每 (每村5) says too little.
  if (figure.unit.dimension === 'count' && figure.unit.symbol === '') return fail(`"${printed}" has no unit after its number`);
  return { ok: true, figure: { ...figure, printed, per: matched.unit } };
}

// A range's two ends and what stands between them: 2300—2500元, 3至5年, 10%～15%, 一万二到一万五.
const RANGE = /^(.+?)(——|—|–|~|～|－|至|到|-)(.+)$/;
/** What may stand between the two ends of a range. */
export const RANGE_SEPARATORS = ['——', '—', '–', '~', '～', '－', '至', '到', '-'];
// 二十四五万, 三四十, 七八个, 十七八岁: two neighbouring digits for two ends, in the same place.
const NEIGHBOURS = /^((?:[零〇一二两三四五六七八九]?[十百千万])*)([一两二三四五六七八])([二三四五六七八九])([十百千]?)(.*)$/;
// After digits these name a day, month or hour of the calendar, not a length: 1至3日 is the 1st to the 3rd.
const CALENDAR = new Set(['日', '号', '时', '点']);

/**
 * A figure read as a range with both ends, the refusal of one that could be
 * misread, or undefined when the text is no range (so the ordinary reading
 * goes on: 不到5% has a 到 but is no range). Both ends must be the same
 * unit; a bare low end takes the high end's unit (`2300—2500元`), but not
 * its multiplier: `3-5万元` could be 3元 to 5万元 or 3万 to 5万元, and is
 * refused. The low end must be below the high end.
 */
function readRange(printed: string, text: string): FigureResult | undefined {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const neighbours = NEIGHBOURS.exec(text);
  let lowText: string;
  let highText: string;
  if (neighbours && DIGIT_VALUES[neighbours[3]!] === DIGIT_VALUES[neighbours[2]!]! + 1 && (neighbours[2] !== '一' || neighbours[1] !== '')) {
    const [, lead, first, second, place, rest] = neighbours;
    lowText = `${lead}${first}${place}${/^[万亿]/.test(rest!) ? rest![0] : ''}`;
    highText = `${lead}${second}${place}${rest}`;
  } else {
    const split = RANGE.exec(text);
    if (!split) return undefined;
    [, lowText, , highText] = split as unknown as [string, string, string, string];
  }
  const low = parseChineseFigure(lowText);
  const high = parseChineseFigure(highText);
  if (!low.ok || !high.ok) return undefined;
  const [a, b] = [low.figure, high.figure];
  if (a.range || b.range || a.change || b.change || a.per || b.per) return undefined;
  const unit = b.unit;
  if (unit.dimension === 'date' || a.unit.dimension === 'date') return fail(`"${printed}" is a span of dates, which Casebook does not read as a figure`);
  if (unit.dimension === 'rank' || unit.dimension === 'magnitude' || CALENDAR.has(unit.symbol)) return fail(`"${printed}" is not a range Casebook can read: its ends are ${unit.dimension === 'rank' ? 'positions' : 'calendar days or hours'}`);
  const bareLow = a.unit.dimension === 'count' && a.unit.symbol === '' && !(unit.dimension === 'count' && unit.symbol === '');
  if (!bareLow && (a.unit.dimension !== unit.dimension || a.unit.symbol !== unit.symbol)) return fail(`"${printed}" has two ends in different units (${a.unit.symbol || 'none'} and ${unit.symbol || 'none'})`);
  // Whether the number of one end (before its unit) carries 万 or 亿.
  const scaled = (side: string) => /[万亿]/.test(/^[^\d零〇一二两三四五六七八九十百千万亿]*[\d零〇一二两三四五六七八九十百千万亿.]+/.exec(side)?.[0] ?? '');
  if (bareLow && scaled(highText) && !scaled(lowText)) {
    return fail(`"${printed}" can be read two ways: the low end ${lowText} may or may not share the high end's ${/[万亿]/.exec(highText)![0]}; write both ends in full (such as 3万至5万元)`);
  }
  if (unit.dimension === 'count' && unit.symbol === '' && !scaled(highText)) return fail(`"${printed}" is a range of bare numbers; Casebook reads a range only with a unit or measure word`);
  // 约3至5年, 3至5年左右: a qualifier on the whole range. Any other qualifier on one end is not read.
  const qualifiers = new Set([a.qualifier, b.qualifier]);
  qualifiers.delete('exact');
  if (qualifiers.size > 1 || (qualifiers.size === 1 && !qualifiers.has('about'))) return fail(`"${printed}" qualifies one end of a range (${[...qualifiers].join(', ')}); Casebook reads a range only exact or as a whole approximation (约, 左右)`);
  const lowValue = bareLow ? a.value * unit.factor : a.normalized;
  if (!(lowValue < b.normalized)) return fail(`"${printed}" is not a range from low to high`);
  const qualifier: Qualifier = qualifiers.has('about') ? 'about' : 'exact';
  return { ok: true, figure: { printed, value: a.value, normalized: lowValue, unit, qualifier, range: { low: bareLow ? a.value : a.normalized / unit.factor, high: b.value } } };
}

const DIGIT_VALUES: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A count of 位 or 名 read as a position (`24位` → 24th), as it is after a
 * ranking metric (综合排名) or a ranking word in prose (位列, 排名); other
 * figures are returned unchanged. On its own, `30位` counts people.
 */
export function asPosition(figure: ParsedFigure): ParsedFigure {
  return figure.unit.dimension === 'count' && ['位', '名'].includes(figure.unit.symbol) ? { ...figure, unit: { ...figure.unit, dimension: 'rank' } } : figure;
}

/** A number in digits or Chinese numerals, or undefined. */
function readNumber(text: string): number | undefined {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : parseChineseNumeral(text);
}


/** Whether two parsed figures state the same quantity (same dimension, unit, value, qualifier and, for a change, direction). */
export function sameQuantity(a: ParsedFigure, b: ParsedFigure): boolean {
  return (
    a.unit.dimension === b.unit.dimension &&
    Math.abs(a.normalized - b.normalized) <= 1e-9 * Math.max(1, Math.abs(a.normalized)) &&
    a.qualifier === b.qualifier &&
    // 下降3.2% is not 3.2%, nor 增长3.2%: a change agrees only with a change in the same direction.
    a.change === b.change &&
    // 35.63元/公斤 agrees only with a rate per 公斤, and never with 35.63元.
    a.per?.symbol === b.per?.symbol &&
    // 2300—2500元 agrees only with a range of the same two ends.
    (a.range === undefined) === (b.range === undefined) &&
    (a.range === undefined || Math.abs(a.range.high * a.unit.factor - b.range!.high * b.unit.factor) <= 1e-9 * Math.max(1, Math.abs(a.range.high * a.unit.factor))) &&
    (a.unit.dimension !== 'count' || a.unit.symbol === b.unit.symbol || a.unit.symbol === '' || b.unit.symbol === '') &&
    (a.unit.dimension !== 'duration' || a.unit.symbol === b.unit.symbol) &&
    // 100万美元 and 100万欧元 are different sums; 卢布 and 俄罗斯卢布 (and US$) are compared by ISO code.
    (a.unit.dimension !== 'foreign-currency' || (a.unit.code ?? a.unit.symbol) === (b.unit.code ?? b.unit.symbol)) &&
    // A ton may be metric, short or long: it agrees only with a ton.
    STRICT_SYMBOLS.has(a.unit.symbol) === STRICT_SYMBOLS.has(b.unit.symbol)
  );
}
