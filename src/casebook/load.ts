import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { caseSchema, type CaseData } from './schemas/case.ts';
import { seriesSchema, type Series } from './schemas/series.ts';
import { sourceSchema, type Source } from './schemas/source.ts';
import { slugSchema } from './schemas/ids.ts';
import { thesaurusSchema } from './schemas/thesaurus.ts';
import { contentPaths } from './paths.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readCaseBody, type CaseBody } from './case-body.ts';
import { validateSource } from './validate.ts';
import { lazyYamlSource, parseYamlSource, type YamlSource } from './yaml-source.ts';
import type { ModelCache } from './cache.ts';
import { codeVersion } from './code-version.ts';
import { UNKNOWN } from './schemas/unknown.ts';
import { digestOf } from '../domain/digest.ts';
import { basePath } from '../domain/urls.ts';

/** One validated content entry with what is needed to point back into its file. */
export interface LoadedEntry<T> {
  id: string;
  /** Path relative to the project root, as diagnostics print it. */
  file: string;
  data: T;
  /** Position of any field, for later whole-casebook checks. */
  source: YamlSource;
}

/** A case study entry: frontmatter plus its MDX body, read once into a tree. */
export interface LoadedCase extends LoadedEntry<CaseData> {
  /** The body's source text (after the frontmatter). */
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
  /** The body parsed and checked on its own (see `readCaseBody`). */
  parsed: CaseBody;
  /** A digest of the file's text, the source names it may show and the code that read it. */
  digest: string;
}

/** The whole casebook as read from disk, with everything wrong found while reading it. */
export interface Casebook {
  /** The collection folders the casebook was read from. */
  paths: ReturnType<typeof contentPaths>;
  cases: LoadedCase[];
  series: LoadedEntry<Series>[];
  sources: LoadedEntry<Source>[];
  /** The search thesaurus's groups of equivalent words (`content/thesaurus.yaml`; none without the file). */
  thesaurus: string[][];
  diagnostics: Diagnostic[];
}

/**
 * Reads and validates every content file under `root` without Astro: the
 * same schemas the collections use, with diagnostics at file, line and
 * column. `contentDir` defaults to `content`; with a `cache`, cases
 * unchanged since the last run are not parsed again.
 * Entries that fail validation are left out of the result lists.
 */
export async function loadCasebook(root: string, contentDir?: string, cache?: ModelCache): Promise<Casebook> {
  const paths = contentPaths(contentDir);
  const diagnostics: Diagnostic[] = [];
  const series = await loadYamlCollection(root, paths.series.base, seriesSchema, diagnostics);
  const sources = await loadYamlCollection(root, paths.sources.base, sourceSchema, diagnostics);
  const names = new Map(sources.map((entry) => [entry.id, entry.data.title === UNKNOWN ? entry.data.description : entry.data.title]));
  const context: CaseContext = { cache, sourceName: (id) => names.get(id) ?? id, sourcesKey: digestOf([...names]) };
  const cases: LoadedCase[] = [];
  for (const { id, file, text } of await readCollection(root, paths.cases.base, '.mdx', diagnostics)) {
    const parsed = parseCaseFile(id, file, text, context);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    cases.push(parsed.entry);
  }
  const thesaurus = await loadThesaurus(root, paths.thesaurus, diagnostics);
  return { paths, cases, series, sources, thesaurus, diagnostics };
}

/** The thesaurus file's groups, or none when there is no file (it is optional). */
async function loadThesaurus(root: string, file: string, diagnostics: Diagnostic[]): Promise<string[][]> {
  const text = await readFile(path.resolve(root, file), 'utf8').catch(() => undefined);
  if (text === undefined || text.trim() === '') return [];
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics);
    return [];
  }
  const result = validateSource(thesaurusSchema, parsed.source, file);
  if (!result.ok) {
    diagnostics.push(...result.diagnostics);
    return [];
  }
  return result.data.groups;
}

/** What reading a case needs besides its text: the source records (for the hover text) and a cache. */
export interface CaseContext {
  /** The name a reader sees for a source id (its title, or its description when the title is unknown). */
  sourceName?: (id: string) => string;
  /** Results of earlier runs; a case whose text, sources and code are unchanged is not parsed again. */
  cache?: ModelCache;
  /** A digest of everything `sourceName` can answer, part of each case's cache key. */
  sourcesKey?: string;
}

/** The cache key of a case: its file, its text, the source names it may show, and the code. */
// The base path is in the key: it is in the rendered links.
const caseKey = (file: string, text: string, context: CaseContext) => ['case', codeVersion(), basePath(), file, text, context.sourcesKey ?? ''];

/**
 * Everything derived from one case file on its own: frontmatter validated,
 * body parsed, checked and rendered (or the diagnostics that stopped it).
 * Pure, so the cache can keep it.
 */
function readCaseRecord(file: string, text: string, sourceName: (id: string) => string): CaseRecord | { diagnostics: Diagnostic[] } {
  const split = readFrontmatter(text, file);
  if (!split.ok) return { diagnostics: split.diagnostics };
  const { frontmatter, body, bodyLine, yamlText } = split.value;
  const result = validateSource(caseSchema, frontmatter, file);
  if (!result.ok) return { diagnostics: result.diagnostics };
  const parsed = readCaseBody(file, body, bodyLine, result.data, frontmatter.locate, sourceName);
  return { yamlText, value: frontmatter.value, data: result.data, body, bodyLine, parsed };
}

/** What the cache keeps per case: everything derived from its text alone. */
interface CaseRecord {
  yamlText: string;
  value: unknown;
  data: CaseData;
  body: string;
  bodyLine: number;
  parsed: CaseBody;
}

/**
 * Parses and validates one case study's MDX text, and reads its body once:
 * checks that need only this file, the rendered HTML and the search
 * sections. `file` is how diagnostics name it.
 */
export function parseCaseFile(
  id: string,
  file: string,
  text: string,
  context: CaseContext = {},
): { ok: true; entry: LoadedCase } | { ok: false; diagnostics: Diagnostic[] } {
  const compute = () => readCaseRecord(file, text, context.sourceName ?? ((source) => source));
  // The digest of everything the record depends on also names the case's state for later caches (search, originality).
  const digest = digestOf(caseKey(file, text, context));
  const record = context.cache ? context.cache.memoDigest(digest, compute) : compute();
  if ('diagnostics' in record) return { ok: false, diagnostics: record.diagnostics };
  const { yamlText, value, data, body, bodyLine, parsed } = record;
  return { ok: true, entry: { id, file, data, source: lazyYamlSource(value, yamlText, file, 2), body, bodyLine, parsed, digest } };
}

async function loadYamlCollection<S extends z.ZodType>(
  root: string,
  base: string,
  schema: S,
  diagnostics: Diagnostic[],
): Promise<LoadedEntry<z.output<S>>[]> {
  const entries: LoadedEntry<z.output<S>>[] = [];
  for (const { id, file, text } of await readCollection(root, base, '.yaml', diagnostics)) {
    if (text.trim() === '') {
      diagnostics.push({ file, line: 1, column: 1, message: 'the file is empty' });
      continue;
    }
    const parsed = parseYamlSource(text, file);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    const result = validateSource(schema, parsed.source, file);
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      continue;
    }
    entries.push({ id, file, data: result.data, source: parsed.source });
  }
  return entries;
}

/**
 * Lists a collection's files. The file name is the entry's id, so it must be
 * a slug, and two files may not differ only in case or extension nesting.
 */
async function readCollection(root: string, base: string, extension: string, diagnostics: Diagnostic[]) {
  const directory = path.resolve(root, base);
  let names: string[];
  try {
    names = (await readdir(directory, { recursive: extension === '.mdx' })) as string[];
  } catch {
    diagnostics.push({ file: base, line: 1, column: 1, message: `folder not found: create ${base}/` });
    return [];
  }
  const files = names.filter((name) => name.endsWith(extension)).sort();
  const seen = new Map<string, string>();
  const result: { id: string; file: string; name: string }[] = [];
  for (const name of files) {
    const file = path.relative(root, path.join(directory, name)).split(path.sep).join('/');
    const id = path.basename(name, extension);
    if (!slugSchema.safeParse(id).success) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        message: `file name "${id}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "penglai-chain${extension}"`,
      });
      continue;
    }
    const previous = seen.get(id);
    if (previous) {
      diagnostics.push({ file, line: 1, column: 1, message: `duplicate id "${id}": ${previous} has the same id` });
      continue;
    }
    seen.set(id, file);
    result.push({ id, file, name });
  }
  // Read together: one at a time, a thousand small reads spend most of their time waiting.
  return Promise.all(result.map(async ({ id, file, name }) => ({ id, file, text: await readFile(path.join(directory, name), 'utf8') })));
}

/** The file position of an offset into a case's body, for diagnostics about the prose. */
export function bodyPosition(entry: Pick<LoadedCase, 'body' | 'bodyLine'>, offset: number): { line: number; column: number } {
  const before = entry.body.slice(0, offset);
  const lineBreaks = before.match(/\n/g)?.length ?? 0;
  return { line: entry.bodyLine + lineBreaks, column: offset - before.lastIndexOf('\n') };
}
