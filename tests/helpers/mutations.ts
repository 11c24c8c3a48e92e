// The mutation tests' bench (src/model/checks/mutation-*.test.ts): the casebook under test loaded and checked
// once per test file, every figure its sources print, and one case file swapped for a mutated text and checked
// again. Split over three files so the unit suite runs them side by side.
import { expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCasebook, parseCaseFile, type Casebook } from '../../src/model/load.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/model/diagnostics.ts';
import { SourceTexts } from '../../src/model/files/source-texts.ts';
import { ModelCache } from '../../src/model/cache.ts';
import { listCollection, COLLECTION_RULES } from '../../src/model/files/collection-files.ts';
import { contentPaths } from '../../src/model/files/paths.ts';
import { optionsFromEnv } from '../../src/options.ts';
import { sourceTextsOf } from '../../src/integration/casebook.ts';
import { existsSync } from 'node:fs';
import { parseFigure, type ParsedFigure } from '../../src/domain/figure/parse.ts';

/** A figure's whole quantity as the provenance check compares it: value, unit, measure word, qualifier. */
const quantity = (figure: ParsedFigure) => `${figure.unit.dimension}|${figure.normalized}|${figure.unit.symbol}|${figure.qualifier}`;

const root = fileURLToPath(new URL('../../', import.meta.url));

// Each mutation changes one digit (or Chinese numeral) of one printed figure; the checks must catch every one.
const NEXT_NUMERAL: Record<string, string> = { 一: '二', 二: '三', 两: '三', 三: '四', 四: '五', 五: '六', 六: '七', 七: '八', 八: '九', 九: '八', 十: '百', 百: '千', 千: '百' };

/** Variants of `figure` with one digit or numeral changed, in a fixed order. */
export function oneDigitChanges(figure: string): string[] {
  const variants: string[] = [];
  [...figure].forEach((char, index) => {
    const replacements = /\d/.test(char) ? [1, 2, 3, 4, 5, 6, 7, 8, 9].map((step) => String((Number(char) + step) % 10)) : NEXT_NUMERAL[char] ? [NEXT_NUMERAL[char]] : [];
    for (const replacement of replacements) variants.push(figure.slice(0, index) + replacement + figure.slice(index + 1));
  });
  return variants;
}

const QUALIFIER_WORDS = ['超过', '突破', '不少于', '至少', '不足', '不到', '近', '约', '超', '逾', '过'];
const SUFFIX_WORDS = ['以上', '左右', '以内', '以下'];

/**
 * The substring edits the issue names, each as [kind, variant]: a leading digit dropped (427家 → 27家, a
 * figure printed only inside a longer one), the qualifier dropped (近97% → 97%) or changed (近 → 约, or
 * 近 added to an exact figure), and a decimal truncated (1.25 → 1.2, 1.2万 → 1万).
 */
export function substringEdits(figure: string): [string, string][] {
  const edits: [string, string][] = [];
  const number = /\d[\d,]*(?:\.\d+)?/.exec(figure);
  if (number && /^\d{2,}/.test(number[0].replace(/,/g, ''))) edits.push(['leading digit dropped', figure.replace(number[0], number[0].slice(1))]);
  const prefix = QUALIFIER_WORDS.find((word) => figure.startsWith(word));
  const suffix = SUFFIX_WORDS.find((word) => figure.endsWith(word)) ?? (/\d(余|多)/.exec(figure)?.[1]);
  if (prefix) {
    edits.push(['qualifier dropped', figure.slice(prefix.length)]);
    edits.push(['qualifier changed', (prefix === '约' ? '近' : '约') + figure.slice(prefix.length)]);
  } else if (suffix) {
    edits.push(['qualifier dropped', figure.replace(suffix, '')]);
  } else {
    edits.push(['qualifier added', `近${figure}`]);
  }
  const decimal = /\d\.(\d+)/.exec(figure);
  if (decimal) {
    const digits = decimal[1]!;
    const truncated = digits.length > 1 ? `.${digits.slice(0, -1)}` : '';
    edits.push(['decimal truncated', figure.replace(`.${digits}`, truncated)]);
  }
  return edits;
}

/** The casebook under test, checked clean, and what the mutation tests do with it. */
export interface MutationBench {
  casebook: Casebook;
  /** Each case file's text, by case id. */
  files: Map<string, string>;
  /** The casebook with one case file replaced by `text`, checked: its diagnostics. */
  checkWith(caseId: string, text: string): Promise<Diagnostic[]>;
  /** The case file's text with statistic `index`'s figure replaced by `variant` on its frontmatter line. */
  withFigure(entry: Casebook['cases'][number], index: number, variant: string): string;
  /**
   * A one-digit change of the figure that its source does not print as a whole figure (a change to
   * another printed figure is not an error, and 6个方面 is the 六个方面 a source prints).
   */
  mutate(figure: string, sourceId: string): string;
  /** Whether the source prints `figure` itself, whole: then the edit is another true figure, not an error. */
  printedWhole(figure: string, sourceId: string): boolean;
  /** How many statistics the casebook declares. */
  statCount: number;
}

/**
 * Loads the casebook under test (content/, or the folder CASEBOOK_CONTENT names) and its source texts, and
 * checks that it is whole and clean before anything is mutated.
 */
export async function mutationBench(): Promise<MutationBench> {
  const options = optionsFromEnv(root);
  const { content } = options;
  const sourceTexts = sourceTextsOf(options);
  // Per-case results kept between checks, as the build keeps them: only the mutated case is checked afresh.
  const cache = await ModelCache.open();
  const casebook = await loadCasebook(root, content);
  if (!existsSync(sourceTexts)) throw new Error(`source texts not found in ${sourceTexts}: set CASEBOOK_SOURCE_TEXTS`);
  const texts = new SourceTexts(sourceTexts);
  const files = new Map<string, string>();
  /** Per source: every whole figure its text prints, as `quantity` keys, scanned once as the checker scans it. */
  const printedBy = new Map<string, Set<string>>();
  for (const entry of casebook.cases) files.set(entry.id, await readFile(path.join(root, entry.file), 'utf8'));
  for (const source of casebook.sources) {
    const located = await texts.located(source.data.text as string);
    if (located) printedBy.set(source.id, new Set(located.map(({ parsed }) => quantity(parsed))));
  }
  // What the mutations run over: every case file of the casebook, their statistics, and a text for every source they cite.
  const listing = await listCollection(root, contentPaths(content).cases.base, COLLECTION_RULES.cases);
  expect(casebook.cases.map((entry) => entry.id).sort()).toEqual(listing.files.map((file) => file.id).sort());
  const statCount = casebook.cases.reduce((total, entry) => total + entry.data.stats.length, 0);
  expect(statCount).toBeGreaterThan(200);
  const cited = new Set(casebook.cases.flatMap((entry) => entry.data.stats.map((stat) => stat.source.id)));
  expect([...cited].filter((id) => !printedBy.get(id)?.size)).toEqual([]);
  expect(cited.size).toBeGreaterThan(0);
  const baseline = await runChecks(casebook, texts, [], cache);
  expect(baseline.skipped).toEqual([]);
  expect(baseline.diagnostics.map(formatDiagnostic)).toEqual([]);

  return {
    casebook,
    files,
    statCount,
    async checkWith(caseId, text) {
      const entry = casebook.cases.find((item) => item.id === caseId)!;
      const parsed = parseCaseFile(entry.id, entry.file, text);
      const mutated: Casebook = parsed.ok
        ? { ...casebook, cases: casebook.cases.map((item) => (item.id === caseId ? parsed.entry : item)) }
        : { ...casebook, cases: casebook.cases.filter((item) => item.id !== caseId), diagnostics: [...casebook.diagnostics, ...parsed.diagnostics] };
      return (await runChecks(mutated, texts, [], cache)).diagnostics;
    },
    withFigure(entry, index, variant) {
      const lines = files.get(entry.id)!.split('\n');
      const { line } = entry.source.locate(['stats', index, 'figure']);
      lines[line - 1] = lines[line - 1]!.replace(entry.data.stats[index]!.figure, variant);
      return lines.join('\n');
    },
    mutate(figure, sourceId) {
      const variant = oneDigitChanges(figure).find((candidate) => !printedWhole(candidate, sourceId));
      if (!variant) throw new Error(`no unprinted one-digit change of ${figure}`);
      return variant;
    },
    printedWhole,
  };

  function printedWhole(figure: string, sourceId: string): boolean {
    const parsed = parseFigure(figure);
    if (!parsed.ok) return false;
    return printedBy.get(sourceId)!.has(quantity(parsed.figure));
  }
}
