import type { CaseData } from '../../model/schemas/case.ts';
import type { BodySection } from '../../model/body/sections.ts';
import { shardOf, termCounts } from '../../domain/search-text.ts';
import { figureKeyCounts } from '../../domain/search-figures.ts';
import { SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndex, type SearchShard, type PinyinVocabulary } from '../../domain/search-index.ts';
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
  doc: Omit<SearchDoc, 'firstSection'>;
  /** Per section: anchor, heading, text. */
  sections: [anchor: string, heading: string, text: string][];
  /** The body's terms (bigrams of Han text, keys of English words) and figure keys with their counts, `key\tcount` per line (one string keeps caching cheap). */
  terms: string;
  /** How many terms (bigrams and English words) the body has. */
  length: number;
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
    sections,
    terms: [...counts].map(([key, count]) => `${key}\t${count}`).join('\n'),
    length,
    names: [data.title, ...data.tags, seriesTitle, data.place.province, data.place.city, data.place.district ?? '', ...sections.map(([, heading]) => heading), ...data.stats.map((stat) => stat.subject)],
    words: [data.title, data.summary],
    characters: [...new Set(`${data.title}${data.summary}${sections.map(([, heading, text]) => heading + text).join('')}`)].join(''),
  };
}

// In a casebook this large, a bigram in more than this share of the cases is left out of the postings.
const COMMON_MIN_DOCS = 100;
const COMMON_SHARE = 0.5;
// Counts above this add nothing to a BM25 score that matters; keeping them small keeps postings short.
const MAX_COUNT = 99;

/**
 * Builds the search index from the model (not by scraping pages): the
 * metadata every query reads, a postings index of the bodies' bigrams and
 * figures split into shards the browser fetches only for what a query has,
 * one text file per case fetched only to show its matching passage, and
 * the pinyin vocabulary fetched only for queries in Latin letters. `part`
 * may serve a case's share from a cache.
 */
export function buildSearchIndex<C extends IndexableCase>(
  cases: readonly C[],
  labels: IndexLabels,
  thesaurus: string[][] = [],
  part: (entry: C) => CaseIndexPart = (entry) => indexCase(entry, labels),
  vocabulary: (names: string[], words: string[]) => PinyinVocabulary = pinyinVocabulary,
): SearchIndex {
  const shardCount = shardCountFor(cases.length);
  const docs: SearchDoc[] = [];
  const sections: SearchIndex['meta']['sections'] = [];
  const texts: string[][] = [];
  const lengths: number[] = [];
  const postings = new Map<string, number[]>();
  const names: string[] = [];
  const words: string[] = [];
  const used = new Set<string>();
  cases.forEach((entry, docIndex) => {
    const caseIndex = part(entry);
    docs.push({ ...caseIndex.doc, firstSection: sections.length });
    texts.push(caseIndex.sections.map(([anchor, heading, text]) => (sections.push([docIndex, anchor, heading]), text)));
    lengths.push(caseIndex.length);
    for (const line of caseIndex.terms.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      const key = line.slice(0, tab);
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(docIndex, Math.min(MAX_COUNT, Number(line.slice(tab + 1))));
    }
    names.push(...caseIndex.names);
    words.push(...caseIndex.words);
    for (const char of caseIndex.characters) used.add(char);
  });
  for (const name of [...thesaurus.flat()]) for (const char of name) used.add(char);
  const common: string[] = [];
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, list] of postings) {
    const documents = list.length / 2;
    if (!key.startsWith('#') && cases.length >= COMMON_MIN_DOCS && documents > cases.length * COMMON_SHARE) {
      common.push(key);
      continue;
    }
    // Doc indexes as gaps from the previous one.
    for (let index = list.length - 2; index > 0; index -= 2) list[index] = list[index]! - list[index - 2]!;
    shards[shardOf(key, shardCount)]![key] = list;
  }
  return {
    meta: { version: SEARCH_INDEX_VERSION, shardCount, docs, sections, lengths, common: common.sort(), variants: variantMap(used), thesaurus },
    shards,
    texts,
    pinyin: vocabulary(names, words),
  };
}

/**
 * Shards grow with the casebook so each stays small (about four cases' worth
 * of bigrams): 16 for a handful of cases, 256 at 1,000, 1,024 at most.
 */
export function shardCountFor(caseCount: number): number {
  let count = 16;
  while (count < caseCount / 4 && count < 1024) count *= 2;
  return count;
}
