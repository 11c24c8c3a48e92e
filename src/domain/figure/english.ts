import { readEnglishNumberWords } from './numerals.ts';
import { matchEnglishUnit } from './english-units.ts';
import { countedNoun, FUNCTION_WORDS, readCountedPhrase } from './english-nouns.ts';
import { readShare } from './english-shares.ts';
import { ENGLISH_PREFIXES, readEnglishLevel, SCALE_WORDS, type Level } from './english-level.ts';
import type { Unit } from './units.ts';
import type { FigureResult, ParsedFigure, Qualifier } from './parse.ts';
import * as normalise from '../normalise.ts';

export { ENGLISH_PREFIXES, ENGLISH_SUFFIXES } from './english-level.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{4})$`);
const MONTH_YEAR = new RegExp(`^${MONTH} (\\d{4})$`);

/**
 * Words before a number that make it a change (`up 14%`, `fell 3.4%`, `an
 * increase of 5%`), each with its direction. A `+` before the number marks
 * a rise too (`+14%`); a minus is a negative value (`-3.4%`), since a table
 * of levels prints deficits and falls that way. After `to` the figure is a
 * level reached (`rose to 5%`) and is refused.
 */
export const ENGLISH_CHANGE_WORDS: [string, 'up' | 'down'][] = [
  ...['up', 'rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grown', 'grow', 'grows', 'growing', 'climbed', 'jumped', 'surged', 'soared'].map((word) => [word, 'up'] as [string, 'up']),
  ...['down', 'fell', 'fallen', 'fall', 'falls', 'falling', 'decreased', 'decrease', 'decreases', 'decreasing', 'declined', 'decline', 'declines', 'declining', 'dropped', 'drop', 'slipped', 'slid', 'plunged', 'tumbled', 'dipped', 'shrank', 'contracted'].map((word) => [word, 'down'] as [string, 'down']),
  ...['an increase of', 'a rise of', 'a gain of', 'growth of'].map((word) => [word, 'up'] as [string, 'up']),
  ...['a decrease of', 'a fall of', 'a drop of', 'a decline of', 'a reduction of', 'a cut of'].map((word) => [word, 'down'] as [string, 'down']),
];
const CHANGE = new RegExp(`^(${ENGLISH_CHANGE_WORDS.map(([word]) => word).sort((a, b) => b.length - a.length).join('|')})(?: by)? (?=\\S)`, 'i');

/** Multiples in one word: `doubled` (2×), `tripled`/`trebled` (3×), `quadrupled` (4×), read as rises to that multiple, as 翻一番 is. */
export const ENGLISH_MULTIPLES: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
const FOLD = /^(\d+(?:\.\d+)?|[a-z]+)[- ]?fold$/i;

/** Words that name a period or a thing rather than state a figure (`Q3`, `H1`, `FY2024`). */
const PERIOD_NAME = /^(?:Q[1-4]|H[12]|FY|CY)(?:\s?'?\d{2,4})?\b/;
/** Indefinite numbers: `hundreds of`, `thousands of`, `dozens of`, `tens of thousands of`. */
const VAGUE = /^(?:(?:several|many|tens of|hundreds of) )?(?:tens|dozens|scores|hundreds|thousands|millions|billions)(?: of)?\b/i;

/** The per-unit words that are read in place of a unit word: `per capita`, `per head`, `per annum`. */
export const PER_WORDS: Record<string, string> = { capita: 'capita', head: 'head', annum: 'year' };
/** Short per-unit symbols read only after a slash (`$50/t`, `/yr`), where they can mean nothing else. */
export const SLASH_SYMBOLS: Record<string, Unit> = {
  t: { dimension: 'mass', symbol: 't', factor: 1 },
  yr: { dimension: 'duration', symbol: 'year', factor: 1 },
  y: { dimension: 'duration', symbol: 'year', factor: 1 },
  mo: { dimension: 'duration', symbol: 'month', factor: 1 },
  d: { dimension: 'duration', symbol: 'day', factor: 1 },
  h: { dimension: 'duration', symbol: 'hour', factor: 1 },
  hr: { dimension: 'duration', symbol: 'hour', factor: 1 },
  // The abbreviations of oil statistics: $66/b, $2.64/gal.
  b: { dimension: 'volume', symbol: 'barrel', factor: 0.158987294928 },
  bbl: { dimension: 'volume', symbol: 'barrel', factor: 0.158987294928 },
  gal: { dimension: 'count', symbol: 'gallon', factor: 1 },
};
/** Oil output in one symbol: barrels per day. */
const BARRELS_A_DAY = /^(?:bpd|b\/d|bopd)$/i;
/** One word after a rate's amount that says "per year" or "per day". */
export const PER_ADVERBS: Record<string, string> = { annually: 'year', yearly: 'year', 'per annum': 'year', 'p.a.': 'year', 'a year': 'year', daily: 'day', monthly: 'month', weekly: 'week' };
/** What a rate cannot be of or per: a difference of percentages, a multiple, a position, a date. A percentage has a rate per period only (`5% a year`). */
const NOT_RATES = new Set(['percentage-points', 'ratio', 'rank', 'date', 'magnitude']);

/**
 * Reads a figure as printed in English (`$2.6 million`, `nearly 97%`,
 * `1,300 people`, `12.5 km²`, `282 wind turbines`, `USD 252.6B`, `-3.4%`,
 * `+14%`, `up 3 percent`, `about a third`, `one in five`, `75 to 90
 * turbines`, `between 20 and 30 percent`, `$97.52 per barrel`, `12.50p`,
 * `doubled`, `3rd`, `12 March 2024`) into a number, a unit and a qualifier,
 * with its change, range or per-unit. Whatever it does not understand, or
 * what could mean two things, it refuses with a reason: a figure is never
 * read wrongly. Whitespace runs count as one space; letter case is ignored
 * in words, kept in symbols (`MW`).
 */
export function parseEnglishFigure(printed: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const text = normalise.width(printed).replace(/\s+/g, ' ').trim();
  if (text === '') return fail('is empty');

  const date = readDate(text);
  if (date !== undefined) {
    if (date === null) return fail(`"${printed}" is not a real date`);
    return { ok: true, figure: { printed, value: date, normalized: date, unit: { dimension: 'date', symbol: 'date', factor: 1 }, qualifier: 'exact' } };
  }
  if (PERIOD_NAME.test(text)) return fail(`"${printed}" names a period (a quarter, half or financial year), not a figure`);
  if (VAGUE.test(text) && !/^\d/.test(text)) return fail(`"${printed}" is an indefinite number (hundreds of, thousands of), not a figure Casebook can check`);
  if (/^from /i.test(text)) return fail(`"${printed}" may be a change from one level to another or a range; declare each level on its own, or the range as "X to Y"`);

  const change = /^(?:up|down) to /i.test(text) ? null : CHANGE.exec(text);
  if (change) return readChange(printed, text.slice(change[0].length), ENGLISH_CHANGE_WORDS.find(([word]) => word === change[1]!.toLowerCase())![1]);
  const multiple = readMultiple(printed, text);
  if (multiple) return multiple;
  const range = readRange(printed, text);
  if (range) return range;

  // A share in words or as a fraction (about a third, one in five, less than 1/10), after any qualifier.
  const prefix = ENGLISH_PREFIXES.find(([words]) => text.toLowerCase().startsWith(`${words} `));
  const afterPrefix = prefix ? text.slice(prefix[0].length + 1) : text;
  // more than tripled, nearly threefold: a multiple with a qualifier.
  const qualifiedMultiple = prefix ? readMultiple(printed, afterPrefix) : undefined;
  if (qualifiedMultiple) return qualifiedMultiple.ok ? { ok: true, figure: { ...qualifiedMultiple.figure, qualifier: prefix![1] } } : qualifiedMultiple;
  const share = readShare(afterPrefix);
  if (share && 'refused' in share) return fail(`"${printed}": ${share.refused}`);
  if (share) {
    let rest = afterPrefix.slice(share.length).trim();
    // One in five adults: the share of a counted group.
    if (share.unit.symbol === 'in' || share.unit.symbol === 'out of') {
      const noun = rest === '' ? undefined : readCountedPhrase(rest, 2, () => false);
      if (noun && !('refused' in noun) && noun.length === rest.length) rest = '';
    }
    if (rest !== '') return fail(`"${printed}" has text after the share ("${rest}") that Casebook does not read`);
    return { ok: true, figure: { printed, value: share.value, normalized: share.value, unit: share.unit, qualifier: prefix?.[1] ?? 'exact' } };
  }

  const level = readEnglishLevel(printed, text);
  if (!level.ok) return level;
  return finish(printed, level);
}

/** A level read with its rate, or refused for the text after it. */
function finish(printed: string, level: Extract<Level, { ok: true }>): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const { figure, rest } = level;
  // "over three years" and "under two hours" usually say when (during, within), not how long.
  if (figure.unit.dimension === 'duration' && /^(over|under|above|below)\b/i.test(normalise.width(printed).trim())) {
    return fail(`"${printed}": "${/^\S+/.exec(printed.trim())![0]}" before a duration may mean "during" or "within"; write "more than" or "less than"`);
  }
  if (rest === '') return { ok: true, figure };
  if (level.bare && BARRELS_A_DAY.test(rest) && !figure.change) {
    const unit: Unit = { dimension: 'volume', symbol: 'bbl', factor: 0.158987294928 };
    return { ok: true, figure: { ...figure, normalized: figure.value * unit.factor, unit, per: { dimension: 'duration', symbol: 'day', factor: 1 } } };
  }
  const per = readPer(rest);
  if (per && 'message' in per) return fail(`"${printed}" ${per.message}`);
  if (per) {
    if (figure.change || level.bare) return fail(`"${printed}" is not a rate Casebook reads: ${level.bare ? 'its amount has no unit' : 'a change per unit'}`);
    if (NOT_RATES.has(figure.unit.dimension) || (figure.unit.dimension === 'percent' && per.unit.dimension !== 'duration')) {
      return fail(`"${printed}" is not a rate Casebook reads: ${figure.unit.symbol || 'a number'} per ${per.unit.symbol}`);
    }
    return { ok: true, figure: { ...figure, per: per.unit } };
  }
  return fail(
    level.bare
      ? `"${printed}" has a unit Casebook does not know ("${rest}"); see the unit catalogue in docs/reference/units.md`
      : `"${printed}" has text after the unit ("${rest}") that is not a qualifier such as "or more"`,
  );
}

/**
 * The per-unit of a rate from the text after its amount: `per barrel`, `a
 * year`, `/kWh`, `per capita`, `annually`. The per-unit's symbol is the
 * unit or noun as printed, in the singular (`tonne`, `kWh`, `barrel`,
 * `share`), so a rate agrees with another printed per the same word.
 * Undefined when the text is no per-unit; a reason when it is one Casebook
 * does not read (`per 1,000 people`).
 */
function readPer(text: string): { unit: Unit } | { message: string } | undefined {
  const lower = text.toLowerCase();
  const adverb = PER_ADVERBS[lower];
  if (adverb) return { unit: { dimension: 'duration', symbol: adverb, factor: 1 } };
  const split = /^(?:(per|an?|each) |\/ ?)(.+)$/i.exec(text);
  if (!split) return undefined;
  const [, word, target] = split as unknown as [string, string | undefined, string];
  // After a slash, the short symbols of price lists: $50/t, 200 kWh/yr.
  const slashed = word === undefined ? SLASH_SYMBOLS[target] : undefined;
  if (slashed) return { unit: slashed };
  if (/^[\d,.]+ /.test(target)) return { message: `is a rate per ${target}; Casebook reads rates per one unit only` };
  const named = PER_WORDS[target.toLowerCase()];
  if (named) return { unit: { dimension: named === 'year' ? 'duration' : 'count', symbol: named, factor: 1 } };
  const unit = matchEnglishUnit(target);
  if (unit && unit.length === target.length) {
    if (['percent', 'percentage-points', 'ratio'].includes(unit.unit.dimension)) return undefined;
    const symbol = /^[a-z]/i.test(target) && target === target.toLowerCase() ? singularOf(target) : target;
    return { unit: { ...unit.unit, symbol } };
  }
  // A singular noun: per barrel, per share, per household, a head.
  if (/^[a-z][a-z-]*$/i.test(target) && !FUNCTION_WORDS.has(target.toLowerCase())) {
    const counted = countedNoun(target, 1);
    // "a" before a noun no list knows may be an article ("$5 a share" is, "5 a side" is not): only listed nouns and units.
    if (word && /^an?$/i.test(word) && !counted) return undefined;
    if (!counted && /s$/i.test(target) && !/(ss|us|is)$/i.test(target)) return undefined;
    return { unit: { dimension: 'count', symbol: (counted ?? target).toLowerCase(), factor: 1 } };
  }
  return undefined;
}

/** A unit word in the singular: `tonnes` → `tonne`, `kilometres` → `kilometre`, `square feet` → `square foot`. */
function singularOf(word: string): string {
  if (/feet$/.test(word)) return word.replace(/feet$/, 'foot');
  if (/(?:ss|us)$/.test(word) || !/s$/.test(word)) return word;
  return word.replace(/ies$/, 'y').replace(/s$/, '');
}

/** `up 14%`, `fell by 3.4%`, `an increase of 5%`: the change that follows the word, or why it is refused. */
function readChange(printed: string, rest: string, direction: 'up' | 'down'): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  if (/^to\b/i.test(rest)) return fail(`"${printed}" states a level reached, not a change; declare the figure after "to" on its own`);
  if (/^[+\-−]/.test(rest)) return fail(`"${printed}" has a sign after a word of change; declare the figure as the source prints it`);
  const inner = parseEnglishFigure(rest);
  if (!inner.ok) return inner;
  const { figure } = inner;
  if (figure.change || figure.range || ['date', 'rank'].includes(figure.unit.dimension)) return fail(`"${printed}" is not a change Casebook can read`);
  // "increased three times" means to three times the base to some writers and by three times to others.
  if (figure.unit.dimension === 'ratio') return fail(`"${printed}" can be read two ways (to ${figure.value}× the base, or by ${figure.value}×); declare the level it reached, or "doubled"/"tripled" as the source prints it`);
  return { ok: true, figure: { ...figure, printed, change: direction } };
}

/** `doubled`, `tripled`, `threefold`, `3-fold`, `twice`: a multiple, or the refusal of one that could be read two ways. */
function readMultiple(printed: string, text: string): FigureResult | undefined {
  const lower = text.toLowerCase();
  const ratio = (value: number, symbol: string, change?: 'up'): FigureResult => ({
    ok: true,
    figure: { printed, value, normalized: value, unit: { dimension: 'ratio', symbol, factor: 1 }, qualifier: 'exact', ...(change ? { change } : {}) },
  });
  if (ENGLISH_MULTIPLES[lower]) return ratio(ENGLISH_MULTIPLES[lower], 'times', 'up');
  if (lower === 'halved') return { ok: false, message: `"${printed}" is a fall to half; declare the level it reached, or the change as a percentage (50%)` };
  if (lower === 'twice') return ratio(2, 'times');
  const fold = FOLD.exec(text) ?? /^(\d+(?:\.\d+)?) ?[x×]$/.exec(text);
  if (!fold) {
    if (/^(?:\S+[- ]?fold) (?:increase|rise|growth|jump|decrease|reduction|drop|fall)\b/i.test(text)) {
      return { ok: false, message: `"${printed}" can be read two ways (to that multiple of the base, or by it); declare the level it reached` };
    }
    return undefined;
  }
  const number = /^\d/.test(fold[1]!) ? Number(fold[1]) : readEnglishNumberWords(fold[1]!)?.length === fold[1]!.length ? readEnglishNumberWords(fold[1]!)!.value : undefined;
  if (number === undefined) return undefined;
  return ratio(number, 'times');
}

/**
 * A range with both ends (`75 to 90 turbines`, `20–40 years`, `between 20
 * and 30 percent`, `$5-7 million`, `5 to 7 million`), the refusal of one
 * that cannot be read, or undefined when the text is no range. A bare low
 * end takes the high end's unit, noun and scale word (`5 to 7 million` is 5
 * million to 7 million, the only way English prints it); a bare high end
 * takes the low end's currency (`$5-7 million`). The low end must be below
 * the high end; a qualifier counts only for the whole (`about 20 to 30`).
 */
function readRange(printed: string, text: string): FigureResult | undefined {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const between = /^between (.+?) and (.+)$/i.exec(text);
  const split = between ?? /^(.+?)(?: to | ?[–—~] ?|(?<=[\d%]|illion|housand|bn)-(?=[\d$€£¥]))(.+)$/u.exec(text);
  if (!split) return undefined;
  let [, lowText, highText] = split as unknown as [string, string, string];
  // aged 18 to 24: both ends are ages.
  if (/^aged /i.test(lowText)) highText = `aged ${highText}`;
  // "up to 180 MW": the qualifier, not a range.
  if (/^(?:up|close|down)$/i.test(lowText)) return undefined;
  const low = readEnglishLevel(lowText, lowText);
  const high = readEnglishLevel(highText, highText);
  if (!low.ok || !high.ok || low.rest !== '') return between ? fail(`"${printed}" is not a range Casebook can read`) : undefined;
  if (high.rest !== '') return undefined;
  const [a, b] = [low.figure, high.figure];
  if (a.change || b.change) return fail(`"${printed}" is not a range Casebook can read: one end is a change`);
  let unit = b.unit;
  let lowValue = a.value;
  let highValue = b.value;
  if (['date', 'rank'].includes(unit.dimension) || ['date', 'rank'].includes(a.unit.dimension)) return fail(`"${printed}" is not a range Casebook can read: its ends are ${unit.dimension === 'rank' ? 'positions' : 'dates'}`);
  const years = (side: string) => /^(1[89]|20)\d\d$/.test(side.trim());
  if (years(lowText) && (years(highText) || /^\d\d$/.test(highText.trim()))) return fail(`"${printed}" is a span of years, which Casebook does not read as a figure`);
  if (low.bare && high.bare && !high.scaled) return fail(`"${printed}" is a range of bare numbers; Casebook reads a range only with a unit or counted noun`);
  if (high.bare && !low.bare && ['currency', 'foreign-currency'].includes(a.unit.dimension)) {
    // $5-7 million: the high end is money in the low end's currency.
    unit = a.unit;
  } else if (!low.bare && (a.unit.dimension !== unit.dimension || a.unit.symbol !== unit.symbol || a.unit.factor !== unit.factor)) {
    return between ? fail(`"${printed}" has two ends in different units (${a.unit.symbol || 'none'} and ${unit.symbol || 'none'})`) : undefined;
  }
  // 5 to 7 million: the low end shares the high end's scale word where that gives a range from low to high.
  if (high.scaled && !low.scaled) {
    const scale = scaleOf(highText);
    if (scale && lowValue * scale < highValue) lowValue *= scale;
    else return fail(`"${printed}" can be read two ways: the low end may or may not share the high end's scale word; write both ends in full (5 million to 7 million)`);
  }
  if (low.scaled && high.bare && !high.scaled) return fail(`"${printed}" has a scale word on its low end only; write both ends in full`);
  const qualifiers = new Set<Qualifier>([a.qualifier, b.qualifier]);
  qualifiers.delete('exact');
  if (qualifiers.size > 1 || (qualifiers.size === 1 && !(qualifiers.has('about') && b.qualifier === 'exact'))) {
    return fail(`"${printed}" qualifies one end of a range (${[...qualifiers].join(', ')}); Casebook reads a range only exact or as a whole approximation (about 20 to 30)`);
  }
  if (!(lowValue < highValue)) return fail(`"${printed}" is not a range from low to high`);
  const figure: ParsedFigure = { printed, value: lowValue, normalized: lowValue * unit.factor, unit, qualifier: a.qualifier, range: { low: lowValue, high: highValue } };
  return { ok: true, figure };
}

/** The factor of the scale word a figure prints (`7 million` → 1,000,000, `$7bn` → 1e9), or undefined. */
function scaleOf(text: string): number | undefined {
  const word = /\d ?(thousand|million|billion|trillion|mn|mln|mil|bn|bln|bil|trn|lakhs?|crores?)(?![\p{L}\p{N}])/iu.exec(text);
  if (word) return SCALE_WORDS[word[1]!.toLowerCase()];
  const letter = /\d ?(k|K|m|M|b|B|tn|T)(?![\p{L}\p{N}])/u.exec(text);
  return letter ? { k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, tn: 1e12, T: 1e12 }[letter[1]!] : undefined;
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
