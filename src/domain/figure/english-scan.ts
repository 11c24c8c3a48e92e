import { ENGLISH_NUMBER_WORDS } from './numerals.ts';
import { parseFigure, type ParsedFigure } from './parse.ts';
import { ENGLISH_MULTIPLES, ENGLISH_PREFIXES } from './english.ts';
import { CURRENCY_SIGNS, isCurrencyCode } from './english-currency.ts';
import { isModifier } from './english-nouns.ts';

/**
 * Whether `text` is read as English (Latin script) rather than Chinese: it
 * has Latin letters and few Han characters beside them. A Han character
 * says about as much as a word of five letters, so a Chinese paragraph that
 * names a foreign company is still Chinese.
 */
export function isLatinText(text: string): boolean {
  const latin = text.match(/[A-Za-zＡ-Ｚａ-ｚ]/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin > 0 && han * 5 < latin;
}

// Where a number may start: digits, a number word (`twelve`, `a dozen`, `half a million`), or a month that begins a
// date (`September 30, 2009`, `April 2011`).
// Number words may open a sentence (Twelve schools); month names are matched with their capital only.
const anyCase = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
const FRACTIONS = 'half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const NUMBER_START = new RegExp(
  `\\d|\\b(?:${ENGLISH_NUMBER_WORDS.map(anyCase).join('|')}|[Aa]n? (?:dozen|hundred|thousand|million|billion|${FRACTIONS})|[Hh]alf|${Object.keys(ENGLISH_MULTIPLES).join('|')}|(?:two|three|four|five|six|seven|eight|nine|ten)-?fold)\\b|\\b(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?) \\d)`,
  'gu',
);
const NUMBER_WORD = new RegExp(`^(?:${ENGLISH_NUMBER_WORDS.join('|')}|an?|half|doubled|tripled|trebled|quadrupled)\\b`, 'iu');
const SIGNS = CURRENCY_SIGNS.map(([sign]) => sign.replace(/\$/g, '\\$')).join('|');
const SIGN_BEFORE = new RegExp(`(?<![A-Za-z])(?:${SIGNS}) ?$`, 'u');
const CODE_BEFORE = /(?<![A-Za-z])([A-Z]{3}) $/u;
// The words that may open a figure before its number: a qualifier (`more than`), `between` (a range) or `aged` (an age).
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...ENGLISH_PREFIXES.map(([words]) => words.replace(/\./g, '\\.')), 'between', 'aged'].join('|')}) $`, 'iu');
// A sign before the number or its currency: +14%, -3.4%, −$79.6bn, $-82.70 billion; never inside a word or a code (COVID-19).
const SIGN_AT = /(?:^|[\s(\[])[+\-−]$/u;
// Words after which a four-digit number from 1800 to 2100 is a year even when a word follows it: in 2019 researchers
// found, the 2020 results, by 2030 cities will.
const YEAR_BEFORE = /(?:^|[.!?:;(]\s*|\b(?:in|since|by|until|till|from|through|during|of|for|the|its|their|our|his|her|this|that|and|or|to|between|before|after|early|late|mid|fiscal|calendar|financial|year|end)\s+)$/iu;
// A fraction in words is a share only where what follows says of what, or the clause ends: "a third of the value",
// "wider by about a third."; never "a third time", "the first half", "a quarter century".
const SHARE_FOLLOWS = /^(?:\s+(?:of|the|its|their|his|her|our|all|again|as)\b|\s*[.,;:!?)\]"”’]|\s*$)/u;
const SHARE_PRECEDED = /\b(?:first|second|third|fourth|last|latter|former|other|each|every|the|this|that|next|previous)\s+$/iu;
// The end of a token: punctuation that follows a figure without belonging to it.
const TRAILING = /[,;:!?.)\]}"'”’»]+$/u;
// How far a figure may reach: its qualifier and number, a scale word, two modifiers and its noun, a suffix.
const TOKENS = 8;

/** A run of English text read as a figure. */
export interface EnglishCandidate {
  offset: number;
  figure: ParsedFigure;
}

/**
 * Every whole figure an English text prints, in order: each number with the
 * qualifier words and currency before it and the scale word, unit or
 * counted noun after it, read by `parseFigure` (so `1,300 people` is one
 * figure and `300 people` is never found inside it). Left out: digits
 * inside a word or a longer number (`A380`, `COVID-19`, `2023/24`), the
 * ends of a range in words (`between 20 and 30 percent`; a dashed one,
 * `20–30%`, is read whole as a range by `parseFigure`), and a rate
 * (`45 people per km²`), which the catalogue cannot state. A four-digit
 * year standing alone (`in 2023`) is a date, never a count.
 */
export function* englishFigures(text: string): Generator<EnglishCandidate> {
  const starts = new RegExp(NUMBER_START.source, NUMBER_START.flags);
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index;
    if (match[0] === '') starts.lastIndex++;
    if (insideAWord(text, at) || rangeEnd(text, at) || inAName(text, at)) continue;
    const found = longestAt(text, at);
    if (!found) continue;
    const after = text.slice(found.end);
    const before = text.slice(Math.max(0, found.offset - 40), found.offset);
    const { symbol } = found.figure.unit;
    if (found.figure.unit.dimension === 'percent' && /^[a-z]+$/.test(symbol) && symbol !== 'in') {
      // A fraction in words: a share only before "of" or at the end of a clause, never after "first" or "the".
      // A qualified one is a share wherever it stands: nearly half stayed.
      if ((found.figure.qualifier === 'exact' && !SHARE_FOLLOWS.test(after)) || SHARE_PRECEDED.test(text.slice(Math.max(0, at - 20), at))) {
        starts.lastIndex = found.end;
        continue;
      }
    }
    // 1/10 may be a date (on 1/10): a share only with a qualifier or before "of".
    if (symbol === '/' && found.figure.qualifier === 'exact' && !/^\s+of\b/u.test(after)) {
      starts.lastIndex = found.end;
      continue;
    }
    // A telephone number (+1 202 555 0100) is no figure, nor any group of digits in it.
    const digitRun = /^\d+(?:[ \u00a0]\d+){2,}/u.exec(text.slice(at))?.[0];
    if (digitRun && !/^\d{1,3}(?:[ \u00a0]\d{3})+$/u.test(digitRun)) {
      starts.lastIndex = at + digitRun.length;
      continue;
    }
    if (found.figure.range) {
      yield { offset: found.offset, figure: found.figure };
      starts.lastIndex = found.end;
      continue;
    }
    // A range's first end (20–30%, 20 to 30 people, between 20 and 30) or a rate (45 people per km²): refused, never
    // read as a plain figure. From 20% to 30% is a change between two figures, each a figure.
    // "20,000 meals to 250 seniors" is two figures: a figure that ends in its noun is no range's first end.
    const endsInNoun = /[A-Za-z]{3,}$/.test(text.slice(found.offset, found.end)) && !/(?:hundred|thousand|million|billion|trillion|percent|cent)$/i.test(text.slice(found.offset, found.end));
    const joined = /^\s*[-–—~]\s*(?=[$€£¥]?\d)/u.exec(after) ?? (!/\bfrom\s+$/iu.test(before) && !endsInNoun ? /^\s+to\s+(?=[$€£¥]?\d)/iu.exec(after) : null);
    if (joined || /\bbetween\s+$/iu.test(before)) {
      // "rose 14% to £354.6m", "fell 2.3% to 4,120.5 points": a change and the level it reached, two figures of
      // different kinds. Two of one kind that Casebook did not read as a range are both left out.
      const next = joined ? longestAt(text, found.end + joined[0].length) : undefined;
      const bare = (figure: ParsedFigure) => figure.unit.dimension === 'count' && figure.unit.symbol === '';
      if (next && next.figure.unit.dimension !== found.figure.unit.dimension && !bare(next.figure) && !bare(found.figure)) {
        yield { offset: found.offset, figure: asYear(found.figure) };
        yield { offset: next.offset, figure: next.figure };
        starts.lastIndex = next.end;
        continue;
      }
      starts.lastIndex = next ? next.end : found.end;
      continue;
    }
    // A rate Casebook does not read (3.2 per 1,000 births): neither the amount nor what it is per is a figure.
    const per = /^\s*(?:per\b|\/)\s*(?:[\d.,]+(?:\s+[A-Za-z][\w-]*)?|[A-Za-z][\w²³-]*)?/u.exec(after);
    if (per && /[\p{L}\p{N}]/u.test(per[0])) {
      starts.lastIndex = found.end + per[0].length;
      continue;
    }
    yield { offset: found.offset, figure: asYear(found.figure) };
    starts.lastIndex = found.end;
  }
}

/**
 * A number word with a capital inside a sentence is part of a name: the One
 * Billion Trees Fund, Over One Million Jobs (a headline). At the start of a
 * sentence it is a number (Twelve schools opened).
 */
function inAName(text: string, at: number): boolean {
  if (!/^[A-Z]/.test(text.slice(at)) || !NUMBER_WORD.test(text.slice(at))) return false;
  return !/(?:^|[.!?:]["”’)]?\s+|\n\s*|["“(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at)) || /^\S+ [A-Z]/u.test(text.slice(at));
}

/** Digits inside a word, a code or a longer number: A380, COVID-19, 2023/24, 1.5, #3. */
function insideAWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  if (!/\d/.test(text[at]!)) return /[\p{L}\p{N}-]/u.test(before);
  // RM933mil, Rs 500 crore: a currency sign of letters is no word.
  if (SIGN_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  if (/[\p{L}\p{N}_#/]/u.test(before)) return true;
  // 1,300 or 2.6 already read from their first digit; 19 in COVID-19.
  return /[.,\-–]/u.test(before) && /[\p{L}\p{N}]/u.test(text[at - 2] ?? '');
}

/** The second end of a range: `20–30%`, `20 to 30 percent` after a number, `between 20 and 30`. */
function rangeEnd(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const dashed = /\d%?\s*[-–—~]\s*[$€£¥]?$/u.test(before);
  const between = /\bbetween\s+\S+(?:\s+\S+)?\s+and\s+[$€£¥]?$/iu.test(before);
  // 20 to 30 people; not after a year (from 3.5% in 2022 to 4.1%) or in "from 20% to 30%", a change between two figures.
  const lower = /(\d[\d,.]*)%?\s+to\s+[$€£¥]?$/iu.exec(before);
  const to = lower !== null && !/^(1[89]|20)\d\d$/.test(lower[1]!) && !/\bfrom\s+\S+\s+to\s+[$€£¥]?$/iu.test(before);
  return dashed || between || to;
}

/** The longest figure that starts at the number at `at`, with a qualifier or currency printed before it. */
function longestAt(text: string, at: number): { offset: number; end: number; figure: ParsedFigure } | undefined {
  const starts = [at];
  let money = at;
  // (2.4)%, £(2.3)m: a negative number in brackets, as accounts print it.
  if (text[at - 1] === '(' && /^[\d.,]+\)(?:%|[a-zA-Z])/u.test(text.slice(at))) money = at - 1;
  // $-82.70 billion: a minus between the currency and the digits.
  if (/\d/.test(text[at]!) && /[$€£¥][+\-−]$/u.test(text.slice(Math.max(0, at - 2), at))) money = at - 1;
  const head = text.slice(Math.max(0, money - 24), money);
  const sign = SIGN_BEFORE.exec(head) ?? (CODE_BEFORE.exec(head) && isCurrencyCode(CODE_BEFORE.exec(head)![1]!) ? CODE_BEFORE.exec(head) : null);
  if (money < at) starts.unshift(money);
  if (sign && /\d/.test(text[at]!)) starts.unshift((money -= sign[0].length));
  else if (money === at - 1 && text[money] !== '(') money = at;
  // +14%, -3.4%, -$79.6bn: the sign belongs to the figure.
  if (/\d/.test(text[at]!) && SIGN_AT.test(text.slice(Math.max(0, money - 2), money))) starts.unshift((money -= 1));
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, money - 24), money));
  if (qualifier) starts.unshift(money - qualifier[0].length);
  const ends = tokenEnds(text, at);
  // "from 20% to 30%" is a change between two levels, or a range: each end is read as a figure of its own.
  const fromBefore = /\bfrom\s+$/iu.test(text.slice(Math.max(0, starts[0]! - 8), starts[0]));
  // In 2019 researchers found: a year, though a word follows it.
  const year = /^(?:1[89]|20)\d\d(?![\d,.])/.exec(text.slice(at))?.[0];
  const yearOnly = year !== undefined && YEAR_BEFORE.test(text.slice(Math.max(0, at - 12), at));
  // The longest reach first, then the widest start: in "over three years" the qualifier is refused with the duration,
  // and "three years" is the figure, never "over three".
  for (const end of ends) {
    for (const start of starts) {
      const result = parseFigure(text.slice(start, end));
      if (!result.ok || (fromBefore && result.figure.range)) continue;
      if (yearOnly && start === at && result.figure.unit.dimension === 'count' && end > at + year.length) continue;
      return { offset: start, end, figure: result.figure };
    }
  }
  return undefined;
}

/** Where a figure starting at `at` may end, longest first: after each of the next tokens, less trailing punctuation. */
function tokenEnds(text: string, at: number): number[] {
  const ends: number[] = [];
  const token = /\S+/gu;
  token.lastIndex = at;
  for (let count = 0, match = token.exec(text); match && count < TOKENS; count++, match = token.exec(text)) {
    const trimmed = match[0].replace(TRAILING, '');
    if (trimmed) ends.push(match.index + trimmed.length);
    // A figure does not run on past the end of a clause, but a date does past its day (September 30, 2009).
    const dated = /^\d{1,2},$/u.test(match[0]) && /^ \d{4}\b/u.test(text.slice(match.index + match[0].length));
    // A dash ends a clause, except between the two numbers of a range (20–40 years, $5-7 million).
    const ranged = /^[+\-−]?[$€£¥]?[\d.,]+%?[–—-][$€£¥]?[\d.,]+$/u.test(trimmed);
    if (!dated && (trimmed !== match[0] || (/[—–]/u.test(match[0]) && !ranged))) break;
  }
  return ends.reverse();
}

/** A four-digit number from 1800 to 2100 standing alone is a year: a date, never a count. */
function asYear(figure: ParsedFigure): ParsedFigure {
  const year = /^\d{4}$/.test(figure.printed.trim()) ? Number(figure.printed.trim()) : NaN;
  if (!(year >= 1800 && year <= 2100)) return figure;
  return { ...figure, value: year * 10_000, normalized: year * 10_000, unit: { dimension: 'date', symbol: 'date', factor: 1 } };
}

// Words that name a thing by its number (Phase 2, Route 66, Section 3.2, No. 5): the number is part of a name.
const NAMING = /(?:^|[^\p{L}])(?:phase|route|section|chapter|article|clause|paragraph|part|level|grade|step|stage|tier|line|building|room|floor|block|unit|no\.?|number|table|figure|fig\.|annex|appendix|goal|sdg|act|item|schedule|vol\.|issue|page|p\.|pp\.|version|class|highway|interstate|road|street|avenue|zone|ward|terminal|pier|berth|platform|gate|runway|tower|wing|lot|plot|episode|covid|iso)\s*$/iu;
// Words after a number that are not what it counts: function words and times of day.
const NOT_UNITS = new Set(
  `of and or to in on at by for from with as is was are were be been being has have had will would can could may might shall should must
  the a an that which who whom whose this these those it its than then per out up down into onto over under between after before during
  since until till through across within without about around against among along if but so not no nor also more less each every all
  both either neither am pm a.m. p.m. while when where whereas because though although yet still only even just further via versus vs
  respectively above below beyond near next plus minus to-date overall alone together apart noon midnight o'clock`.split(/\s+/),
);
// Inside short quotation marks a count is part of a name ("10 Steps"); money, percentages and measures are still
// claims. A long quotation is someone's words, whose figures are claims like any other.
const QUOTED = /“[^”]{1,40}”|"[^"\n]{1,40}"/gu;
const QUOTED_CLAIMS = new Set(['currency', 'foreign-currency', 'percent', 'area', 'length', 'mass']);

/** A number in English prose that reads as a claim (see `findClaims`). */
export interface EnglishClaim {
  offset: number;
  figure: ParsedFigure;
  /** The word after digits when it is no unit or counted noun Casebook knows (`45 widget`). */
  unknownUnit?: string;
}

/**
 * The numbers in English prose that read as claims: a figure with a unit,
 * currency or counted noun (`$180 million`, `230,000 persons`, `97%`), a
 * qualified number (`more than 200`), a number grouped in thousands
 * (`12,300`), and digits before a word Casebook does not know as a unit
 * (flagged with that word). Not claims: years and dates (`in 2023`,
 * `12 March 2024`), numbers in names (`Phase 2`, `Route 66`, `Section
 * 3.2`), list and section numbering (`1.`, `2)`, `3.2 Methods`), ordinals
 * unless after a ranking word (`ranked 3rd`), the number one, and counts
 * inside quotation marks.
 */
export function englishClaims(text: string): EnglishClaim[] {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length] as const);
  const inQuotes = (offset: number) => quoted.some(([start, end]) => offset > start && offset < end);
  const claims: EnglishClaim[] = [];
  for (const { offset, figure } of englishFigures(text)) {
    const { dimension, symbol } = figure.unit;
    const before = text.slice(Math.max(0, offset - 30), offset);
    const after = text.slice(offset + figure.printed.length);
    if (dimension === 'date' || NAMING.test(before)) continue;
    // List and section numbering: 1. 2) at the start of a line, 3.2 Methods at the start of a heading.
    const lineStart = /(?:^|\n)[\s>*•-]*$/u.test(before);
    if (lineStart && /^\d{1,2}(?:\.\d{1,2})*$/u.test(figure.printed) && (/^[.)]/u.test(after) || /^ [A-Z]/u.test(after))) continue;
    if (dimension === 'rank') {
      if (/\b(?:ranked|ranks|ranking|placed|came|finished|rated)\s+(?:the\s+)?$/iu.test(before)) claims.push({ offset, figure });
      continue;
    }
    if (!/\d/.test(figure.printed) && figure.value < 2) continue;
    // "half of them" is ordinary language, as 一半 is; "nearly half" and "more than half" state a share.
    if (symbol === 'half' && figure.qualifier === 'exact') continue;
    if (inQuotes(offset) && !QUOTED_CLAIMS.has(dimension)) continue;
    if (dimension === 'count' && symbol === '' && figure.qualifier === 'exact') {
      if (/\d,\d{3}/.test(figure.printed)) {
        claims.push({ offset, figure });
        continue;
      }
      const next = /^ ([a-z][a-z'-]*)/u.exec(after)?.[1];
      if (next && /^\d/.test(figure.printed) && !NOT_UNITS.has(next) && !isModifier(next)) claims.push({ offset, figure, unknownUnit: next });
      continue;
    }
    claims.push({ offset, figure });
  }
  return claims;
}
