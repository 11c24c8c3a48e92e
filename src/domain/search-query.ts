import { compact, joinSingleCharacters } from './search-text.ts';
import { foldWord, hasLatin, isStopWord, latinSpans, latinWords } from './search-words.ts';
import * as normalise from './normalise.ts';
import { queryFigures } from './search-figures.ts';

/** One way a term may be found, with how much a match counts (the words typed count most). */
export interface Alternative {
  /**
   * `text`: a word or phrase in the compact form; `figure`: a figure key;
   * `english`: the keys of one or more Latin words (see `latinWords`), space-separated, all of which must be found.
   */
  kind: 'text' | 'figure' | 'english';
  value: string;
  weight: number;
}

/** A term of the query: what the reader typed and every form that finds it. */
export interface QueryTerm {
  /** As the reader typed it, shown when a result lacks it (缺少：…). */
  label: string;
  alternatives: Alternative[];
  /**
   * Made of English stop words only (`the`, `how`), which case texts are not
   * indexed by: searched in titles, summaries and tags alone. Only a query of
   * nothing else has such a term.
   */
  common?: boolean;
}

/**
 * A stretch of the query between question words and punctuation: searched
 * as one phrase when the casebook has it, else as its `parts` (the
 * space-separated pieces, then the words of each).
 */
export interface QueryRun {
  term: QueryTerm;
  parts: QueryRun[];
  /** Whether the parts are pieces the reader separated with spaces. */
  spaced?: boolean;
}

/** What reading a query needs from the index. */
export interface QueryContext {
  variants: Readonly<Record<string, string>>;
  thesaurus: readonly (readonly string[])[];
  /** The Han words a run of Latin letters spells in pinyin (see `PinyinMatcher`), when the vocabulary is loaded. */
  pinyin?: (letters: string) => string[];
}

// Weights of the other forms of a term, below what was typed.
export const WEIGHT = { typed: 1, pinyin: 0.9, synonym: 0.7, corrected: 0.6 } as const;

/**
 * Question words, particles and filler a reader types in a question
 * (蓬莱是怎么发展海上风电的, 哪个地方建了暖新驿站) that no case is about.
 */
const CHINESE_STOPWORDS = new Set(
  (
    '哪个 哪些 哪里 哪儿 哪家 哪 什么 怎么 怎样 怎么样 如何 为什么 为何 是否 是不是 有没有 有哪些 多少 几 吗 呢 吧 啊 呀 ' +
    '的 了 地 得 着 过 是 在 有 和 与 及 或 把 被 让 给 对 从 向 于 就 都 也 还 又 请问 请 一下 关于 有关 相关 介绍 ' +
    '我 我们 你 你们 他们 这 那 这个 那个 这些 那些 一个 谁 能 会 要 想 做 做了 怎么做 如何做 可以 哪一个'
  ).split(' '),
);

// Words a reader types about any case (`case study of …`), skipped in a query like stop words, though texts are indexed by them.
const QUERY_STOP_WORDS = new Set(['case', 'cases', 'study', 'studies']);

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * Reads a query into runs of terms: folded (full width to half width, lower
 * case), traditional characters made simplified, figures read by value
 * (三百亿元 finds 300亿元), Latin words tried as pinyin (whole syllables or
 * initials) and as English, question words and particles dropped, and each
 * word given its thesaurus equivalents.
 */
export function analyzeQuery(query: string, context: QueryContext): QueryRun[] {
  const variants = context.variants;
  let text = [...normalise.search(query)].map((char) => variants[char] ?? char).join('');
  const runs: QueryRun[] = [];
  // A figure inside a Latin word (the 5 of 5g, the 19 of covid-19) is part of the word; one that holds the whole word (40km) is a figure.
  const spans = latinSpans(text);
  const insideWord = (start: number, end: number) => spans.some(([from, to]) => from < end && start < to && (start > from || end < to));
  // Figures first, by value; what is left is read as words.
  for (const figure of queryFigures(text).filter((found) => !insideWord(found.start, found.end)).reverse()) {
    runs.unshift(leaf(figure.printed, [
      { kind: 'figure', value: figure.key, weight: WEIGHT.typed },
      { kind: 'text', value: compact(figure.printed).text, weight: WEIGHT.typed },
    ]));
    text = `${text.slice(0, figure.start)} | ${text.slice(figure.end)}`;
  }
  const groups = text.split(/\s*[|]\s*|[,，、;；。!！?？:：()（）[\]【】《》<>/~～·…—]+/u);
  const read = (stopWords: boolean) => [...runs, ...groups.flatMap((group) => readGroup(group, context, stopWords))].filter((run) => run.term.alternatives.length > 0);
  const found = read(false);
  // Only stop words (`the`, `how does it`): search them after all, where they can be found, rather than nothing.
  return found.length > 0 ? found : read(true);
}

/** A group of the query without separating punctuation: Han runs and Latin words, in order. */
function readGroup(group: string, context: QueryContext, stopWords: boolean): QueryRun[] {
  const runs: QueryRun[] = [];
  // Tokens: Han (with what a phrase may hold, such as quotation marks) or Latin words and digits, split at spaces.
  const tokens = group.split(/\s+/).filter(Boolean).flatMap((piece) => piece.match(/[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{M}\p{N}.%'’‐‑-]*|[^\p{Script=Latin}\p{N}\s]+/gu) ?? []);
  let han: string[] = [];
  let latin: string[] = [];
  const flushHan = () => {
    if (han.length) runs.push(...hanRuns(han, context));
    han = [];
  };
  const flushLatin = () => {
    if (latin.length) runs.push(...latinRuns(latin, context, stopWords));
    latin = [];
  };
  for (const token of tokens) {
    if (/^[\p{Script=Latin}\p{N}]/u.test(token)) {
      flushHan();
      latin.push(token);
    } else {
      flushLatin();
      if (compact(token).text) han.push(compact(token).text);
    }
  }
  flushHan();
  flushLatin();
  return runs;
}

/**
 * Space-separated Han pieces read together: split at question words and
 * particles; each stretch is tried as one phrase (新 就业 群体 → 新就业群体),
 * else piece by piece, else word by word.
 */
function hanRuns(pieces: string[], context: QueryContext): QueryRun[] {
  const joined = pieces.join('');
  const starts = new Set<number>();
  pieces.reduce((offset, piece) => (starts.add(offset), offset + piece.length), 0);
  const segments = segmenter ? [...segmenter.segment(joined)].map((part) => ({ text: part.segment, start: part.index })) : [{ text: joined, start: 0 }];
  const stretches: { text: string; start: number }[][] = [[]];
  for (const segment of segments) {
    if (CHINESE_STOPWORDS.has(segment.text) && segments.length > 1) stretches.push([]);
    else stretches.at(-1)!.push(segment);
  }
  return stretches.filter((stretch) => stretch.length > 0).map((stretch) => {
    const text = stretch.map((segment) => segment.text).join('');
    // The reader's own spaces first, then the segmenter's words (single characters joined: 外|卖|骑|手 → 外卖骑手).
    const byPieces: { text: string; start: number }[][] = [];
    for (const segment of stretch) {
      if (byPieces.length === 0 || starts.has(segment.start)) byPieces.push([]);
      byPieces.at(-1)!.push(segment);
    }
    const parts = byPieces.length > 1 ? byPieces.map((piece) => wordRun(piece, context)) : wordParts(stretch, context);
    return { term: hanTerm(text, context), parts: parts.length === 1 && parts[0]!.term.label === text ? [] : parts, spaced: byPieces.length > 1 };
  });
}

function wordRun(segments: { text: string }[], context: QueryContext): QueryRun {
  const text = segments.map((segment) => segment.text).join('');
  const parts = wordParts(segments, context);
  return { term: hanTerm(text, context), parts: parts.length === 1 ? [] : parts };
}

function wordParts(segments: { text: string }[], context: QueryContext): QueryRun[] {
  return joinSingleCharacters(segments.map((segment) => segment.text)).map((word) => ({ term: hanTerm(word, context), parts: [] }));
}

function hanTerm(text: string, context: QueryContext): QueryTerm {
  return { label: text, alternatives: withSynonyms([{ kind: 'text', value: text, weight: WEIGHT.typed }], context) };
}

/**
 * Latin words: the longest stretch that spells casebook words in pinyin
 * (`lanse zhigu`, `penglai`, `lszg`) becomes one term; every other word is
 * searched as an English word (stemmed: `farming` finds `farm`), and digits
 * that are no figure as text. A hyphenated word is searched whole
 * (`clean-up` finds `cleanup` and `clean-up`), else by its parts. Stop words
 * are dropped unless `stopWords` (a query of nothing else).
 */
function latinRuns(tokens: string[], context: QueryContext, stopWords: boolean): QueryRun[] {
  const runs: QueryRun[] = [];
  for (let start = 0; start < tokens.length; ) {
    let matched = 0;
    let han: string[] = [];
    for (let end = tokens.length; end > start && context.pinyin; end--) {
      const letters = tokens.slice(start, end).join('');
      if (!/^[a-z]+$/.test(letters) || letters.length < 2) continue;
      han = context.pinyin(letters);
      if (han.length) {
        matched = end - start;
        break;
      }
    }
    // Else an English phrase of the thesaurus (`litter picking`): one term with its equivalents, else its words.
    const phrase = matched ? undefined : thesaurusPhrase(tokens, start, context);
    if (phrase) {
      const words = tokens.slice(start, phrase.end);
      start = phrase.end;
      runs.push({ term: { label: words.join(' '), alternatives: withSynonyms([{ kind: 'english', value: phrase.value, weight: WEIGHT.typed }], context) }, parts: latinRuns(words, { ...context, thesaurus: [] }, stopWords) });
      continue;
    }
    const words = tokens.slice(start, start + Math.max(1, matched));
    start += words.length;
    const pinyin = han.map((value): Alternative => ({ kind: 'text', value, weight: WEIGHT.pinyin }));
    if (words.length > 1) {
      runs.push(leaf(words.join(' '), withSynonyms(pinyin, context)));
      continue;
    }
    const word = words[0]!;
    if (!hasLatin(word)) {
      runs.push(leaf(word, withSynonyms([...pinyin, { kind: 'text', value: compact(word).text, weight: WEIGHT.typed }], context)));
      continue;
    }
    let first = true;
    for (const whole of latinWords(word, { stopWords: true, parts: false })) {
      const written = word.slice(whole.start, whole.end);
      const folded = foldWord(written.replace(/[-‐‑]/gu, ''));
      if (!stopWords && (isStopWord(folded) || QUERY_STOP_WORDS.has(folded))) continue;
      const run = leaf(written, withSynonyms([...(first ? pinyin : []), { kind: 'english', value: whole.key, weight: WEIGHT.typed }], context));
      if (isStopWord(folded)) run.term.common = true;
      // The parts of a hyphenated word, searched when the whole is found nowhere.
      run.parts = latinWords(written, { stopWords })
        .slice(1)
        .map((part) => leaf(written.slice(part.start, part.end), withSynonyms([{ kind: 'english', value: part.key, weight: WEIGHT.typed }], context)));
      runs.push(run);
      first = false;
    }
    if (first && pinyin.length) runs.push(leaf(word, withSynonyms(pinyin, context)));
  }
  return runs;
}

/** Adds the thesaurus equivalents of each text or English form, below it. */
export function withSynonyms(alternatives: Alternative[], context: Pick<QueryContext, 'thesaurus' | 'variants'>): Alternative[] {
  const result = [...alternatives];
  const seen = new Set(alternatives.map((alternative) => `${alternative.kind}:${alternative.value}`));
  for (const alternative of alternatives) {
    if (alternative.kind === 'figure') continue;
    for (const group of context.thesaurus) {
      const members = group.map((word) => thesaurusForm(word, context.variants));
      if (!members.some((member) => member.kind === alternative.kind && member.value === alternative.value)) continue;
      for (const member of members) {
        if (!member.value || seen.has(`${member.kind}:${member.value}`)) continue;
        seen.add(`${member.kind}:${member.value}`);
        result.push({ ...member, weight: Math.min(alternative.weight, WEIGHT.synonym) });
      }
    }
  }
  return result;
}

/** The longest run of `tokens` from `start` (two words or more) that is an English phrase of the thesaurus: where it ends and its keys. */
function thesaurusPhrase(tokens: string[], start: number, context: Pick<QueryContext, 'thesaurus' | 'variants'>): { end: number; value: string } | undefined {
  const phrases = new Set(context.thesaurus.flat().map((word) => thesaurusForm(word, context.variants)).filter((form) => form.kind === 'english' && form.value.includes(' ')).map((form) => form.value));
  if (phrases.size === 0) return undefined;
  for (let end = tokens.length; end >= start + 2; end--) {
    const value = latinWords(tokens.slice(start, end).join(' '), { parts: false }).map((found) => found.key).join(' ');
    if (phrases.has(value)) return { end, value };
  }
  return undefined;
}

/** How a thesaurus word is searched: Latin words alone as English words (`river clean-up`), anything else as text. */
function thesaurusForm(word: string, variants: Readonly<Record<string, string>>): Pick<Alternative, 'kind' | 'value'> {
  if (hasLatin(word) && !/\p{Script=Han}/u.test(word)) return { kind: 'english', value: latinWords(word, { parts: false }).map((found) => found.key).join(' ') };
  return { kind: 'text', value: compact(word, variants).text };
}

function leaf(label: string, alternatives: Alternative[]): QueryRun {
  return { term: { label, alternatives }, parts: [] };
}

/** Every term a run may resolve to (the phrase, its pieces, their words), for highlighting. */
export function allTerms(runs: readonly QueryRun[]): QueryTerm[] {
  return runs.flatMap((run) => [run.term, ...allTerms(run.parts)]);
}

