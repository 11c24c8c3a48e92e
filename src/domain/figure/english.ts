import { readEnglishNumberWords } from './numerals.ts';
import { matchEnglishUnit } from './english-units.ts';
import { CURRENCY_NAMES, CURRENCY_SIGNS, currencyUnit, isCurrencyCode } from './english-currency.ts';
import { countedNoun, isModifier } from './english-nouns.ts';
import type { Unit } from './units.ts';
import type { FigureResult, Qualifier } from './parse.ts';
import * as normalise from '../normalise.ts';

/**
 * Qualifier words printed before an English figure, longest first where one
 * begins another, each mapped onto the kind its Chinese counterpart has:
 * `more than` is 逾 (more-than), `over` 超过 (over), `nearly` 近, `about`
 * 约, `at least` 至少, `less than`/`up to` 不足/不超过 (under).
 */
export const ENGLISH_PREFIXES: [string, Qualifier][] = [
  ['more than', 'more-than'],
  ['in excess of', 'more-than'],
  ['just over', 'over'],
  ['well over', 'over'],
  ['over', 'over'],
  ['above', 'over'],
  ['exceeding', 'over'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['an estimated', 'about'],
  ['some', 'about'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['less than', 'under'],
  ['fewer than', 'under'],
  ['under', 'under'],
  ['below', 'under'],
  ['up to', 'under'],
  ['no more than', 'under'],
  ['not more than', 'under'],
  ['at most', 'under'],
  ['a maximum of', 'under'],
];

/** Qualifier words printed after an English figure. */
export const ENGLISH_SUFFIXES: [string, Qualifier][] = [
  ['or more', 'at-least'],
  ['and above', 'at-least'],
  ['or less', 'under'],
  ['or fewer', 'under'],
];

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Short scale words: after money only, except bn and mn, which say nothing else (`2.6m` may be 2.6 metres).
const MONEY_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{4})$`);
const MONTH_YEAR = new RegExp(`^${MONTH} (\\d{4})$`);
// Thousands grouped with commas (1,300) or, as some statistical offices print them, spaces (4 015 186).
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?(?![\d,]\d)/;
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;

/**
 * Reads a figure as printed in English (`$2.6 million`, `nearly 97%`,
 * `1,300 people`, `12.5 km²`, `more than 40 hectares`, `3 million euros`,
 * `a dozen schools`, `3rd`, `12 March 2024`) into a number, a unit and a
 * qualifier. Whatever it does not understand it refuses with a reason: a
 * figure is never read wrongly. Whitespace runs count as one space; letter
 * case is ignored in words, kept in symbols (`MW`).
 */
export function parseEnglishFigure(printed: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  let text = normalise.width(printed).replace(/\s+/g, ' ').trim();
  if (text === '') return fail('is empty');

  const date = readDate(text);
  if (date !== undefined) {
    if (date === null) return fail(`"${printed}" is not a real date`);
    return { ok: true, figure: { printed, value: date, normalized: date, unit: { dimension: 'date', symbol: 'date', factor: 1 }, qualifier: 'exact' } };
  }

  let qualifier: Qualifier = 'exact';
  const lower = () => text.toLowerCase();
  for (const [words, meaning] of ENGLISH_PREFIXES) {
    if (lower().startsWith(`${words} `)) {
      qualifier = meaning;
      text = text.slice(words.length + 1);
      break;
    }
  }

  let currency: string | undefined;
  const sign = CURRENCY_SIGNS.find(([symbol]) => text.startsWith(symbol));
  const code = /^([A-Z]{3}) ?(?=\d)/.exec(text);
  if (sign) {
    currency = sign[1];
    text = text.slice(sign[0].length).trimStart();
  } else if (code && isCurrencyCode(code[1]!)) {
    currency = code[1];
    text = text.slice(code[0].length);
  }

  let value: number;
  const digits = DIGITS.exec(text);
  if (digits) {
    value = Number(digits[0].replace(/[,\s]/g, ''));
    text = text.slice(digits[0].length);
  } else if (/^\d/.test(text)) {
    return fail(`"${printed}" is not a well-formed number: group thousands in threes (1,300), with a point for decimals (2.6)`);
  } else {
    const words = readEnglishNumberWords(text);
    if (!words) return fail(`"${printed}" has no number where one is expected`);
    value = words.value;
    text = text.slice(words.length);
  }

  const ordinal = ORDINAL.exec(`${digits?.[0] ?? ''}${text}`);
  if (digits && ordinal && !currency && qualifier === 'exact') {
    const number = Number(ordinal[1]);
    const last = number % 100 >= 11 && number % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[number % 10] ?? 'th';
    if (ordinal[2] !== last) return fail(`"${printed}" is not a well-formed ordinal (${number}${last})`);
    return { ok: true, figure: { printed, value: number, normalized: number, unit: { dimension: 'rank', symbol: '', factor: 1 }, qualifier: 'exact' } };
  }

  let scaled = false;
  const scale = /^ ?(thousand|million|billion|trillion)\b/i.exec(text);
  if (scale) {
    value *= SCALES[scale[1]!.toLowerCase()]!;
    scaled = true;
    text = text.slice(scale[0].length);
  } else {
    const short = /^ ?(k|m|mn|mln|bn|b|tn)(?![\p{L}\p{N}])/u.exec(text);
    if (short && (currency || ['bn', 'mn', 'mln'].includes(short[1]!))) {
      value *= MONEY_SCALES[short[1]!]!;
      scaled = true;
      text = text.slice(short[0].length);
    } else if (short && ['m', 'k', 'b'].includes(short[1]!)) {
      return fail(`"${printed}": "${short[1]}" after a number may mean ${short[1] === 'm' ? 'metres or million' : 'thousand or another unit'}; write the word (million, metres)`);
    }
  }

  let unit: Unit | undefined;
  const rest = text.trimStart();
  if (!currency) {
    const after = /^([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest);
    const name = CURRENCY_NAMES.find(([word]) => rest.toLowerCase().startsWith(word.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(rest.slice(word.length)));
    if (after && isCurrencyCode(after[1]!)) {
      currency = after[1];
      text = rest.slice(3);
    } else if (name) {
      // "500 pounds" may be a weight: pounds are money only with a scale word (3 million pounds) or as pounds sterling.
      if (name[0] === 'pounds' && !scaled) return fail(`"${printed}": "pounds" may be money or weight; write £, GBP or pounds sterling for money, lb for weight`);
      currency = name[1];
      text = rest.slice(name[0].length);
    }
  }
  if (currency) {
    unit = currencyUnit(currency);
  } else if (/^ ?[%％]/.test(text)) {
    unit = { dimension: 'percent', symbol: '%', factor: 1 };
    text = text.trimStart().slice(1);
  } else if (rest !== '' && (text.startsWith(' ') || /^[A-Za-z²]/.test(text))) {
    const measured = matchEnglishUnit(rest);
    if (measured) {
      unit = measured.unit;
      text = rest.slice(measured.length);
    } else {
      const counted = readCountedNoun(rest, value);
      if (counted) {
        unit = { dimension: 'count', symbol: counted.symbol, factor: 1 };
        text = rest.slice(counted.length);
      }
    }
  }
  if (!unit) unit = { dimension: 'count', symbol: '', factor: 1 };
  // "over three years" and "under two hours" usually say when (during, within), not how long.
  if (unit.dimension === 'duration' && /^(over|under|above|below)\b/i.test(normalise.width(printed).trim())) {
    return fail(`"${printed}": "${/^\S+/.exec(printed.trim())![0]}" before a duration may mean "during" or "within"; write "more than" or "less than"`);
  }

  let remaining = text.trim();
  for (const [words, meaning] of ENGLISH_SUFFIXES) {
    if (remaining.toLowerCase() === words) {
      if (qualifier === 'exact') qualifier = meaning;
      remaining = '';
    }
  }
  if (remaining !== '') {
    return fail(
      unit.dimension === 'count' && unit.symbol === ''
        ? `"${printed}" has a unit Casebook does not know ("${remaining}"); see the unit catalogue in docs/reference/units.md`
        : `"${printed}" has text after the unit ("${remaining}") that is not a qualifier such as "or more"`,
    );
  }
  return { ok: true, figure: { printed, value, normalized: value * unit.factor, unit, qualifier } };
}

/** A counted noun, after at most two words that describe it (`45 new primary schools`). */
function readCountedNoun(text: string, value: number): { symbol: string; length: number } | undefined {
  const words = [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].slice(0, 3);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    // Words must follow one another with single spaces: "45 schools, 3 parks" stops at the comma.
    const before = index === 0 ? 0 : words[index - 1]!.index! + words[index - 1]![0].length;
    if (text.slice(before, word.index) !== (index === 0 ? '' : ' ')) return undefined;
    const symbol = countedNoun(word[0], value);
    if (symbol) return { symbol, length: word.index! + word[0].length };
    // A proper adjective describes the noun too (93,000 American families); a month after a day is a date (12 March).
    const proper = /^[A-Z][a-z]+$/.test(word[0]) && !MONTHS.some((month) => month.startsWith(word[0].toLowerCase().slice(0, 3)) && word[0].length >= 3);
    if (!isModifier(word[0]) && !proper) return undefined;
  }
  return undefined;
}

/** A date (`12 March 2024`, `March 12, 2024`, `March 2024`) as yyyymmdd, null when it is no real date, undefined when no date. */
function readDate(text: string): number | null | undefined {
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const monthOnly = MONTH_YEAR.exec(text);
  const [day, month, year] = dayFirst
    ? [Number(dayFirst[1]), dayFirst[2]!, Number(dayFirst[3])]
    : monthFirst
      ? [Number(monthFirst[2]), monthFirst[1]!, Number(monthFirst[3])]
      : monthOnly
        ? [0, monthOnly[1]!, Number(monthOnly[2])]
        : [undefined, undefined, undefined];
  if (month === undefined || year === undefined || day === undefined) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  if (day > 31 || (day === 0 && !monthOnly)) return null;
  return year * 10_000 + (index + 1) * 100 + day;
}
