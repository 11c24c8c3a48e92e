import Fuse from 'fuse.js';
import { SEARCH_INDEX_VERSION, type SearchDoc, type SearchLoader, type SearchMeta, type SearchShard } from '../../domain/search-index.ts';
import { bigrams, compact, shardOf, termKeys } from '../../domain/search-text.ts';
import { hasLatin, latinWords } from '../../domain/search-words.ts';
import { analyzeQuery, allTerms, withSynonyms, WEIGHT, type Alternative, type QueryRun, type QueryTerm } from '../../domain/search-query.ts';
import { PinyinMatcher } from '../../domain/search-pinyin.ts';
import { figuresIn } from '../../domain/figure/scan.ts';
import { figureKeys } from '../../domain/search-figures.ts';
import * as normalise from '../../domain/normalise.ts';

export type { SearchLoader } from '../../domain/search-index.ts';

/** Narrowing a search to one series, kind or province. */
export interface SearchFilters {
  series?: string;
  kind?: string;
  province?: string;
}

/** Part of a passage; `match` parts are highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One case found, with the passage that matched best. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The terms of the query this case lacks (empty when it has them all). */
  missing: string[];
  /** Whether an English term matched its English title or summary (the page then shows the English title). */
  english: boolean;
  /** The section to link to and the passage to show, when the body matched. */
  section?: { anchor: string; heading: string; snippet: SnippetPart[] };
}

/** The answer to a query. */
export interface SearchResult {
  hits: SearchHit[];
  /** How many cases match at least one term, and how many match every term. */
  total: number;
  complete: number;
  /** The terms searched, after question words were dropped and phrases split where the casebook lacks them. */
  terms: string[];
  /** The query as corrected, when a term matched nothing and a close word did (蓬来 → 蓬莱). */
  corrected?: string;
  /**
   * The query's words, when it has only English stop words (`the`, `how`):
   * case texts are not indexed by them, so they were searched in titles,
   * summaries and tags alone, and the page says so.
   */
  commonWords?: string[];
}

/**
 * Field weights, in body-mention units: a word in a title tells more
 * about a case than a passing mention in its body.
 */
const FIELDS = { title: 3, tags: 2.5, place: 2, seriesTitle: 1.5, kindLabel: 1, summary: 1.2 } as const;
const ENGLISH_FIELDS = { title: 2.5, summary: 1.2 } as const;
// BM25's usual constants.
const K1 = 1.2;
const B = 0.75;
// Characters of context before a passage's first match (twice as many after it); doubled around Latin text.
const SNIPPET_RADIUS = 40;

/** A term's score in each doc that has it. */
type TermScores = Map<number, number>;

interface PreparedDoc {
  fields: Record<keyof typeof FIELDS, string>;
}

/** A doc's fields as English word keys (stop words too: a query of nothing else looks for them here). */
interface DocWords {
  fields: Record<keyof typeof FIELDS, Set<string>>;
  english: { title: Set<string>; summary: Set<string> };
}

/**
 * Chinese-aware ranked search over the index `buildSearchIndex` writes.
 * Each term scores BM25 over the body (bigram and figure postings, fetched
 * per shard for what the query has) plus weighted metadata fields; cases
 * with every term come first, then cases with some, marked with what they
 * lack. A term is any of its forms: as typed, traditional made simplified,
 * pinyin spelled out, a figure by value, its thesaurus equivalents.
 */
export class SearchEngine {
  private readonly loader: SearchLoader;
  private metaPromise?: Promise<SearchMeta>;
  private readonly shards = new Map<number, Promise<SearchShard>>();
  private readonly texts = new Map<number, Promise<string[]>>();
  private pinyinPromise?: Promise<PinyinMatcher>;
  private fuse?: Fuse<SearchDoc>;
  private prepared?: PreparedDoc[];
  private words?: DocWords[];
  private common?: Set<string>;
  private vocabulary?: Map<number, Map<string, number>>;
  private readonly alternativeCache = new Map<string, Promise<TermScores>>();

  constructor(loader: SearchLoader) {
    this.loader = loader;
  }

  /** Runs `query`: the best matches from `offset`, at most `limit` of them. */
  async search(query: string, filters: SearchFilters = {}, limit = 20, offset = 0): Promise<SearchResult> {
    const meta = await this.meta();
    const context = { variants: meta.variants, thesaurus: meta.thesaurus, pinyin: /[a-z]{2}/i.test(query) ? await this.pinyin() : undefined };
    const matcher = context.pinyin;
    const runs = analyzeQuery(query, { ...context, pinyin: matcher && ((letters: string) => matcher.match(letters)) });
    let terms = (await Promise.all(runs.map((run) => this.resolve(meta, run)))).flat();
    const commonWords = terms.length > 0 && terms.every((term) => term.common) ? terms.map((term) => term.label) : undefined;
    if (terms.length === 0) return { hits: [], total: 0, complete: 0, terms: [] };
    let scores = await Promise.all(terms.map((term) => this.scoreTerm(meta, term)));
    let corrected: string | undefined;
    // Two characters with one changed say little; such a word is corrected only when it is the whole query.
    const fixes = terms.map((term, index) => (scores[index]!.size === 0 && (terms.length === 1 || [...term.label].length > 2) ? this.correct(meta, term.label) : undefined));
    if (fixes.some(Boolean)) {
      terms = terms.map((term, index) => (fixes[index] ? { label: term.label, alternatives: [...term.alternatives, { kind: 'text', value: fixes[index]!, weight: WEIGHT.corrected }] } : term));
      scores = await Promise.all(terms.map((term) => this.scoreTerm(meta, term)));
      corrected = terms.map((term, index) => fixes[index] ?? term.label).join(' ');
    }
    // A longer word still found nowhere (a typo inside it, or words run together): the cases holding most of its bigrams.
    scores = await Promise.all(scores.map((termScores, index) => (termScores.size === 0 ? this.partialWord(meta, terms[index]!) : termScores)));
    // Still nothing: a fuzzy match in the short fields (a typo in an English word, or in a name).
    scores = scores.map((termScores, index) => (termScores.size === 0 ? this.fuzzyFields(meta, terms[index]!.label) : termScores));
    const ranked = this.rank(meta, terms, scores, filters);
    const complete = ranked.filter((item) => item.missing.length === 0).length;
    const hits: SearchHit[] = [];
    for (const item of ranked.slice(offset, offset + limit)) {
      hits.push(await this.hit(meta, item.doc, item.score, item.missing.map((index) => terms[index]!.label), terms, runs));
    }
    return { hits, total: ranked.length, complete, terms: terms.map((term) => term.label), corrected, ...(commonWords ? { commonWords } : {}) };
  }

  /** Every doc with at least one term, every term first, then by how many terms and by score. */
  private rank(meta: SearchMeta, terms: QueryTerm[], scores: TermScores[], filters: SearchFilters) {
    const totals = new Map<number, { score: number; missing: number[] }>();
    scores.forEach((termScores, termIndex) => {
      for (const [doc, score] of termScores) {
        const entry = totals.get(doc) ?? { score: 0, missing: [] };
        entry.score += score;
        totals.set(doc, entry);
      }
    });
    for (const [doc, entry] of totals) entry.missing = terms.map((_, index) => index).filter((index) => !scores[index]!.has(doc));
    return [...totals]
      .filter(([doc]) => matchesFilters(meta.docs[doc]!, filters))
      .map(([doc, entry]) => ({ doc, ...entry }))
      .sort((a, b) => a.missing.length - b.missing.length || b.score - a.score || a.doc - b.doc);
  }

  /** A run as the terms to search: the whole phrase if the casebook has it, else its parts. */
  private async resolve(meta: SearchMeta, run: QueryRun): Promise<QueryTerm[]> {
    // Words the reader spaced apart, each found on its own, stay apart (蓬莱 海上风电); stray spaces inside a word do not (新 就业 群体).
    if (run.spaced && run.parts.every((part) => [...part.term.label].length >= 2)) {
      const found = await Promise.all(run.parts.map(async (part) => (await this.scoreTerm(meta, part.term)).size > 0));
      if (found.every(Boolean)) return (await Promise.all(run.parts.map((part) => this.resolve(meta, part)))).flat();
    }
    if ((await this.scoreTerm(meta, run.term)).size > 0) return [run.term];
    if (run.parts.length === 0) return this.splitByIndex(meta, run.term);
    return (await Promise.all(run.parts.map((part) => this.resolve(meta, part)))).flat();
  }

  /**
   * A Han word found nowhere, of four or more characters (the segmenter
   * reads words it does not know as single characters, and 外卖员电动车 comes
   * out as one): split into the longest pieces the casebook has, left to
   * right, so the index itself is the dictionary.
   */
  private async splitByIndex(meta: SearchMeta, term: QueryTerm): Promise<QueryTerm[]> {
    const chars = [...term.label];
    if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(term.label)) return [term];
    const pieces: QueryTerm[] = [];
    for (let start = 0; start < chars.length; ) {
      let found: QueryTerm | undefined;
      for (let length = Math.min(6, chars.length - start); length >= 2 && !found; length--) {
        const piece = chars.slice(start, start + length).join('');
        const candidate = { label: piece, alternatives: withSynonyms([{ kind: 'text', value: piece, weight: WEIGHT.typed }], meta) };
        if ((await this.scoreTerm(meta, candidate)).size > 0) found = candidate;
      }
      if (found) pieces.push(found);
      start += found ? [...found.label].length : 1;
    }
    return pieces.length ? pieces : [term];
  }

  /** Per doc, the best score of any of the term's forms. */
  private async scoreTerm(meta: SearchMeta, term: QueryTerm): Promise<TermScores> {
    const result: TermScores = new Map();
    for (const alternative of term.alternatives) {
      for (const [doc, score] of await this.scoreAlternative(meta, alternative)) {
        const weighted = score * alternative.weight;
        if (weighted > (result.get(doc) ?? 0)) result.set(doc, weighted);
      }
    }
    return result;
  }

  private scoreAlternative(meta: SearchMeta, alternative: Alternative): Promise<TermScores> {
    const key = `${alternative.kind}:${alternative.value}`;
    let scores = this.alternativeCache.get(key);
    if (!scores) this.alternativeCache.set(key, (scores = this.computeAlternative(meta, alternative)));
    return scores;
  }

  /** BM25 over the body plus weighted metadata fields, scaled by how rare the form is. */
  private async computeAlternative(meta: SearchMeta, alternative: Alternative): Promise<TermScores> {
    const docs = this.prepare(meta);
    const fieldScores = new Map<number, number>();
    if (alternative.kind === 'text' && alternative.value) {
      docs.forEach((doc, index) => {
        let score = 0;
        for (const field of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) if (doc.fields[field].includes(alternative.value)) score += FIELDS[field];
        if (score > 0) fieldScores.set(index, score);
      });
    }
    if (alternative.kind === 'english') {
      const keys = alternative.value.split(' ');
      const has = (words: Set<string>) => keys.every((key) => words.has(key));
      this.docWords(meta).forEach((doc, index) => {
        let score = (has(doc.english.title) ? ENGLISH_FIELDS.title : 0) + (has(doc.english.summary) ? ENGLISH_FIELDS.summary : 0);
        for (const field of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) if (has(doc.fields[field])) score += FIELDS[field];
        if (score > 0) fieldScores.set(index, score);
      });
    }
    const counts = await this.bodyCounts(meta, alternative);
    const found = new Set([...fieldScores.keys(), ...counts.keys()]);
    const n = meta.docs.length;
    const idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
    const average = meta.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, n) || 1;
    const result: TermScores = new Map();
    for (const doc of found) {
      const count = counts.get(doc) ?? 0;
      const body = count ? (count * (K1 + 1)) / (count + K1 * (1 - B + (B * (meta.lengths[doc] ?? average)) / average)) : 0;
      result.set(doc, Math.max(idf, 0.05) * (body + (fieldScores.get(doc) ?? 0)));
    }
    return result;
  }

  /**
   * How often the form occurs in each doc's body, by its postings: a figure
   * key's own; a word's or phrase's least frequent term (bigram, English
   * word) among docs holding all of them. A form whose terms are all found
   * nearly everywhere counts once in every doc.
   */
  private async bodyCounts(meta: SearchMeta, alternative: Alternative): Promise<Map<number, number>> {
    const common = (this.common ??= new Set(meta.common));
    const all = alternative.kind === 'figure' ? [alternative.value] : alternative.kind === 'english' ? alternative.value.split(' ').filter(Boolean) : termKeys(alternative.value);
    const keys = all.filter((key) => !common.has(key));
    if (keys.length === 0) {
      if (all.length > 0 && (alternative.kind === 'english' || [...alternative.value].length >= 2)) return new Map(meta.docs.map((_, index) => [index, 1]));
      return new Map();
    }
    const lists = await Promise.all(keys.map(async (key) => decode((await this.shard(shardOf(key, meta.shardCount)))[key] ?? [])));
    lists.sort((a, b) => a.size - b.size);
    const counts = new Map(lists[0]);
    for (const list of lists.slice(1)) {
      for (const [doc, count] of counts) {
        const other = list.get(doc);
        if (other === undefined) counts.delete(doc);
        else if (other < count) counts.set(doc, other);
      }
    }
    return counts;
  }

  /**
   * For a Han word of three or more characters that matched nothing: each
   * case holding at least half of its bigrams (and two of them), scored by
   * that share, well below a match of the word itself.
   */
  private async partialWord(meta: SearchMeta, term: QueryTerm): Promise<TermScores> {
    const typed = term.alternatives.find((alternative) => alternative.kind === 'text' && /^\p{Script=Han}{3,}$/u.test(alternative.value));
    if (!typed) return new Map();
    const common = (this.common ??= new Set(meta.common));
    const grams = bigrams(typed.value).filter((gram) => !common.has(gram));
    if (grams.length < 2) return new Map();
    const held = new Map<number, number>();
    for (const gram of grams) {
      for (const doc of decode((await this.shard(shardOf(gram, meta.shardCount)))[gram] ?? []).keys()) held.set(doc, (held.get(doc) ?? 0) + 1);
    }
    const result: TermScores = new Map();
    for (const [doc, count] of held) if (count >= Math.min(2, grams.length - 1) && count * 2 >= grams.length) result.set(doc, (WEIGHT.corrected * count) / grams.length);
    return result;
  }

  /** Cases whose title, tags, place, series or English title are close to `label` (Fuse.js), for 3 characters or more. */
  private fuzzyFields(meta: SearchMeta, label: string): TermScores {
    if ([...label].length < 3) return new Map();
    this.fuse ??= new Fuse(meta.docs, { keys: ['title', 'tags', 'place', 'seriesTitle', 'en.title', 'en.summary'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
    return new Map(this.fuse.search(label, { limit: 20 }).map((match) => [match.refIndex, WEIGHT.corrected * (1 - (match.score ?? 0.5))]));
  }

  /** A hit to show: its best section and passage, read from the case's text. */
  private async hit(meta: SearchMeta, doc: number, score: number, missing: string[], terms: QueryTerm[], runs: QueryRun[]): Promise<SearchHit> {
    const entry = meta.docs[doc]!;
    const needsWords = terms.some((term) => term.alternatives.some((alternative) => alternative.kind === 'english'));
    const words = needsWords ? this.docWords(meta)[doc]!.english : { title: new Set<string>(), summary: new Set<string>() };
    const inEnglish = (value: string) => value.split(' ').every((key) => words.title.has(key)) || value.split(' ').every((key) => words.summary.has(key));
    const english = terms.some((term) => !missing.includes(term.label) && term.alternatives.some((alternative) => alternative.kind === 'english' && inEnglish(alternative.value)));
    const forms = [...terms, ...allTerms(runs)].flatMap((term) => term.alternatives);
    const texts = await this.docTexts(doc);
    let best: { index: number; count: number; ranges: [number, number][] } | undefined;
    texts.forEach((text, index) => {
      const [, , heading] = meta.sections[entry.firstSection + index]!;
      const ranges = matchRanges(text, forms, meta.variants);
      const count = new Set(ranges.map((range) => range[2])).size + (matchRanges(heading, forms, meta.variants).length ? 1 : 0);
      if (count > 0 && (!best || count > best.count)) best = { index, count, ranges: ranges.map(([from, to]) => [from, to]) };
    });
    const found = best as { index: number; ranges: [number, number][] } | undefined;
    const section = found && {
      anchor: meta.sections[entry.firstSection + found.index]![1],
      heading: meta.sections[entry.firstSection + found.index]![2],
      snippet: snippetOf(texts[found.index]!, found.ranges),
    };
    return { doc: entry, score, missing, english, section };
  }

  private meta(): Promise<SearchMeta> {
    return (this.metaPromise ??= this.loader.meta().then((meta) => {
      if (meta.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${meta.version}: this page reads version ${SEARCH_INDEX_VERSION}; rebuild the site`);
      return meta;
    }));
  }

  private pinyin(): Promise<PinyinMatcher> {
    return (this.pinyinPromise ??= this.loader.pinyin().then((vocabulary) => new PinyinMatcher(vocabulary)));
  }

  private shard(index: number) {
    let shard = this.shards.get(index);
    if (!shard) this.shards.set(index, (shard = this.loader.shard(index)));
    return shard;
  }

  private docTexts(doc: number) {
    let texts = this.texts.get(doc);
    if (!texts) this.texts.set(doc, (texts = this.loader.texts(doc)));
    return texts;
  }

  /** The searchable fields of every doc in compact form, prepared once. */
  private prepare(meta: SearchMeta): PreparedDoc[] {
    return (this.prepared ??= meta.docs.map((doc) => ({
      fields: {
        title: compact(doc.title).text,
        tags: doc.tags.map((tag) => compact(tag).text).join('|'),
        place: compact(doc.place).text,
        seriesTitle: compact(doc.seriesTitle).text,
        kindLabel: compact(doc.kindLabel).text,
        summary: compact(doc.summary).text,
      },
    })));
  }

  /** The fields of every doc as English word keys, read on the first query with an English word (a Chinese query never needs them). */
  private docWords(meta: SearchMeta): DocWords[] {
    const keys = (text: string) => new Set(latinWords(text, { stopWords: true }).map((word) => word.key));
    return (this.words ??= meta.docs.map((doc) => ({
      fields: { title: keys(doc.title), tags: keys(doc.tags.join('\n')), place: keys(doc.place), seriesTitle: keys(doc.seriesTitle), kindLabel: keys(doc.kindLabel), summary: keys(doc.summary) },
      english: { title: keys(doc.en?.title ?? ''), summary: keys(doc.en?.summary ?? '') },
    })));
  }

  /** The casebook word closest to a term that matched nothing: same length, one character changed. */
  private correct(meta: SearchMeta, term: string): string | undefined {
    const length = [...term].length;
    if (length < 2 || length > 4 || hasLatin(term) || /^[0-9.%]+$/.test(term)) return undefined;
    this.vocabulary ??= buildVocabulary(meta);
    const words = this.vocabulary.get(length);
    if (!words) return undefined;
    const chars = [...term];
    let best: { word: string; count: number } | undefined;
    for (const [word, count] of words) {
      const other = [...word];
      let differences = 0;
      for (let index = 0; index < length && differences <= 1; index++) if (other[index] !== chars[index]) differences++;
      // The most frequent candidate wins: 蓬来 → 蓬莱 (a place in many fields), not 起来.
      if (differences === 1 && (!best || count > best.count)) best = { word, count };
    }
    return best?.word;
  }
}

/** Postings `[gap, count, …]` as doc → count. */
function decode(list: number[]): Map<number, number> {
  const result = new Map<number, number>();
  let doc = 0;
  for (let index = 0; index + 1 < list.length; index += 2) {
    doc += list[index]!;
    result.set(doc, list[index + 1]!);
  }
  return result;
}

function matchesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  return (!filters.series || doc.series === filters.series) && (!filters.kind || doc.kind === filters.kind) && (!filters.province || doc.province === filters.province);
}

/** Every 2–4 character run of Han text in titles, names, tags and headings, with how often it occurs. */
function buildVocabulary(meta: SearchMeta): Map<number, Map<string, number>> {
  const vocabulary = new Map<number, Map<string, number>>();
  const add = (text: string) => {
    const chars = [...compact(text).text].filter((char) => /\p{Script=Han}/u.test(char));
    for (let length = 2; length <= 4; length++) {
      const words = vocabulary.get(length) ?? new Map<string, number>();
      for (let index = 0; index + length <= chars.length; index++) {
        const word = chars.slice(index, index + length).join('');
        words.set(word, (words.get(word) ?? 0) + 1);
      }
      vocabulary.set(length, words);
    }
  };
  for (const doc of meta.docs) [doc.title, doc.seriesTitle, doc.place, ...doc.tags].forEach(add);
  for (const [, , heading] of meta.sections) add(heading);
  return vocabulary;
}

/**
 * Where any form of the query occurs in `text`, as [from, to, form] in the
 * original text: words matched in compact form (so 暖新驿站 highlights
 * 暖“新”驿站), figures by value (三百亿元 highlights 300亿元).
 */
export function matchRanges(text: string, forms: readonly Alternative[], variants: Readonly<Record<string, string>> = {}): [number, number, string][] {
  const { text: folded, positions } = compact(text, variants);
  const ranges: [number, number, string][] = [];
  const end = (index: number) => (index < positions.length ? positions[index]! : text.length);
  for (const form of forms) {
    if (form.kind !== 'text' || !form.value) continue;
    for (let index = folded.indexOf(form.value); index !== -1; index = folded.indexOf(form.value, index + form.value.length)) {
      ranges.push([positions[index]!, end(index + form.value.length - 1) + 1, form.value]);
    }
  }
  // English words by their keys, each range the word as printed (`Farming` for `farm`, `clean-up` for `cleanup`).
  const words = new Set(forms.filter((form) => form.kind === 'english').flatMap((form) => form.value.split(' ')));
  if (words.size) {
    for (const word of latinWords(text, { stopWords: true })) if (words.has(word.key)) ranges.push([word.start, word.end, word.key]);
  }
  const keys = new Set(forms.filter((form) => form.kind === 'figure').map((form) => form.value));
  if (keys.size) {
    const normalized = normalise.compatibility(text);
    // NFKC changes lengths only for rare characters (㎡); figure ranges are mapped back only when lengths agree.
    if (normalized.length === text.length) {
      for (const { offset, figure } of figuresIn(normalized)) {
        if (figureKeys(figure).some((key) => keys.has(key))) ranges.push([offset, offset + figure.printed.length, figure.printed]);
      }
    }
  }
  return ranges;
}

/**
 * A window of `text` around the first match, split into plain and matched
 * parts. Around Latin text the window is wider (an English word is several
 * characters where a Chinese one is one or two) and ends at word breaks.
 */
export function snippetOf(text: string, matches: [number, number][]): SnippetPart[] {
  const ranges = [...matches].sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const around = text.slice(Math.max(0, first - SNIPPET_RADIUS), first + SNIPPET_RADIUS * 2);
  const latin = (around.match(LATIN_LETTERS)?.length ?? 0) * 2 > [...around].length;
  const radius = latin ? SNIPPET_RADIUS * 2 : SNIPPET_RADIUS;
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + radius * 2);
  if (latin) {
    // Not in the middle of a word: back to its start, on to its end (a long run without breaks is cut as it is).
    for (let step = 0; step < 20 && start > 0 && WORD_LETTER.test(text[start - 1]!); step++) start--;
    for (let step = 0; step < 20 && end < text.length && WORD_LETTER.test(text[end]!); step++) end++;
  }
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= cursor || from >= end) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(Math.max(from, cursor), Math.min(to, end)), match: true });
    cursor = Math.min(to, end);
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  // Paragraphs run on in one line. After Chinese punctuation (a paragraph's 。, a heading's ：) the break is no
  // space at all: shown as a space, it would put a gap between Chinese characters that the text does not have.
  let before = text[start - 1] ?? '';
  for (const part of parts) {
    part.text = part.text.replace(/[ \t]*\n[ \t\n]*/g, (gap, offset: number, whole: string) => {
      const previous = offset > 0 ? whole[offset - 1]! : before;
      return previous === '' || WIDE_PUNCTUATION.test(previous) ? '' : ' ';
    });
    before = part.text.at(-1) ?? before;
  }
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts.filter((part) => part.text !== '');
}

const LATIN_LETTERS = /\p{Script=Latin}/gu;
const WORD_LETTER = /[\p{L}\p{M}\p{N}'’-]/u;

/** Chinese (full-width) punctuation: after it a line break is no space. */
const WIDE_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]/u;
