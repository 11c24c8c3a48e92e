import { readEnglishNumberWords } from './numerals.ts';
import { matchEnglishUnit } from './english-units.ts';
import { CURRENCY_NAMES, CURRENCY_SIGNS, currencyUnit, isCurrencyCode, matchSubunit } from './english-currency.ts';
import { isDescribingWord, readCountedPhrase } from './english-nouns.ts';
import type { Unit } from './units.ts';
import type { ParsedFigure, Qualifier } from './parse.ts';

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
  ['or above', 'at-least'],
  ['and over', 'at-least'],
  ['and older', 'at-least'],
  ['or older', 'at-least'],
  ['plus', 'at-least'],
  ['or less', 'under'],
  ['or fewer', 'under'],
  ['and under', 'under'],
  ['and below', 'under'],
  ['or below', 'under'],
  ['and younger', 'under'],
  ['or younger', 'under'],
];

/** Scale words after a number, in any letter case and with or without a space (`933mil`, `US$20bil`, `1.2bn`). */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, bil: 1e9, trn: 1e12,
  // The Indian scale words: a lakh is 100,000, a crore 10 million (Rs 500 crore).
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/**
 * Scale letters, after money only (`$45k`, `£3.2m`, `USD 252.6B`, `$1.2T`): after anything else `2.6m` may be
 * metres, `5k` a race and `3T` a unit of its own.
 */
export const MONEY_SCALES: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, MM: 1e6, mm: 1e6, b: 1e9, B: 1e9, tn: 1e12, T: 1e12 };

/** Signs before a number: a plus marks a rise (`+14%`); a minus, or the Unicode minus, a negative value (`-3.4%`, `-$79.6bn`). */
const SIGN = /^[+\-−](?=[\d$€£¥₹₩₽A-Z.])/u;

// Thousands grouped with commas (1,300) or, as some statistical offices print them, spaces (4 015 186).
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?(?![\d,]\d)|^\.\d+/;
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;

/** An English figure read up to where its words end; `rest` is what follows (a rate's `per tonne`, a suffix, or text it did not read). */
export type Level =
  | { ok: true; figure: ParsedFigure; rest: string; bare: boolean; scaled: boolean }
  | { ok: false; message: string };

/**
 * Reads a level figure at the start of `text` (already folded and with single
 * spaces): a qualifier, a sign, a currency, the number in digits or words, a
 * scale word, and a unit, currency name or counted noun phrase. `bare` tells
 * a number with nothing after it (`75` in `75 to 90 turbines`).
 */
export function readEnglishLevel(printed: string, input: string): Level {
  const fail = (message: string): Level => ({ ok: false, message });
  let text = input;
  let qualifier: Qualifier = 'exact';
  const lower = () => text.toLowerCase();
  for (const [words, meaning] of ENGLISH_PREFIXES) {
    if (lower().startsWith(`${words} `)) {
      qualifier = meaning;
      text = text.slice(words.length + 1);
      break;
    }
  }

  // aged 65, aged 18 to 24: an age, in years.
  const aged = /^aged /i.exec(text);
  if (aged) text = text.slice(aged[0].length);
  let sign = SIGN.exec(text)?.[0];
  if (sign) text = text.slice(1);
  let currency: string | undefined;
  const symbol = CURRENCY_SIGNS.find(([mark]) => text.startsWith(mark) && /^ ?[\d+\-−.(]/u.test(text.slice(mark.length)));
  const code = /^([A-Z]{3}) ?(?=[\d+\-−])/u.exec(text);
  if (symbol) {
    currency = symbol[1];
    text = text.slice(symbol[0].length).trimStart();
  } else if (code && isCurrencyCode(code[1]!)) {
    currency = code[1];
    text = text.slice(code[0].length);
  }
  // $-82.70 billion: the sign after the currency.
  const after = SIGN.exec(text)?.[0];
  if (after && currency && !sign) {
    sign = after;
    text = text.slice(1);
  }

  // (2.4)%, £(2.3)m: accounts print a negative number in brackets.
  const bracketed = !sign && /^\((?=[\d.])/.exec(text) && /^\([\d.,]+\)(?=$|[%a-zA-Z ])/.test(text);
  if (bracketed) {
    sign = '-';
    text = text.slice(1).replace(')', '');
  }
  let value: number;
  const digits = DIGITS.exec(text);
  if (digits) {
    value = Number(digits[0].replace(/[,\s]/g, ''));
    text = text.slice(digits[0].length);
  } else if (/^\d/.test(text)) {
    return fail(`"${printed}" is not a well-formed number: group thousands in threes (1,300), with a point for decimals (2.6)`);
  } else {
    if (sign) return fail(`"${printed}" has a sign with no number after it`);
    const words = readEnglishNumberWords(text);
    if (!words) return fail(`"${printed}" has no number where one is expected`);
    value = words.value;
    text = text.slice(words.length);
  }

  const ordinal = ORDINAL.exec(`${digits?.[0] ?? ''}${text}`);
  if (digits && ordinal && !currency && !sign && qualifier === 'exact') {
    const number = Number(ordinal[1]);
    const last = number % 100 >= 11 && number % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[number % 10] ?? 'th';
    if (ordinal[2] !== last) return fail(`"${printed}" is not a well-formed ordinal (${number}${last})`);
    return { ok: true, figure: { printed, value: number, normalized: number, unit: { dimension: 'rank', symbol: '', factor: 1 }, qualifier: 'exact' }, rest: '', bare: false, scaled: false };
  }

  let scaled = false;
  // $1.5-million: newspapers hyphenate the scale word of a sum used as an adjective.
  const scale = /^[ -]?(thousand|million|billion|trillion|mn|mln|mil|bn|bln|bil|trn|lakhs?|crores?)(?![\p{L}\p{N}])/iu.exec(text);
  if (scale) {
    value *= SCALE_WORDS[scale[1]!.toLowerCase()]!;
    scaled = true;
    text = text.slice(scale[0].length);
  } else {
    const short = /^ ?(k|K|MM|mm|m|M|b|B|tn|T)(?![\p{L}\p{N}])/u.exec(text);
    // 2.6m people, 5m tonnes: before a plural noun or a unit, an attached m can only be million.
    const following = text.slice(2);
    const noun = short?.[0] === 'm' && text[1] === ' ' ? readCountedPhrase(following, 2, () => false) : undefined;
    const measure = short?.[0] === 'm' && text[1] === ' ' ? matchEnglishUnit(following) : undefined;
    const millions = (noun !== undefined && !('refused' in noun)) || (measure !== undefined && !['length', 'duration', 'percent'].includes(measure.unit.dimension));
    if (short && (currency || millions)) {
      value *= MONEY_SCALES[short[1]!]!;
      scaled = true;
      text = text.slice(short[0].length);
    } else if (short && ['m', 'k', 'b', 'K', 'M', 'B'].includes(short[1]!)) {
      return fail(`"${printed}": "${short[1]}" after a number may mean ${short[1]!.toLowerCase() === 'm' ? 'metres or million' : 'thousand or another unit'}; write the word (million, metres)`);
    }
  }

  let unit: Unit | undefined;
  let rest = text.trimStart();
  if (!currency) {
    const code = /^([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest);
    const name = CURRENCY_NAMES.find(([word]) => rest.toLowerCase().startsWith(word.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(rest.slice(word.length)));
    const subunit = scaled ? undefined : matchSubunit(text);
    if (subunit) {
      unit = subunit.unit;
      text = text.slice(subunit.length);
    } else if (code && isCurrencyCode(code[1]!)) {
      currency = code[1];
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
  } else if (unit) {
    // A subunit of money (12.50p, 45 cents), read above.
  } else if (/^ ?(?:[%％]|pc(?![\p{L}\p{N}])|pct(?![\p{L}\p{N}]))/u.test(text)) {
    // 3.5pc, 3.8 pct: the percent sign as some British papers and news agencies print it.
    unit = { dimension: 'percent', symbol: '%', factor: 1 };
    text = text.trimStart().replace(/^(?:[%％]|pct|pc)/u, '');
    // 0.5% points: a difference of percentages.
    const points = /^ (?:points?|pts?)(?![\p{L}\p{N}])/iu.exec(text);
    if (points) {
      unit = { dimension: 'percentage-points', symbol: 'pp', factor: 1 };
      text = text.slice(points[0].length);
    }
  } else if (rest !== '' && (text.startsWith(' ') || /^[A-Za-z²µ]/.test(text))) {
    const measured = matchEnglishUnit(rest);
    if (measured) {
      unit = measured.unit;
      text = rest.slice(measured.length);
    } else {
      const counted = readCountedPhrase(rest, value, (word) => matchEnglishUnit(word)?.length === word.length);
      const period = counted ? undefined : describedDuration(rest);
      if (counted && 'refused' in counted) return fail(`"${printed}": ${counted.refused}`);
      if (period) {
        unit = period.unit;
        text = rest.slice(period.length);
      } else if (counted) {
        unit = { dimension: 'count', symbol: counted.symbol, factor: 1 };
        text = rest.slice(counted.length);
      }
    }
  }
  if (aged) {
    if (unit && !(unit.dimension === 'duration' && unit.symbol === 'year')) return fail(`"${printed}" gives an age in ${unit.symbol}; Casebook reads ages in years`);
    unit = { dimension: 'duration', symbol: 'year', factor: 1 };
  }
  const bare = !unit;
  if (!unit) unit = { dimension: 'count', symbol: '', factor: 1 };
  if (sign === '+' || sign === undefined) {
    // A plus marks a change upward; a minus a negative value.
  } else {
    if (['rank', 'date', 'duration'].includes(unit.dimension)) return fail(`"${printed}" has a minus before a ${unit.dimension === 'duration' ? 'duration' : unit.dimension === 'rank' ? 'position' : 'date'}, which cannot be negative`);
    value = -value;
  }

  rest = text.trim();
  // 3.5% y/y, 0.3% m/m, 2.1% year-on-year: the period compared, which leaves the figure as printed.
  if (/^(?:[ymq]\/[ymq]|yoy|mom|qoq|y-o-y|year-on-year|year on year|month-on-month|month on month|quarter-on-quarter|quarter on quarter)$/i.test(rest)) rest = '';
  // 65 years old: an age, in years.
  if (unit.dimension === 'duration' && unit.symbol === 'year' && /^old$/i.test(rest)) rest = '';
  for (const [words, meaning] of ENGLISH_SUFFIXES) {
    if (rest.toLowerCase() === words || (words === 'plus' && rest.toLowerCase() === '-plus')) {
      if (qualifier === 'exact') qualifier = meaning;
      rest = '';
    }
  }
  const figure: ParsedFigure = { printed, value, normalized: value * unit.factor, unit, qualifier, ...(sign === '+' ? { change: 'up' as const } : {}) };
  return { ok: true, figure, rest, bare, scaled };
}

/**
 * A duration after words that describe it (`four consecutive trading days`,
 * `12 calendar months`): a day is a day whatever kind it is, so the words
 * are left out of the unit. Other units keep no describing words (`5
 * nautical miles` is no mile).
 */
function describedDuration(text: string): { unit: Unit; length: number } | undefined {
  const words = /^((?:[A-Za-z][A-Za-z-]* ){1,3})([A-Za-z]+)/.exec(text);
  if (!words || !words[1]!.trim().split(' ').every(isDescribingWord)) return undefined;
  const unit = matchEnglishUnit(words[2]!);
  if (!unit || unit.length !== words[2]!.length || unit.unit.dimension !== 'duration') return undefined;
  return { unit: unit.unit, length: words[0].length };
}
