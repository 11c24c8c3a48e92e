// The figure parser against real Chinese text: how many of the figures in the corpus under
// tests/fixtures/real-figures/ parse, to the right value, and how many the scanner finds in the running text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { asPosition, parseFigure, type ParsedFigure } from '../../src/domain/figure/parse.ts';
import { figuresIn } from '../../src/domain/figure/scan.ts';
import { table } from './table.ts';

/** One figure of the corpus, read by a person: the expected reading. */
export interface CorpusFigure {
  printed: string;
  /** The number as printed with 万/亿 applied, in the printed unit (`近97%` → 97, `3成` → 3, `二分之一` → 50). */
  value: number;
  dimension: string;
  qualifier: string;
}

/** A passage of real text and every figure in it. */
export interface CorpusExcerpt {
  source: string;
  kind: string;
  text: string;
  figures: CorpusFigure[];
}

/** How the parser did on a corpus. */
export interface ParseRate {
  excerpts: number;
  figures: number;
  /** Parsed to the expected value, dimension and qualifier. */
  right: number;
  /** Parsed, but to something else: a misreading, the one outcome that must never happen. */
  wrong: { printed: string; expected: string; got: string }[];
  /** Refused, with the parser's reason. */
  refused: { printed: string; message: string }[];
  /** Found whole by the scanner in the excerpt's running text, with the expected value. */
  foundInText: number;
}

/** Where the corpus lives. */
export const CORPUS = 'tests/fixtures/real-figures/corpus.json';

/** Reads the corpus from the project at `root`. */
export async function readCorpus(root: string): Promise<CorpusExcerpt[]> {
  return (JSON.parse(await readFile(path.join(root, CORPUS), 'utf8')) as { excerpts: CorpusExcerpt[] }).excerpts;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const reads = (figure: ParsedFigure, expected: CorpusFigure) =>
  close(figure.value, expected.value) && figure.unit.dimension === expected.dimension && figure.qualifier === expected.qualifier;
const describe = (figure: { value: number; dimension: string; qualifier: string }) => `${figure.value} ${figure.dimension} ${figure.qualifier}`;

/** Parses every figure of the corpus as printed (spaces inside it removed) and scans every excerpt. */
export function parseRate(excerpts: readonly CorpusExcerpt[]): ParseRate {
  const rate: ParseRate = { excerpts: excerpts.length, figures: 0, right: 0, wrong: [], refused: [], foundInText: 0 };
  for (const excerpt of excerpts) {
    const scanned = figuresIn(excerpt.text.normalize('NFKC').replace(/\s+/g, '')).map(({ figure }) => figure);
    for (const expected of excerpt.figures) {
      rate.figures++;
      const parsed = parseFigure(expected.printed.normalize('NFKC').replace(/\s+/g, ''));
      // 87位 is a position only by the sentence's sense; a statistic says so with its metric (综合排名), which reads it as one.
      const result = parsed.ok && expected.dimension === 'rank' ? { ok: true as const, figure: asPosition(parsed.figure) } : parsed;
      if (!result.ok) rate.refused.push({ printed: expected.printed, message: result.message });
      else if (reads(result.figure, expected)) rate.right++;
      else rate.wrong.push({ printed: expected.printed, expected: describe(expected), got: describe({ ...result.figure, dimension: result.figure.unit.dimension }) });
      if (scanned.some((figure) => reads(expected.dimension === 'rank' ? asPosition(figure) : figure, expected))) rate.foundInText++;
    }
  }
  return rate;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

/** The bench's table: the parse rate against the brief's budget (≥ 97 %, no wrong value). */
export async function benchFigures(root: string): Promise<string> {
  const rate = parseRate(await readCorpus(root));
  return [
    `### Figures in real Chinese text (${rate.figures} figures in ${rate.excerpts} excerpts of news, bulletins and government text)`,
    '',
    table(
      ['measure', 'result', 'budget'],
      [
        ['parsed to the right value, unit and qualifier', `${rate.right} (${percent(rate.right, rate.figures)})`, '≥ 97 %'],
        ['parsed to a wrong value', String(rate.wrong.length), '0'],
        ['refused (with a reason)', String(rate.refused.length), '—'],
        ['found whole by the scanner in the running text', `${rate.foundInText} (${percent(rate.foundInText, rate.figures)})`, '—'],
      ],
    ),
    ...(rate.refused.length ? ['', `Refused: ${rate.refused.map((item) => item.printed).join(', ')}`] : []),
    ...(rate.wrong.length ? ['', `Wrong: ${rate.wrong.map((item) => `${item.printed} (expected ${item.expected}, got ${item.got})`).join('; ')}`] : []),
  ].join('\n');
}
