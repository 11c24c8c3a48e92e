import type { CaseData } from '../../model/schemas/case.ts';
import type { BodySection } from '../../model/body/sections.ts';
import { compact, termCounts, termKeys } from '../../domain/search-text.ts';
import { latinWords } from '../../domain/search-words.ts';
import { figureKeyCounts } from '../../domain/search-figures.ts';
import { FIELD_BITS, SEARCH_INDEX_VERSION, facetKey, shardOf, wordPatterns, type SearchDoc, type SearchIndex, type SearchShard, type PinyinVocabulary } from '../../domain/search-index.ts';
import { pinyinVocabulary } from './pinyin.ts';
import { variantMap } from './variants.ts';
import { ui } from '../../site.config.ts';

export { SEARCH_INDEX_VERSION, type SearchIndex } from '../../domain/search-index.ts';

/** What the index needs to know about a case: its frontmatter and its body as the model's sections. */
export interface IndexableCase {
  id: string;
  data: CaseData & { sections: readonly BodySection[] };
}

/** One case's share of the index, which depends on that case alone (so it can be cached per case). */
export interface CaseIndexPart {
  doc: SearchDoc;
  /** Per section: anchor, heading, text. */
  sections: [anchor: string, heading: string, text: string][];
  /** The body's terms (bigrams of Han text, keys of English words) and figure keys with their counts, `key\tcount` per line (one string keeps caching cheap). */
  terms: string;
  /** How many terms (bigrams and English words) the body has. */
  length: number;
  /** The terms of its short fields with the bits of the fields that hold them (`FIELD_BITS`), `key\tbits` per line. */
  fields: string;
  /** Names whose pinyin readers may type: title, tags, place, headings, statistics' subjects. */
  names: string[];
  /** Text whose words' pinyin readers may type: title and summary. */
  words: string[];
  /** Every distinct character of the case, for the traditional-character map. */
  characters: string;
}

/** Labels the index shows that the model holds elsewhere. */
export interface IndexLabels {
  seriesTitle: (id: string) => string;
  kindLabel: (kind: CaseData['kind']) => string;
}

// A heading names what its section is about: its terms count as often as this many mentions in the text.
const HEADING_WEIGHT = 3;

/** What one case contributes: its metadata entry, its sections' text, and its terms with their counts. */
export function indexCase(entry: IndexableCase, labels: IndexLabels): CaseIndexPart {
  const { data } = entry;
  const seriesTitle = labels.seriesTitle(data.series.id);
  const doc = {
    id: entry.id,
    title: data.title,
    summary: data.summary,
    series: data.series.id,
    seriesTitle,
    kind: data.kind,
    kindLabel: labels.kindLabel(data.kind),
    place: [data.place.province, data.place.city, data.place.district].filter(Boolean).join(' '),
    province: data.place.province,
    tags: data.tags,
    ...(data.en ? { en: data.en } : {}),
  };
  // The statistics (subject, metric, figure as printed) are searchable too, and link to the page's data table.
  // Each reads as a sentence in the interface's language (`ui.statTable.sentence`), so a snippet reads as text.
  const statsSection = { anchor: 'stat-table-heading', heading: ui.statTable.heading, text: data.stats.map((stat) => ui.statTable.sentence(stat.subject, stat.metric, stat.figure)).join('\n') };
  const sections = [...data.sections, ...(data.stats.length ? [statsSection] : [])].map((section): CaseIndexPart['sections'][number] => [section.anchor, section.heading, section.text]);
  const counts = new Map<string, number>();
  let length = 0;
  const add = (text: string, weight: number) => {
    for (const [term, count] of termCounts(text)) {
      counts.set(term, (counts.get(term) ?? 0) + count * weight);
      length += count;
    }
    for (const [key, count] of figureKeyCounts(text)) counts.set(key, (counts.get(key) ?? 0) + count * weight);
  };
  for (const [, heading, text] of sections) {
    add(heading, HEADING_WEIGHT);
    add(text, 1);
  }
  return {
    doc,
    fields: fieldTerms(doc),
    sections,
    terms: [...counts].map(([key, count]) => `${key}\t${count}`).join('\n'),
    length,
    names: [data.title, ...data.tags, seriesTitle, data.place.province, data.place.city, data.place.district ?? '', ...sections.map(([, heading]) => heading), ...data.stats.map((stat) => stat.subject)],
    words: [data.title, data.summary],
    characters: [...new Set(`${data.title}${data.summary}${sections.map(([, heading, text]) => heading + text).join('')}`)].join(''),
  };
}

/**
 * The terms of a case's short fields, each with the bits of the fields
 * that hold it: the terms a query's text form looks up (bigrams, English
 * word keys) and every English word key with stop words (a query of stop
 * words alone is searched in these fields). The English title and summary
 * count only for English words.
 */
export function fieldTerms(doc: SearchDoc): string {
  const bits = new Map<string, number>();
  const add = (key: string, bit: number) => bits.set(key, (bits.get(key) ?? 0) | bit);
  const fields: [bit: number, texts: string[], text: boolean][] = [
    [FIELD_BITS.title, [doc.title], true],
    [FIELD_BITS.tags, doc.tags, true],
    [FIELD_BITS.place, [doc.place], true],
    [FIELD_BITS.seriesTitle, [doc.seriesTitle], true],
    [FIELD_BITS.kindLabel, [doc.kindLabel], true],
    [FIELD_BITS.summary, [doc.summary], true],
    [FIELD_BITS.enTitle, [doc.en?.title ?? ''], false],
    [FIELD_BITS.enSummary, [doc.en?.summary ?? ''], false],
  ];
  for (const [bit, texts, text] of fields) {
    for (const value of texts) {
      if (text) for (const key of termKeys(value)) add(key, bit);
      for (const word of latinWords(value, { stopWords: true })) add(word.key, bit);
    }
  }
  return [...bits].map(([key, value]) => `${key}\t${value}`).join('\n');
}

// In a casebook this large, a bigram in more than this share of the cases is left out of the body postings.
const COMMON_MIN_DOCS = 100;
const COMMON_SHARE = 0.5;
// Counts above this add nothing to a BM25 score that matters; keeping them small keeps postings short.
const MAX_COUNT = 99;
// BM25's usual constants: a body's weight for a term is computed here, once, from its count and the body's length.
const K1 = 1.2;
const B = 0.75;
// About this many numbers (postings, fields, vocabulary entries) per shard: a few kilobytes gzip each.
const SHARD_NUMBERS = 3000;

/**
 * Builds the search index from the model (not by scraping pages), in one
 * pass over the cases and one over the keys (linear in the casebook): a
 * small meta.json every query reads; a keyed index of the bodies' and
 * short fields' terms, figures, filters and the correction vocabulary,
 * split into shards the browser fetches only for the keys a query has; one
 * file per case with what its result shows, fetched only for the results
 * shown; the short fields of every case for the fuzzy match, and the
 * pinyin vocabulary, each fetched only when a query needs them. `part` may
 * serve a case's share from a cache.
 */
export function buildSearchIndex<C extends IndexableCase>(
  cases: readonly C[],
  labels: IndexLabels,
  thesaurus: string[][] = [],
  part: (entry: C) => CaseIndexPart = (entry) => indexCase(entry, labels),
  vocabulary: (names: string[], words: string[]) => PinyinVocabulary = pinyinVocabulary,
): SearchIndex {
  return mergeIndexParts(cases.length, (index) => part(cases[index]!), thesaurus, vocabulary);
}

/**
 * The search index of `count` cases from their shares (`partAt`, in the
 * order the site lists the cases): what {@link buildSearchIndex} does once
 * each share is computed, for a worker thread that holds shares but not cases.
 */
export function mergeIndexParts(
  count: number,
  partAt: (index: number) => CaseIndexPart,
  thesaurus: string[][] = [],
  vocabulary: (names: string[], words: string[]) => PinyinVocabulary = pinyinVocabulary,
): SearchIndex {
  const docs: SearchIndex['docs'] = [];
  const lengths: number[] = [];
  const body = new Map<string, number[]>();
  const fields = new Map<string, number[]>();
  const facets = new Map<string, number[]>();
  const names: string[] = [];
  const words: string[] = [];
  const used = new Set<string>();
  // Two numbers, not a rest parameter, and lines scanned in place, not split: at 10,000 cases these run a few
  // million times, and an edit's rebuild merges every case's share again.
  const append = (map: Map<string, number[]>, key: string, doc: number, value?: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    if (value === undefined) list.push(doc);
    else list.push(doc, value);
  };
  const eachLine = (lines: string, use: (key: string, value: number) => void) => {
    let start = 0;
    while (start < lines.length) {
      let end = lines.indexOf('\n', start);
      if (end < 0) end = lines.length;
      const tab = lines.lastIndexOf('\t', end - 1);
      if (tab >= start) use(lines.slice(start, tab), Number(lines.slice(tab + 1, end)));
      start = end + 1;
    }
  };
  for (let docIndex = 0; docIndex < count; docIndex++) {
    const caseIndex = partAt(docIndex);
    docs.push({ doc: caseIndex.doc, sections: caseIndex.sections });
    lengths.push(caseIndex.length);
    eachLine(caseIndex.terms, (key, count) => append(body, key, docIndex, Math.min(MAX_COUNT, count)));
    eachLine(caseIndex.fields, (key, bits) => append(fields, key, docIndex, bits));
    for (const [filter, value] of [['series', caseIndex.doc.series], ['kind', caseIndex.doc.kind], ['province', caseIndex.doc.province]] as const) append(facets, facetKey(filter, value), docIndex);
    names.push(...caseIndex.names);
    words.push(...caseIndex.words);
    for (const char of caseIndex.characters) used.add(char);
  }
  for (const name of [...thesaurus.flat()]) for (const char of name) used.add(char);
  const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, count) || 1;
  const weight = (count: number, doc: number) => Math.max(1, Math.round((100 * count * (K1 + 1)) / (count + K1 * (1 - B + (B * (lengths[doc] ?? average)) / average))));
  const common: string[] = [];
  const terms = new Map<string, [number[], number[]]>();
  for (const [key, list] of body) {
    if (!key.startsWith('#') && count >= COMMON_MIN_DOCS && list.length / 2 > count * COMMON_SHARE) {
      common.push(key);
      continue;
    }
    for (let index = 1; index < list.length; index += 2) list[index] = weight(list[index]!, list[index - 1]!);
    terms.set(key, [gaps(list, 2), []]);
  }
  for (const [key, list] of fields) {
    const entry = terms.get(key);
    if (entry) entry[1] = gaps(list, 2);
    else terms.set(key, [[], gaps(list, 2)]);
  }
  const shardEntries: [shardKey: string, add: (shard: SearchShard) => void, size: number][] = [];
  for (const [key, entry] of terms) shardEntries.push([key, (shard) => ((shard.terms ??= {})[key] = entry), entry[0].length + entry[1].length]);
  for (const [key, list] of facets) shardEntries.push([`=${key}`, (shard) => ((shard.facets ??= {})[key] = gaps(list, 1)), list.length]);
  for (const [pattern, list] of correctionPatterns(docs)) shardEntries.push([`?${pattern}`, (shard) => ((shard.words ??= {})[pattern] = list), list.length * 3]);
  const shardCount = shardCountFor(shardEntries.reduce((sum, [, , size]) => sum + size, 0));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [shardKey, add] of shardEntries) add(shards[shardOf(shardKey, shardCount)]!);
  return {
    meta: { version: SEARCH_INDEX_VERSION, docCount: count, shardCount, common: common.sort(), variants: variantMap(used), thesaurus },
    shards,
    docs,
    fuzzy: docs.map(({ doc }) => ({ title: doc.title, tags: doc.tags, place: doc.place, seriesTitle: doc.seriesTitle, ...(doc.en ? { en: doc.en } : {}) })),
    pinyin: vocabulary(names, words),
  };
}

/** A postings list whose every `stride`-th number is a doc index, with those made gaps from the previous one (small numbers compress well). */
function gaps(list: number[], stride: number): number[] {
  for (let index = list.length - stride; index > 0; index -= stride) list[index] = list[index]! - list[index - stride]!;
  return list;
}

/**
 * The correction vocabulary by pattern: every 2–4 character run of the Han
 * text of titles, series, places and tags (case by case), then of headings,
 * with how often it occurs and when it was first seen (the engine prefers
 * the most frequent, then the first seen), filed under each of its
 * one-character-wildcard patterns, so a query word finds the words one
 * character away from it by looking up its own patterns.
 */
function correctionPatterns(docs: SearchIndex['docs']): Map<string, [string, number, number][]> {
  const vocabulary = new Map<number, Map<string, [count: number, order: number]>>();
  const add = (text: string) => {
    const chars = [...compact(text).text].filter((char) => /\p{Script=Han}/u.test(char));
    for (let length = 2; length <= 4; length++) {
      let words = vocabulary.get(length);
      if (!words) vocabulary.set(length, (words = new Map()));
      for (let index = 0; index + length <= chars.length; index++) {
        const word = chars.slice(index, index + length).join('');
        const seen = words.get(word);
        if (seen) seen[0]++;
        else words.set(word, [1, words.size]);
      }
    }
  };
  for (const { doc } of docs) [doc.title, doc.seriesTitle, doc.place, ...doc.tags].forEach(add);
  for (const { sections } of docs) for (const [, heading] of sections) add(heading);
  const patterns = new Map<string, [string, number, number][]>();
  for (const words of vocabulary.values()) {
    for (const [word, [count, order]] of words) {
      for (const pattern of wordPatterns(word)) {
        let list = patterns.get(pattern);
        if (!list) patterns.set(pattern, (list = []));
        list.push([word, count, order]);
      }
    }
  }
  return patterns;
}

/**
 * Shards grow with the index so each stays a few kilobytes: a power of
 * two, at least 16, about `SHARD_NUMBERS` numbers each.
 */
export function shardCountFor(numbers: number): number {
  let count = 16;
  while (count < numbers / SHARD_NUMBERS) count *= 2;
  return count;
}
