// The figure parser against figures of many genres, in Chinese and English, each read by a person
// (tests/fixtures/real-figures/genres/): how many it reads right, how many it refuses, and whether it misreads any.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFigure, type FigureResult, type ParsedFigure } from '../../src/domain/figure/parse.ts';
import { table } from './table.ts';

/** How a person reads a figure: a value with its dimension and qualifier, and for ranges, rates and changes the extra part. */
export interface ExpectedReading {
  /** The number in the printed unit with 万/亿 or million/billion applied (`2.31亿人次` → 231000000), or in the dimension's base unit (`三毛` → 0.3 元). */
  value: number;
  dimension: string;
  qualifier: string;
  /** A change, printed with its verb (`下降5.4%`, `增加267亿斤`, `+14%`): the direction; `value` is its size. */
  change?: 'up' | 'down';
  /** A range (`13.85元/公斤~14.37元/公斤`, `75 to 90 turbines`): the upper end; `value` is the lower. */
  to?: number;
  /** A rate (`35微克/立方米`, `每公斤24.71元`, `$97.52 per barrel`): the unit it is per. */
  per?: string;
}

/** One figure of the corpus as printed, and either its reading or why it must be refused. */
export interface GenreFigure extends Partial<ExpectedReading> {
  printed: string;
  /** Set when the figure must be refused: the kind of reason (range, name, unit, ambiguous, fraction, two-figures…). */
  refuse?: string;
  /** A few characters around the figure where the sentence decides its meaning. */
  context?: string;
  /** Set on an entry today's parser misreads, with what it does wrong; counted as a misreading, kept out of the zero-misreading test. */
  knownMisread?: string;
}

/** The figures found on one page. */
export interface GenreSource {
  source: string;
  genre: string;
  figures: GenreFigure[];
}

/** A language's corpus. */
export interface GenreCorpus {
  lang: 'zh' | 'en';
  sources: GenreSource[];
}

/** What happened to one figure. */
export type Outcome = 'right' | 'misread' | 'refused' | 'refused-fitting';

/** One figure's outcome, with what the parser said. */
export interface Classified {
  printed: string;
  genre: string;
  outcome: Outcome;
  /** The expected reading, or `refuse: kind`. */
  expected: string;
  /** The parser's reading, or its refusal message. */
  got: string;
  knownMisread?: string;
}

/** The corpus files, by language. */
export const GENRE_CORPORA = { zh: 'tests/fixtures/real-figures/genres/zh.json', en: 'tests/fixtures/real-figures/genres/en.json' } as const;

/** Reads a language's corpus from the project at `root`. */
export async function readGenreCorpus(root: string, lang: 'zh' | 'en'): Promise<GenreCorpus> {
  return JSON.parse(await readFile(path.join(root, GENRE_CORPORA[lang]), 'utf8')) as GenreCorpus;
}

const close = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Dimensions that are a rate in one word: `35微克/立方米` read as a concentration is the mass per cubic metre the
 * corpus records.
 */
const COMPOUND_DIMENSIONS: Record<string, { dimension: string; per: string }> = {
  concentration: { dimension: 'mass', per: '立方米' },
};

/**
 * The parts of a parsed figure the corpus compares. Ranges and rates are read from whichever field the parser
 * gives them (`to`/`high`/`upper`/`range.high`, `per` as a unit or a string), so the corpus stays the judge
 * while the parser's shape grows; a figure without them is a plain level.
 */
export function readingOf(figure: ParsedFigure): ExpectedReading & { normalized: number; factor: number } {
  const loose = figure as unknown as Record<string, unknown>;
  const range = (loose.range ?? {}) as Record<string, unknown>;
  const upper = [loose.to, loose.high, loose.upper, range.high, range.to].find((end) => typeof end === 'number') as number | undefined;
  const rawPer = loose.per ?? loose.perUnit ?? (loose.rate as Record<string, unknown> | undefined)?.per;
  const per = typeof rawPer === 'string' ? rawPer : ((rawPer as { symbol?: string } | undefined)?.symbol ?? undefined);
  const change = loose.change === 'up' || loose.change === 'down' ? loose.change : undefined;
  const compound = per === undefined ? COMPOUND_DIMENSIONS[figure.unit.dimension] : undefined;
  return {
    value: figure.value,
    normalized: figure.normalized,
    factor: figure.unit.factor,
    dimension: compound?.dimension ?? figure.unit.dimension,
    qualifier: figure.qualifier,
    change,
    to: upper,
    per: compound?.per ?? per,
  };
}

// ㎡ and m2, 立方米 and m3 are one unit; full-width forms are their ASCII ones.
const SAME_UNIT: Record<string, string> = { 平方米: 'm2', 平米: 'm2', 'm²': 'm2', 立方米: 'm3', 'm³': 'm3', 千克: '公斤', kg: '公斤' };
const unitKey = (symbol: string | undefined) => {
  const folded = (symbol ?? '').normalize('NFKC');
  return SAME_UNIT[folded] ?? folded;
};

const describeReading = (reading: Partial<ExpectedReading>) =>
  [
    reading.change ? `${reading.change} ` : '',
    `${reading.value}`,
    reading.to !== undefined ? `–${reading.to}` : '',
    ` ${reading.dimension}`,
    reading.per ? `/${reading.per}` : '',
    ` ${reading.qualifier}`,
  ].join('');

/** Whether the parser read a figure as the person did: value (in the printed or the base unit), dimension, qualifier, change, range end and per-unit. */
export function readsAsExpected(figure: ParsedFigure, expected: ExpectedReading): boolean {
  const got = readingOf(figure);
  // A number may be given in the printed unit (三四千斤: 3000) or the base one (1.5 吨); either is the same reading.
  const sameNumber = (number: number | undefined, wanted: number) => close(number, wanted) || close(number, wanted * got.factor);
  return (
    (close(got.value, expected.value) || close(got.normalized, expected.value)) &&
    got.dimension === expected.dimension &&
    got.qualifier === expected.qualifier &&
    got.change === expected.change &&
    (expected.to === undefined ? got.to === undefined : sameNumber(got.to, expected.to)) &&
    unitKey(expected.per) === unitKey(got.per)
  );
}

/**
 * Runs the parser on every figure of a corpus (spaces inside a Chinese figure removed, as the scanner does) and
 * classifies it. `parse` is the project's `parseFigure`; another build of it may be passed to compare parsers.
 */
export function classifyCorpus(corpus: GenreCorpus, parse: (printed: string) => FigureResult = parseFigure): Classified[] {
  return corpus.sources.flatMap(({ genre, figures }) =>
    figures.map((entry): Classified => {
      const printed = corpus.lang === 'zh' ? entry.printed.normalize('NFKC').replace(/\s+/g, '') : entry.printed;
      const result = parse(printed);
      const expected = entry.refuse ? `refuse: ${entry.refuse}` : describeReading(entry);
      const base = { printed: entry.printed, genre, expected, ...(entry.knownMisread ? { knownMisread: entry.knownMisread } : {}) };
      if (!result.ok) return { ...base, outcome: entry.refuse ? 'refused-fitting' : 'refused', got: result.message };
      const got = describeReading(readingOf(result.figure));
      if (entry.refuse) return { ...base, outcome: 'misread', got };
      return { ...base, outcome: readsAsExpected(result.figure, entry as ExpectedReading) ? 'right' : 'misread', got };
    }),
  );
}

/** Counts of a classified corpus. */
export interface GenreTally {
  figures: number;
  right: number;
  refused: number;
  refusedFitting: number;
  misread: number;
  /** (right + refused with a fitting reason) / figures. */
  rate: number;
}

/** Tallies outcomes. */
export function tally(classified: readonly Classified[]): GenreTally {
  const count = (outcome: Outcome) => classified.filter((item) => item.outcome === outcome).length;
  const [right, refused, refusedFitting, misread] = [count('right'), count('refused'), count('refused-fitting'), count('misread')];
  return { figures: classified.length, right, refused, refusedFitting, misread, rate: (right + refusedFitting) / Math.max(1, classified.length) };
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)} %`;
const LANGUAGES = { zh: 'Chinese', en: 'English' } as const;

/** One row per language: figures, read right, refused with a fitting reason, other refusals, misread, and the rate. */
export async function genreRates(root: string): Promise<{ rows: string[][]; misread: Classified[] }> {
  const rows: string[][] = [];
  const misread: Classified[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const classified = classifyCorpus(await readGenreCorpus(root, lang));
    const counts = tally(classified);
    rows.push([LANGUAGES[lang], String(counts.figures), String(counts.right), String(counts.refusedFitting), String(counts.refused), String(counts.misread), percent(counts.rate)]);
    misread.push(...classified.filter((item) => item.outcome === 'misread'));
  }
  return { rows, misread };
}

const HEADER = ['language', 'figures', 'read right', 'refused, fitting reason', 'refused', 'misread', 'right + fitting (target ≥ 97 %)'];
const describeMisread = (item: Classified) => `\`${item.printed}\` (expected ${item.expected}, got ${item.got}${item.knownMisread ? '; known' : ''})`;

/** The rates as a Markdown table for the manual (docs/reference/figure-corpus.md), with every misreading listed. */
export async function genreRatesTable(root: string): Promise<string> {
  const { rows, misread } = await genreRates(root);
  return [table(HEADER, rows), ...(misread.length ? ['', `Misread: ${misread.map(describeMisread).join('; ')}.`] : [])].join('\n');
}

/** The bench's table: one row per language against the brief's target (≥ 97 % read right or fittingly refused, 0 misread). */
export async function benchFigureGenres(root: string): Promise<string> {
  return ['### Figures of many genres, by language (tests/fixtures/real-figures/genres/)', '', await genreRatesTable(root)].join('\n');
}
