import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceTexts } from '../files/source-texts.ts';
import { sourceTextFile } from '../schemas/source.ts';
import { locateFigures, type LocatedFigure, type Quote } from '../../domain/figure/locate.ts';
import { CHANGE_VERBS, sameQuantity, type ParsedFigure } from '../../domain/figure/parse.ts';
import { simplifiedFigureText } from '../../domain/figure/simplified.ts';
import { metricDirection } from '../../domain/figure/metric.ts';
import * as normalise from '../../domain/normalise.ts';
import type { Verification } from '../../domain/verification.ts';
import { digestOf } from '../../domain/digest.ts';
import type { ModelCache } from '../cache.ts';
import { codeVersion } from '../code-version.ts';

/** The figure check's findings: errors, and for each case what was established about each statistic, in frontmatter order. */
export interface ProvenanceResult {
  diagnostics: Diagnostic[];
  verifications: Map<string, Verification[]>;
}

/**
 * Every figure must be printed in the text of the source it cites as a
 * whole figure: the same value, unit (a count's measure word too) and
 * qualifier, never part of a longer number (`27家` is not in `427家`).
 * Each source text is scanned once with the same figure scanner as case
 * bodies (see `locateFigures`). A qualifier that differs is named with both
 * forms; a figure not found names the nearest the source prints and where.
 * A verified statistic gets its receipt: paragraph, offset and sentence. A
 * source whose record names a text file the folder lacks, or one that is
 * empty, too large, binary or not UTF-8, is one error at the record's
 * `text:` line, and its figures are left unchecked (not each reported as
 * not printed); one with no text (or `text: unknown`) leaves its figures
 * 未核对原文.
 * Without `texts` every figure is 未核对原文.
 */
export async function checkProvenance(casebook: Casebook, texts: SourceTexts | undefined, cache?: ModelCache): Promise<ProvenanceResult> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(casebook.sources.map((entry) => [entry.id, entry]));
  // Each readable source text, by source id: its text, scanned (once, and only if a case's check is not cached) into
  // the whole figures it prints, indexed by dimension and value.
  const readable = new Map<string, { text: string; digest: string }>();
  const citing = figuresCiting(casebook);
  for (const source of casebook.sources) {
    const file = sourceTextFile(source.data);
    if (!texts || !file) continue;
    const text = await texts.load(file);
    if (!text.ok) {
      // One error at the record; its figures are left unchecked rather than each reported "not printed".
      const count = citing.get(source.id) ?? 0;
      const note = count ? `; ${count} figure${count === 1 ? '' : 's'} citing it ${count === 1 ? 'was' : 'were'} not checked` : '';
      diagnostics.push({ file: source.file, ...source.source.locate(['text']), field: 'text', message: `${text.problem}${note}` });
      continue;
    }
    readable.set(source.id, { text: text.text, digest: textDigest(text.text) });
  }
  const indexes = new Map<string, Map<string, LocatedFigure[]>>();
  const printed = (source: string) => {
    const found = readable.get(source);
    if (!found) return undefined;
    let index = indexes.get(source);
    if (!index) {
      index = new Map();
      for (const figure of locateFigures(found.text)) {
        const key = quantityKey(figure.parsed);
        const same = index.get(key);
        if (same) same.push(figure);
        else index.set(key, [figure]);
      }
      indexes.set(source, index);
    }
    return index;
  };
  const verifications = new Map<string, Verification[]>();
  for (const entry of casebook.cases) {
    const check = () => checkCase(entry, sources, printed);
    // A case's findings depend on its file (its digest), and on each source it cites: the record's text file and
    // that text. An edit to one case checks that case again; the others come from the cache.
    const cited = [...new Set(entry.data.stats.map((stat) => stat.source.id))].map((id) => {
      const record = sources.get(id);
      return [id, record ? sourceTextFile(record.data) : null, readable.get(id)?.digest ?? null];
    });
    const found = cache ? cache.memo(['provenance', codeVersion(), entry.digest, entry.file, cited], check) : check();
    verifications.set(entry.id, found.verifications);
    diagnostics.push(...found.diagnostics);
  }
  return { diagnostics, verifications };
}

// Digests of the source texts, computed once each per process.
const textDigests = new Map<string, string>();
const textDigest = (text: string) => {
  let digest = textDigests.get(text);
  if (!digest) textDigests.set(text, (digest = digestOf(text)));
  return digest;
};

/** What the figure check finds in one case: a receipt or a reason per statistic, and the errors. */
function checkCase(
  entry: Casebook['cases'][number],
  sources: ReadonlyMap<string, Casebook['sources'][number]>,
  printed: (source: string) => ReadonlyMap<string, LocatedFigure[]> | undefined,
): { verifications: Verification[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const verifications = entry.data.stats.map((stat, index): Verification => {
    const source = stat.source.id;
    const record = sources.get(source);
    const file = record && sourceTextFile(record.data);
    const figures = printed(source);
    if (!figures) return { status: 'unverified', source, reason: file ? 'not-checked' : 'no-text' };
    // A figure declared without its verb under a change metric (增速 15.6%) is the change the source prints (增长15.6%);
    // one declared without its per-unit under a metric that names it (每年党建经费 5万元) is the rate (每年5万元).
    const direction = stat.value.change ? undefined : metricDirection(stat.metric);
    const metric = normalise.claim(stat.metric);
    const sameValue = (figures.get(quantityKey(stat.value)) ?? []).map((figure) => {
      let parsed = figure.parsed;
      if (direction && parsed.change === direction) parsed = { ...parsed, change: undefined };
      if (!stat.value.per && parsed.per && (metric.includes(`每${parsed.per.symbol}`) || metric.includes(`/${parsed.per.symbol}`))) parsed = { ...parsed, per: undefined };
      return parsed === figure.parsed ? figure : { ...figure, parsed };
    });
    const found = sameValue.find((figure) => samePrinted(figure.parsed, stat.value));
    if (found) {
      // Where the match took the source's verb or per-unit as the metric's (上升10位 for 10位), the receipt marks the declared figure.
      const { quote, skipped } = narrowed(found.quote, figures.get(quantityKey(stat.value))!.find((figure) => figure.offset === found.offset)!.parsed, found.parsed);
      return { status: 'verified', source, paragraph: found.paragraph, line: found.line, offset: found.offset + skipped, quote };
    }
    const where = `source "${source}" (${file})`;
    // The same quantity written another way: 2个 where the source says 两个.
    const written = sameValue.find((figure) => sameQuantity(figure.parsed, stat.value) && sameNoun(figure.parsed, stat.value));
    // The same number and unit with another qualifier: 97% where the source says 近97%.
    const qualified = sameValue.find((figure) => sameNoun(figure.parsed, stat.value) && sameShape(figure.parsed, stat.value));
    // 3.2% where the source says 下降3.2%, 70元 where it says 70元/斤, 2500元 where it says 2300—2500元.
    const reshaped = sameValue.find((figure) => sameNoun(figure.parsed, stat.value) && !sameShape(figure.parsed, stat.value));
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(['stats', index, 'figure']),
      field: `stats[${index}].figure`,
      message: written
        ? `"${stat.figure}" is printed in ${where} as "${written.parsed.printed}" (line ${written.line}); copy the figure as the source writes it`
        : qualified
          ? `"${stat.figure}" is printed in ${where} as "${qualified.parsed.printed}" (line ${qualified.line}): the qualifier differs (${qualified.parsed.qualifier}, not ${stat.value.qualifier}); copy the figure with its qualifier`
          : reshaped
            ? `"${stat.figure}" is printed in ${where} as "${reshaped.parsed.printed}" (line ${reshaped.line}): there it is ${shapeOf(reshaped.parsed)}, not ${shapeOf(stat.value)}; copy the figure whole as the source prints it${reshaped.parsed.change ? ', under a metric that names the change (增长, 下降…)' : ''}`
            : `"${stat.figure}" is not printed in ${where}; copy the figure exactly as the source prints it${comparison(stat.value, figures)}`,
    });
    return { status: 'not-found', source };
  });
  return { verifications, diagnostics };
}

/**
 * The quote with the figure mark narrowed to the declared figure, when the
 * source's figure (`printed`) was matched without its change verb or
 * per-unit (`matched`): `上升10位` marks `10位`, `每年5万元` marks `5万元`,
 * `35.63元/公斤` marks `35.63元`; the verb or per-unit moves into the text
 * around the mark. `skipped` is how far the mark moved forward.
 */
function narrowed(quote: Quote, printed: ParsedFigure, matched: ParsedFigure): { quote: Quote; skipped: number } {
  let head = '';
  let tail = '';
  if (printed.change && !matched.change) {
    // The verb and any 了 (降低了1.5%), matched in simplified forms (增長 is 增长, of the same length).
    const verb = CHANGE_VERBS.find(([word]) => simplifiedFigureText(quote.figure).startsWith(word))?.[0];
    head = verb ? quote.figure.slice(0, verb.length + (quote.figure[verb.length] === '了' ? 1 : 0)) : '';
  }
  if (printed.per && !matched.per) {
    const each = /^每[^\d零〇一二两三四五六七八九十百千]+/.exec(quote.figure.slice(head.length))?.[0];
    if (each) head += each;
    else tail = ['/', '每', '一'].map((mark) => `${mark}${printed.per!.symbol}`).find((end) => quote.figure.endsWith(end)) ?? '';
  }
  if (!head && !tail) return { quote, skipped: 0 };
  return {
    quote: { before: quote.before + head, figure: quote.figure.slice(head.length, quote.figure.length - tail.length), after: tail + quote.after },
    skipped: head.length,
  };
}

/** Whether two figures are both levels, or both changes the same way, rates per the same unit, ranges. */
const sameShape = (a: ParsedFigure, b: ParsedFigure) => a.change === b.change && a.per?.symbol === b.per?.symbol && !a.range === !b.range;

/** What kind of figure this is, for a message: a rise, a fall, a rate, a range or a level. */
function shapeOf(figure: ParsedFigure): string {
  const kinds = [
    ...(figure.change ? [figure.change === 'up' ? 'a rise' : 'a fall'] : []),
    ...(figure.per ? [`a rate per ${figure.per.symbol}`] : []),
    ...(figure.range ? ['a range'] : []),
  ];
  return kinds.length ? kinds.join(', ') : 'a single level';
}

/** How many statistics cite each source, drafts included. */
function figuresCiting(casebook: Casebook): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of casebook.cases) for (const stat of entry.data.stats) counts.set(stat.source.id, (counts.get(stat.source.id) ?? 0) + 1);
  return counts;
}

// Figures of one dimension and value share a key; within it, qualifier and measure word tell them apart.
const quantityKey = (figure: ParsedFigure) => `${figure.unit.dimension}|${figure.normalized}`;

/**
 * The same figure as printed: value, unit (a count's measure word too),
 * qualifier, and numerals of the same kind: a source's 两个 is copied as
 * 两个, not 2个 (full-width digits count as digits).
 */
function samePrinted(a: ParsedFigure, b: ParsedFigure): boolean {
  return sameQuantity(a, b) && (a.unit.dimension !== 'count' || sameNoun(a, b)) && hasDigits(a) === hasDigits(b);
}

/**
 * Whether a printed count (`a`) has the noun the declared one (`b`) names. A
 * declared count with no noun (`over 3,000`, which English allows when the
 * metric says what is counted) is found in `over 3,000 low-income residents`.
 */
const sameNoun = (a: ParsedFigure, b: ParsedFigure) => b.unit.symbol === '' || a.unit.symbol === b.unit.symbol;

const hasDigits = (figure: ParsedFigure) => /\d/.test(normalise.compatibility(figure.printed));

/** What the source prints instead, for the editor to compare: longer figures that hold these digits, then the nearest in value. */
function comparison(figure: ParsedFigure, figures: ReadonlyMap<string, LocatedFigure[]>): string {
  const holders = inside(figure, figures);
  const near = nearest(figure, figures, new Set(holders.map(([printed]) => printed)));
  const list = (items: [string, number][]) => items.map(([printed, line]) => `${printed} at line ${line}`).join(', ');
  const parts = [
    ...(holders.length ? [`it prints these digits only inside a longer figure: ${list(holders)}`] : []),
    ...(near.length ? [`the nearest it prints: ${list(near)}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** The longer figures that hold this one's digits (`427家` for `27家`, `1.2万` for `2万`): where a substring match would have passed it. */
function inside(figure: ParsedFigure, figures: ReadonlyMap<string, LocatedFigure[]>): [string, number][] {
  // A statistic may be typed in full-width digits (１２家); source texts are read folded already.
  const digits = /\d[\d.,]*/.exec(normalise.width(figure.printed))?.[0];
  if (!digits) return [];
  const holders = new Map<string, number>();
  for (const other of [...figures.values()].flat().sort((a, b) => a.offset - b.offset)) {
    if (other.parsed.unit.dimension !== figure.unit.dimension || holders.has(other.parsed.printed)) continue;
    const theirs = /\d[\d.,]*/.exec(other.parsed.printed)?.[0] ?? '';
    if (theirs !== digits && theirs.includes(digits)) holders.set(other.parsed.printed, other.line);
  }
  return [...holders].slice(0, 3);
}

/** The figures of the same kind the source prints closest in value, and their lines, but for those in `skip`. */
function nearest(figure: ParsedFigure, figures: ReadonlyMap<string, LocatedFigure[]>, skip: ReadonlySet<string>): [string, number][] {
  const distance = (other: ParsedFigure) => Math.abs(Math.log((Math.abs(other.normalized) + 1) / (Math.abs(figure.normalized) + 1)));
  const close = [...figures.values()]
    .flat()
    .filter((other) => other.parsed.unit.dimension === figure.unit.dimension && !skip.has(other.parsed.printed))
    // Closest in value first; among equals, the same unit or measure word first.
    .sort(
      (a, b) =>
        distance(a.parsed) - distance(b.parsed) ||
        Number(a.parsed.unit.symbol !== figure.unit.symbol) - Number(b.parsed.unit.symbol !== figure.unit.symbol) ||
        a.offset - b.offset,
    );
  const shown = new Map<string, number>();
  for (const other of close) {
    if (shown.size === 3) break;
    if (!shown.has(other.parsed.printed)) shown.set(other.parsed.printed, other.line);
  }
  return [...shown];
}
