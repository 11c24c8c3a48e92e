import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCasebook, parseCaseFile, type Casebook } from '../load.ts';
import { runChecks } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { SourceTexts } from '../files/source-texts.ts';
import { ModelCache } from '../cache.ts';
import { listCollection, COLLECTION_RULES } from '../files/collection-files.ts';
import { contentPaths } from '../files/paths.ts';
import { optionsFromEnv } from '../../options.ts';
import { parseFigure, type ParsedFigure } from '../../domain/figure/parse.ts';

/** A figure's whole quantity as the provenance check compares it: value, unit, measure word, qualifier. */
const quantity = (figure: ParsedFigure) => `${figure.unit.dimension}|${figure.normalized}|${figure.unit.symbol}|${figure.qualifier}`;

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The casebook under test: content/, or the folder CASEBOOK_CONTENT names (the test suites may add cases to a copy).
const { content } = optionsFromEnv(root);

// Each mutation changes one digit (or Chinese numeral) of one printed figure; the checks must catch every one.
const NEXT_NUMERAL: Record<string, string> = { 一: '二', 二: '三', 两: '三', 三: '四', 四: '五', 五: '六', 六: '七', 七: '八', 八: '九', 九: '八', 十: '百', 百: '千', 千: '百' };

/** Variants of `figure` with one digit or numeral changed, in a fixed order. */
function oneDigitChanges(figure: string): string[] {
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
function substringEdits(figure: string): [string, string][] {
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

describe('mutation: every changed figure is caught', () => {
  let casebook: Casebook;
  let texts: SourceTexts;
  /** Per-case results kept between checks, as the build keeps them: only the mutated case is checked afresh. */
  let cache: ModelCache;
  const files = new Map<string, string>();
  /** Per source: every whole figure its text prints, as `quantity` keys, scanned once as the checker scans it. */
  const printedBy = new Map<string, Set<string>>();

  beforeAll(async () => {
    cache = await ModelCache.open();
    casebook = await loadCasebook(root, content);
    const dir = optionsFromEnv(root).sourceTexts;
    if (!dir) throw new Error('source texts not found: set CASEBOOK_SOURCE_TEXTS');
    texts = new SourceTexts(dir);
    for (const entry of casebook.cases) files.set(entry.id, await readFile(path.join(root, entry.file), 'utf8'));
    for (const source of casebook.sources) {
      const located = await texts.located(source.data.text as string);
      if (located) printedBy.set(source.id, new Set(located.map(({ parsed }) => quantity(parsed))));
    }
    // What the mutations run over: every case file of the casebook, their statistics, and a text for every source they cite.
    const listing = await listCollection(root, contentPaths(content).cases.base, COLLECTION_RULES.cases);
    expect(casebook.cases.map((entry) => entry.id).sort()).toEqual(listing.files.map((file) => file.id).sort());
    expect(casebook.cases.reduce((total, entry) => total + entry.data.stats.length, 0)).toBeGreaterThan(200);
    const cited = new Set(casebook.cases.flatMap((entry) => entry.data.stats.map((stat) => stat.source.id)));
    expect([...cited].filter((id) => !printedBy.get(id)?.size)).toEqual([]);
    expect(cited.size).toBeGreaterThan(0);
    const baseline = await runChecks(casebook, texts, [], cache);
    expect(baseline.skipped).toEqual([]);
    expect(baseline.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  /** The casebook with one case file replaced by `text`, checked. */
  async function checkWith(caseId: string, text: string) {
    const entry = casebook.cases.find((item) => item.id === caseId)!;
    const parsed = parseCaseFile(entry.id, entry.file, text);
    const mutated: Casebook = parsed.ok
      ? { ...casebook, cases: casebook.cases.map((item) => (item.id === caseId ? parsed.entry : item)) }
      : { ...casebook, cases: casebook.cases.filter((item) => item.id !== caseId), diagnostics: [...casebook.diagnostics, ...parsed.diagnostics] };
    return (await runChecks(mutated, texts, [], cache)).diagnostics;
  }

  /**
   * A one-digit change of the figure that its source does not print as a whole figure (a change to
   * another printed figure is not an error, and 6个方面 is the 六个方面 a source prints).
   */
  function mutate(figure: string, sourceId: string): string {
    const printed = printedBy.get(sourceId)!;
    const variant = oneDigitChanges(figure).find((candidate) => {
      const parsed = parseFigure(candidate);
      return !parsed.ok || !printed.has(quantity(parsed.figure));
    });
    if (!variant) throw new Error(`no unprinted one-digit change of ${figure}`);
    return variant;
  }

  it('catches a changed figure in the frontmatter, for every statistic', async () => {
    const missed: string[] = [];
    let tried = 0;
    for (const entry of casebook.cases) {
      const text = files.get(entry.id)!;
      const lines = text.split('\n');
      for (const [index, stat] of entry.data.stats.entries()) {
        const { line } = entry.source.locate(['stats', index, 'figure']);
        const mutatedLines = [...lines];
        mutatedLines[line - 1] = lines[line - 1]!.replace(stat.figure, mutate(stat.figure, stat.source.id));
        const diagnostics = await checkWith(entry.id, mutatedLines.join('\n'));
        tried++;
        if (!diagnostics.some((diagnostic) => diagnostic.file === entry.file && diagnostic.field?.startsWith(`stats[${index}]`))) {
          missed.push(`${entry.id} ${stat.id} ${stat.figure}`);
        }
      }
    }
    expect(tried).toBe(casebook.cases.reduce((total, entry) => total + entry.data.stats.length, 0));
    expect(missed).toEqual([]);
  }, 120_000);

  it('catches a changed figure typed into the body in place of its <Stat />, for every statistic', async () => {
    const missed: string[] = [];
    let tried = 0;
    for (const entry of casebook.cases) {
      const text = files.get(entry.id)!;
      for (const stat of entry.data.stats) {
        const tag = new RegExp(`<Stat\\s+id="${stat.id}"\\s*/>`);
        expect(tag.test(text), `${entry.id}: ${stat.id} is stated`).toBe(true);
        const diagnostics = await checkWith(entry.id, text.replace(tag, mutate(stat.figure, stat.source.id)));
        tried++;
        // Usually "reads as a claim"; inside a quoted name (“5分钟服务圈”) the statistic is then "never stated".
        const caught = diagnostics.filter((diagnostic) => diagnostic.file === entry.file && / reads as a claim |never stated/.test(diagnostic.message));
        if (caught.length === 0) missed.push(`${entry.id} ${stat.id} ${stat.figure}: ${diagnostics.map(formatDiagnostic).join(' | ')}`);
      }
    }
    expect(tried).toBe(casebook.cases.reduce((total, entry) => total + entry.data.stats.length, 0));
    expect(missed).toEqual([]);
  }, 120_000);

  /** Whether the source prints `figure` itself, whole: then the edit is another true figure, not an error. */
  function printedWhole(figure: string, sourceId: string): boolean {
    const parsed = parseFigure(figure);
    if (!parsed.ok) return false;
    return printedBy.get(sourceId)!.has(quantity(parsed.figure));
  }

  it('catches every substring edit of every statistic: a digit dropped, a qualifier dropped or changed, a decimal truncated', async () => {
    const missed: string[] = [];
    const tried = new Map<string, number>();
    for (const entry of casebook.cases) {
      const text = files.get(entry.id)!;
      const lines = text.split('\n');
      for (const [index, stat] of entry.data.stats.entries()) {
        const { line } = entry.source.locate(['stats', index, 'figure']);
        for (const [kind, variant] of substringEdits(stat.figure)) {
          if (printedWhole(variant, stat.source.id)) continue;
          const mutatedLines = [...lines];
          mutatedLines[line - 1] = lines[line - 1]!.replace(stat.figure, variant);
          const diagnostics = await checkWith(entry.id, mutatedLines.join('\n'));
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
          if (!diagnostics.some((diagnostic) => diagnostic.file === entry.file && diagnostic.field?.startsWith(`stats[${index}]`))) {
            missed.push(`${entry.id} ${stat.id}: ${stat.figure} → ${variant} (${kind})`);
          }
        }
      }
    }
    // Every kind of edit was tried on the bundled figures, many times over.
    expect(Object.fromEntries([...tried].map(([kind, count]) => [kind, count > 5]))).toEqual({
      'leading digit dropped': true,
      'qualifier dropped': true,
      'qualifier changed': true,
      'qualifier added': true,
      'decimal truncated': true,
    });
    expect(missed).toEqual([]);
  }, 300_000);

  it.each([
    ['yantai-development-zone', '近97%', '97%', 'is printed in source "yantai-dev-zone-feature" (001_88824d566babf10b.txt) as "近97%"', 'the qualifier differs (nearly, not exact)'],
    ['yantai-development-zone', '427家', '27家', 'is not printed', 'only inside a longer figure: 427家 at line 5'],
    ['yantai-hightech-zone', '1.2万平方米', '2万平方米', 'is not printed', '1.2万平方米 at line'],
    ['donghu-emerging-fields', '1100余平方米', '100余平方米', 'is not printed', '1100余平方米 at line'],
    ['yantai-red-engine', '70余个', '80余个', 'is not printed', 'only inside a longer figure: 280余个 at line'],
  ])('catches %s: %s edited to %s, naming the figure the source prints', async (caseId, from, to, message, names) => {
    const text = files.get(caseId)!;
    expect(text).toContain(`figure: "${from}"`);
    const diagnostics = await checkWith(caseId, text.replace(`figure: "${from}"`, `figure: "${to}"`));
    const reported = diagnostics.map(formatDiagnostic).filter((line) => line.includes(`"${to}"`));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain(message);
    expect(reported[0]).toContain(names);
  });
});
