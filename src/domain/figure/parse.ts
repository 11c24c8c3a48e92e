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
}

/** Why a figure did not parse, in words an editor can act on. */
export type FigureResult = { ok: true; figure: ParsedFigure } | { ok: false; message: string };

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

/** Whether a printed figure is read as English: no Han characters, and Latin letters or a currency sign. */
export function isEnglishFigure(printed: string): boolean {
  const folded = normalise.width(printed);
  return !/\p{Script=Han}/u.test(folded) && /[A-Za-z$€£¥₹₩₽]/u.test(folded);
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
    if (remaining !== '') return fail(`"${printed}" has text after the unit ("${remaining}") that is not a qualifier such as 以上`);
    return { ok: true, figure: { printed, value, normalized: value * found.factor, unit: found, qualifier: meaning } };
  }
}

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


/** Whether two parsed figures state the same quantity (same dimension, unit, value and qualifier). */
export function sameQuantity(a: ParsedFigure, b: ParsedFigure): boolean {
  return (
    a.unit.dimension === b.unit.dimension &&
    Math.abs(a.normalized - b.normalized) <= 1e-9 * Math.max(1, Math.abs(a.normalized)) &&
    a.qualifier === b.qualifier &&
    (a.unit.dimension !== 'count' || a.unit.symbol === b.unit.symbol || a.unit.symbol === '' || b.unit.symbol === '') &&
    (a.unit.dimension !== 'duration' || a.unit.symbol === b.unit.symbol) &&
    // 100万美元 and 100万欧元 are different sums; 卢布 and 俄罗斯卢布 (and US$) are compared by ISO code.
    (a.unit.dimension !== 'foreign-currency' || (a.unit.code ?? a.unit.symbol) === (b.unit.code ?? b.unit.symbol)) &&
    // A ton may be metric, short or long: it agrees only with a ton.
    STRICT_SYMBOLS.has(a.unit.symbol) === STRICT_SYMBOLS.has(b.unit.symbol)
  );
}
