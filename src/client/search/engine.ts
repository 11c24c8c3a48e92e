import Fuse from 'fuse.js';
import { FIELD_BITS, SEARCH_INDEX_VERSION, facetKey, shardOf, wordPatterns, type SearchDocFile, type SearchFuzzyFields, type SearchDoc, type SearchLoader, type SearchMeta, type SearchShard } from '../../domain/search-index.ts';
import { bigrams, compact, termKeys } from '../../domain/search-text.ts';
import { hasLatin, latinWords } from '../../domain/search-words.ts';
import { analyzeQuery, allTerms, withSynonyms, WEIGHT, type Alternative, type QueryRun, type QueryTerm } from '../../domain/search-query.ts';
import { PinyinMatcher } from '../../domain/search-pinyin.ts';
import { figuresIn } from '../../domain/figure/scan.ts';
import { figureKeys } from '../../domain/search-figures.ts';
import * as normalise from '../../domain/normalise.ts';
import { decodePostings, emptyList, findDoc, intersectLists, listOf, mergeLists, type DocList } from './doc-lists.ts';

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

/**
 * A term's score in each doc that has it: the docs with a score of their
 * own, and the score of every other doc (`all`, 0 for none) — a term found
 * in nearly every body of a large casebook counts in every doc, and is not
 * listed doc by doc.
 */
interface TermScores {
  all: number;
  /** The docs with a score of their own, and that score. */
  list: DocList;
}

const none = (): TermScores => ({ all: 0, list: emptyList() });
const isFound = (scores: TermScores) => scores.all > 0 || scores.list.docs.length > 0;

/** A ranked doc: its score and the terms it lacks. */
interface Ranked {
  doc: number;
  score: number;
  missing: number[];
}

/** A key's postings, decoded: the docs with the body weight (BM25 ×100), the docs with the bits of the short fields that hold it. */
interface Postings {
  body: DocList;
  fields: DocList;
}

/** The weight of a field's bit for a text form and for an English one. */
const TEXT_FIELD_WEIGHTS = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((field) => [FIELD_BITS[field], FIELDS[field]] as const);
const ENGLISH_FIELD_WEIGHTS = [...TEXT_FIELD_WEIGHTS, [FIELD_BITS.enTitle, ENGLISH_FIELDS.title], [FIELD_BITS.enSummary, ENGLISH_FIELDS.summary]] as const;
/** The score of each value of a field posting's bits (they fit a byte), added up field by field as `weights` lists them. */
const bitsScores = (weights: readonly (readonly [bit: number, weight: number])[]) =>
  Float64Array.from({ length: 256 }, (_, bits) => {
    let score = 0;
    for (const [bit, fieldWeight] of weights) if (bits & bit) score += fieldWeight;
    return score;
  });
const TEXT_BITS_SCORE = bitsScores(TEXT_FIELD_WEIGHTS);
const ENGLISH_BITS_SCORE = bitsScores(ENGLISH_FIELD_WEIGHTS);

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
  private readonly docs = new Map<number, Promise<SearchDocFile>>();
  private readonly postings = new Map<string, Promise<Postings>>();
  private pinyinPromise?: Promise<PinyinMatcher>;
  private fuse?: Promise<Fuse<SearchFuzzyFields[number]>>;
  private common?: Set<string>;
  private readonly alternativeCache = new Map<string, Promise<TermScores>>();

  constructor(loader: SearchLoader) {
    this.loader = loader;
  }

  /** Fetches what every query reads first (meta.json, a few kilobytes), so the first query starts with it. */
  prefetch(): void {
    this.meta().catch(() => undefined);
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
    const fixes = await Promise.all(terms.map((term, index) => (!isFound(scores[index]!) && (terms.length === 1 || [...term.label].length > 2) ? this.correct(meta, term.label) : undefined)));
    if (fixes.some(Boolean)) {
      terms = terms.map((term, index) => (fixes[index] ? { label: term.label, alternatives: [...term.alternatives, { kind: 'text', value: fixes[index]!, weight: WEIGHT.corrected }] } : term));
      scores = await Promise.all(terms.map((term) => this.scoreTerm(meta, term)));
      corrected = terms.map((term, index) => fixes[index] ?? term.label).join(' ');
    }
    // A longer word still found nowhere (a typo inside it, or words run together): the cases holding most of its bigrams.
    scores = await Promise.all(scores.map((termScores, index) => (!isFound(termScores) ? this.partialWord(meta, terms[index]!) : termScores)));
    // Still nothing: a fuzzy match in the short fields (a typo in an English word, or in a name).
    scores = await Promise.all(scores.map((termScores, index) => (!isFound(termScores) ? this.fuzzyFields(terms[index]!.label) : termScores)));
    const ranked = rank(terms, scores, await this.allowed(meta, filters), meta.docCount);
    // Each shown case's file is fetched at once, not one after the other.
    const hits = await Promise.all(ranked.slice(offset, offset + limit).map((item) => this.hit(meta, item.doc, item.score, item.missing.map((index) => terms[index]!.label), terms, runs)));
    return { hits, total: ranked.total, complete: ranked.complete, terms: terms.map((term) => term.label), corrected, ...(commonWords ? { commonWords } : {}) };
  }

  /** The docs the filters allow (each filter's value is a key of the index, listing its cases), or undefined for all. */
  private async allowed(meta: SearchMeta, filters: SearchFilters): Promise<Set<number> | undefined> {
    const lists = await Promise.all(
      (['series', 'kind', 'province'] as const)
        .filter((filter) => filters[filter])
        .map(async (filter) => {
          const key = facetKey(filter, filters[filter]!);
          return new Set(undoGaps((await this.shard(shardOf(`=${key}`, meta.shardCount))).facets?.[key] ?? [], 1));
        }),
    );
    if (lists.length === 0) return undefined;
    lists.sort((a, b) => a.size - b.size);
    return new Set([...lists[0]!].filter((doc) => lists.every((list) => list.has(doc))));
  }

  /** A run as the terms to search: the whole phrase if the casebook has it, else its parts. */
  private async resolve(meta: SearchMeta, run: QueryRun): Promise<QueryTerm[]> {
    // Words the reader spaced apart, each found on its own, stay apart (蓬莱 海上风电); stray spaces inside a word do not (新 就业 群体).
    if (run.spaced && run.parts.every((part) => [...part.term.label].length >= 2)) {
      const found = await Promise.all(run.parts.map(async (part) => isFound(await this.scoreTerm(meta, part.term))));
      if (found.every(Boolean)) return (await Promise.all(run.parts.map((part) => this.resolve(meta, part)))).flat();
    }
    if (isFound(await this.scoreTerm(meta, run.term))) return [run.term];
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
        if (isFound(await this.scoreTerm(meta, candidate))) found = candidate;
      }
      if (found) pieces.push(found);
      start += found ? [...found.label].length : 1;
    }
    return pieces.length ? pieces : [term];
  }

  /** Per doc, the best score of any of the term's forms. */
  private async scoreTerm(meta: SearchMeta, term: QueryTerm): Promise<TermScores> {
    // Every form's scores are asked for at once: their shards are fetched together, not one after the other.
    const all = await Promise.all(term.alternatives.map((alternative) => this.scoreAlternative(meta, alternative)));
    let best = 0;
    let list = emptyList();
    term.alternatives.forEach((alternative, index) => {
      const scores = all[index]!;
      const weight = alternative.weight;
      best = Math.max(best, scores.all * weight);
      if (scores.list.docs.length === 0) return;
      list = mergeLists(list, scores.list, (held, score) => {
        if (score === undefined) return held;
        const weighted = score * weight;
        return weighted > (held ?? 0) ? weighted : held;
      });
    });
    // A doc listed for one form scores no less than every doc does by another.
    if (best > 0) for (let index = 0; index < list.values.length; index++) if (list.values[index]! < best) list.values[index] = best;
    return { all: best, list };
  }

  private scoreAlternative(meta: SearchMeta, alternative: Alternative): Promise<TermScores> {
    const key = `${alternative.kind}:${alternative.value}`;
    let scores = this.alternativeCache.get(key);
    if (!scores) this.alternativeCache.set(key, (scores = this.computeAlternative(meta, alternative)));
    return scores;
  }

  /** BM25 over the body plus weighted metadata fields, scaled by how rare the form is. */
  private async computeAlternative(meta: SearchMeta, alternative: Alternative): Promise<TermScores> {
    const { body, everywhere, fields } = await this.lookup(meta, alternative);
    const weights = alternative.kind === 'text' ? TEXT_FIELD_WEIGHTS : alternative.kind === 'english' ? ENGLISH_FIELD_WEIGHTS : [];
    const scoredDocs = new Int32Array(weights.length && alternative.value ? fields.docs.length : 0);
    const scored = new Float64Array(scoredDocs.length);
    const scoreOfBits = weights === ENGLISH_FIELD_WEIGHTS ? ENGLISH_BITS_SCORE : TEXT_BITS_SCORE;
    let count = 0;
    for (let index = 0; index < scoredDocs.length; index++) {
      const score = scoreOfBits[fields.values[index]!]!;
      if (score > 0) {
        scoredDocs[count] = fields.docs[index]!;
        scored[count++] = score;
      }
    }
    const fieldScores = { docs: scoredDocs.subarray(0, count), values: scored.subarray(0, count) };
    const n = meta.docCount;
    const idfOf = (found: number) => Math.max(Math.log(1 + (n - found + 0.5) / (found + 0.5)), 0.05);
    if (everywhere) {
      // Once in every body (weight 1, a body of average length), and more where a field has it too.
      const idf = idfOf(n);
      return { all: idf, list: { docs: fieldScores.docs, values: fieldScores.values.map((score) => idf * (1 + score)) } };
    }
    // Two passes over the docs either list holds: the count gives the idf, then each doc's score.
    let found = 0;
    mergeLists(fieldScores, body, () => {
      found++;
      return undefined;
    });
    const idf = idfOf(found);
    return { all: 0, list: mergeLists(fieldScores, body, (field, weight) => idf * ((weight ?? 0) / 100 + (field ?? 0))) };
  }

  /**
   * Where a form occurs, by its keys' postings. In the bodies: a figure
   * key's own; a word's or phrase's least weight among its terms (bigrams,
   * English words), in docs holding all of them; a form whose terms are all
   * found nearly everywhere counts once in every doc. In the short fields:
   * the fields holding every one of its terms.
   */
  private async lookup(meta: SearchMeta, alternative: Alternative): Promise<Postings & { everywhere: boolean }> {
    const common = (this.common ??= new Set(meta.common));
    const all = alternative.kind === 'figure' ? [alternative.value] : alternative.kind === 'english' ? alternative.value.split(' ').filter(Boolean) : termKeys(alternative.value);
    const postings = await Promise.all(all.map((key) => this.keyPostings(meta, key)));
    const fields = alternative.kind === 'figure' || postings.length === 0 ? emptyList() : intersectLists(postings.map((entry) => entry.fields), (a, b) => a & b);
    const keys = all.filter((key) => !common.has(key));
    if (keys.length === 0) {
      const everywhere = all.length > 0 && (alternative.kind === 'english' || [...alternative.value].length >= 2);
      return { body: emptyList(), everywhere, fields };
    }
    return { body: intersectLists(postings.filter((_, index) => !common.has(all[index]!)).map((entry) => entry.body), Math.min), everywhere: false, fields };
  }

  /** A key's postings, fetched with its shard and decoded once. */
  private keyPostings(meta: SearchMeta, key: string): Promise<Postings> {
    let postings = this.postings.get(key);
    if (!postings) {
      postings = this.shard(shardOf(key, meta.shardCount)).then((shard) => {
        const [body, fields] = shard.terms?.[key] ?? [[], []];
        return { body: decodePostings(body), fields: decodePostings(fields) };
      });
      this.postings.set(key, postings);
    }
    return postings;
  }

  /**
   * For a Han word of three or more characters that matched nothing: each
   * case holding at least half of its bigrams (and two of them), scored by
   * that share, well below a match of the word itself.
   */
  private async partialWord(meta: SearchMeta, term: QueryTerm): Promise<TermScores> {
    const typed = term.alternatives.find((alternative) => alternative.kind === 'text' && /^\p{Script=Han}{3,}$/u.test(alternative.value));
    if (!typed) return none();
    const common = (this.common ??= new Set(meta.common));
    const grams = bigrams(typed.value).filter((gram) => !common.has(gram));
    if (grams.length < 2) return none();
    const held = new Uint16Array(meta.docCount);
    for (const { body } of await Promise.all(grams.map((gram) => this.keyPostings(meta, gram)))) {
      for (const doc of body.docs) held[doc]!++;
    }
    const docs: number[] = [];
    const values: number[] = [];
    held.forEach((count, doc) => {
      if (count > 0 && count >= Math.min(2, grams.length - 1) && count * 2 >= grams.length) {
        docs.push(doc);
        values.push((WEIGHT.corrected * count) / grams.length);
      }
    });
    return { all: 0, list: listOf(docs, values) };
  }

  /** Cases whose title, tags, place, series or English title are close to `label` (Fuse.js), for 3 characters or more. */
  private async fuzzyFields(label: string): Promise<TermScores> {
    if ([...label].length < 3) return none();
    // The one file that grows with every case's short fields: fetched only here, when a term matched nothing else.
    const fuse = await (this.fuse ??= this.loader.fuzzy().then((fields) => new Fuse(fields, { keys: ['title', 'tags', 'place', 'seriesTitle', 'en.title', 'en.summary'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 })));
    const matches = fuse.search(label, { limit: 20 }).sort((a, b) => a.refIndex - b.refIndex);
    return { all: 0, list: listOf(matches.map((match) => match.refIndex), matches.map((match) => WEIGHT.corrected * (1 - (match.score ?? 0.5)))) };
  }

  /** A hit to show: its best section and passage, read from the case's text. */
  private async hit(meta: SearchMeta, doc: number, score: number, missing: string[], terms: QueryTerm[], runs: QueryRun[]): Promise<SearchHit> {
    const { doc: entry, sections } = await this.docFile(doc);
    const needsWords = terms.some((term) => term.alternatives.some((alternative) => alternative.kind === 'english'));
    const keys = (text: string) => new Set(needsWords ? latinWords(text, { stopWords: true }).map((word) => word.key) : []);
    const words = { title: keys(entry.en?.title ?? ''), summary: keys(entry.en?.summary ?? '') };
    const inEnglish = (value: string) => value.split(' ').every((key) => words.title.has(key)) || value.split(' ').every((key) => words.summary.has(key));
    const english = terms.some((term) => !missing.includes(term.label) && term.alternatives.some((alternative) => alternative.kind === 'english' && inEnglish(alternative.value)));
    const forms = [...terms, ...allTerms(runs)].flatMap((term) => term.alternatives);
    let best: { index: number; count: number; ranges: [number, number][] } | undefined;
    sections.forEach(([, heading, text], index) => {
      const ranges = matchRanges(text, forms, meta.variants);
      const count = new Set(ranges.map((range) => range[2])).size + (matchRanges(heading, forms, meta.variants).length ? 1 : 0);
      if (count > 0 && (!best || count > best.count)) best = { index, count, ranges: ranges.map(([from, to]) => [from, to]) };
    });
    const found = best as { index: number; ranges: [number, number][] } | undefined;
    const section = found && {
      anchor: sections[found.index]![0],
      heading: sections[found.index]![1],
      snippet: snippetOf(sections[found.index]![2], found.ranges),
    };
    return { doc: entry, score, missing, english, section };
  }

  private meta(): Promise<SearchMeta> {
    return (this.metaPromise ??= this.loader.meta().then((meta) => {
      if (meta.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${meta.version}: this page reads version ${SEARCH_INDEX_VERSION}; rebuild the site`);
      return { files: '', ...meta };
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

  private docFile(doc: number) {
    let file = this.docs.get(doc);
    if (!file) this.docs.set(doc, (file = this.loader.doc(doc)));
    return file;
  }

  /**
   * The casebook word closest to a term that matched nothing: same length,
   * one character changed, the most frequent (蓬来 → 蓬莱, a place in many
   * fields, not 起来). Found by the term's own one-character-wildcard
   * patterns, which the index files its vocabulary under.
   */
  private async correct(meta: SearchMeta, term: string): Promise<string | undefined> {
    const length = [...term].length;
    if (length < 2 || length > 4 || hasLatin(term) || /^[0-9.%]+$/.test(term)) return undefined;
    let best: [word: string, count: number, order: number] | undefined;
    for (const pattern of wordPatterns(term)) {
      const shard = await this.shard(shardOf(`?${pattern}`, meta.shardCount));
      for (const candidate of shard.words?.[pattern] ?? []) {
        if (candidate[0] === term) continue;
        if (!best || candidate[1] > best[1] || (candidate[1] === best[1] && candidate[2] < best[2])) best = candidate;
      }
    }
    return best?.[0];
  }
}

/**
 * Every doc with at least one term, every term first, then by how many
 * terms and by score (then by doc). Docs listed by some term are ranked one
 * by one; the docs no term lists but some term counts everywhere (a common
 * word in a large casebook) all share one score and what they lack, and are
 * one block in the order, read doc by doc only as far as a page shows. Only
 * as many listed docs are put in order as a page reaches: a word most cases
 * share lists tens of thousands, and sorting them all cost more than the
 * page shows.
 */
function rank(terms: QueryTerm[], scores: TermScores[], allowed: Set<number> | undefined, docCount: number) {
  // The docs any term lists, in doc order.
  const isListed = new Uint8Array(docCount);
  let listedCount = 0;
  for (const termScores of scores) {
    for (const doc of termScores.list.docs) {
      if (!isListed[doc]) {
        isListed[doc] = 1;
        listedCount++;
      }
    }
  }
  const docs = new Int32Array(listedCount);
  let count = 0;
  for (let doc = 0; doc < docCount; doc++) if (isListed[doc] && (!allowed || allowed.has(doc))) docs[count++] = doc;
  // Each listed doc's score and how many terms it lacks, term by term in the query's order (so sums round alike).
  const score = new Float64Array(count);
  const lacking = new Int32Array(count);
  scores.forEach((termScores) => {
    const list = termScores.list;
    let at = 0;
    for (let index = 0; index < count; index++) {
      const doc = docs[index]!;
      while (at < list.docs.length && list.docs[at]! < doc) at++;
      if (at < list.docs.length && list.docs[at] === doc) score[index]! += list.values[at]!;
      else if (termScores.all > 0) score[index]! += termScores.all;
      else lacking[index]!++;
    }
  });
  const missingOf = (doc: number) => scores.flatMap((termScores, term) => (termScores.all > 0 || findDoc(termScores.list, doc) >= 0 ? [] : [term]));
  // Before 0, after 0 or level with it: by how many terms lack, then by score.
  const byOrder = (lackA: number, scoreA: number, lackB: number, scoreB: number) => lackA - lackB || scoreB - scoreA;
  const before = (a: number, b: number) => byOrder(lacking[a]!, score[a]!, lacking[b]!, score[b]!) || docs[a]! - docs[b]!;
  const block = scores.some((termScores) => termScores.all > 0)
    ? {
        score: scores.reduce((total, termScores) => total + termScores.all, 0),
        missing: terms.map((_, index) => index).filter((index) => scores[index]!.all === 0),
        count: allowed ? [...allowed].filter((doc) => !isListed[doc]).length : docCount - listedCount,
      }
    : undefined;
  // The block goes after the listed docs that rank before it or level with it.
  let position = count;
  if (block) {
    position = 0;
    for (let index = 0; index < count; index++) if (byOrder(lacking[index]!, score[index]!, block.missing.length, block.score) <= 0) position++;
  }
  let complete = block && block.missing.length === 0 ? block.count : 0;
  for (let index = 0; index < count; index++) if (lacking[index] === 0) complete++;
  /** The first `length` listed docs in order (as indexes into `docs`): kept in a short sorted run while reading them all once. */
  const firstInOrder = (length: number): number[] => {
    const top: number[] = [];
    if (length <= 0) return top;
    if (length * 4 >= count) return Array.from({ length: count }, (_, index) => index).sort(before).slice(0, length);
    for (let index = 0; index < count; index++) {
      if (top.length === length && before(index, top[length - 1]!) >= 0) continue;
      let low = 0;
      let high = top.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(top[middle]!, index) < 0) low = middle + 1;
        else high = middle;
      }
      top.splice(low, 0, index);
      if (top.length > length) top.pop();
    }
    return top;
  };
  return {
    total: count + (block?.count ?? 0),
    complete,
    /** The ranked docs from `start` to `end`. */
    slice(start: number, end: number): Ranked[] {
      const blockCount = block?.count ?? 0;
      const explicit = firstInOrder(Math.min(count, Math.max(0, Math.min(end, position)) + Math.max(0, end - position - blockCount)));
      const listedAt = (index: number): Ranked => {
        const at = explicit[index]!;
        return { doc: docs[at]!, score: score[at]!, missing: missingOf(docs[at]!) };
      };
      // The block's docs in doc order, leaving out listed ones and those the filters leave out, read as far as needed.
      const blockDocs: number[] = [];
      const blockDoc = (index: number) => {
        for (let doc = (blockDocs.at(-1) ?? -1) + 1; blockDocs.length <= index && doc < docCount; doc++) if (!isListed[doc] && (!allowed || allowed.has(doc))) blockDocs.push(doc);
        return blockDocs[index]!;
      };
      const result: Ranked[] = [];
      for (let index = start; index < end && index < count + blockCount; index++) {
        if (index < position) result.push(listedAt(index));
        else if (index < position + blockCount) result.push({ doc: blockDoc(index - position), score: block!.score, missing: block!.missing });
        else result.push(listedAt(index - blockCount));
      }
      return result;
    },
  };
}

/** Doc gaps `[gap, …]` (every `stride`-th number) as doc indexes. */
function undoGaps(list: number[], stride: number): number[] {
  const docs: number[] = [];
  let doc = 0;
  for (let index = 0; index < list.length; index += stride) docs.push((doc += list[index]!));
  return docs;
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
