import { appendAll } from '../domain/append-all.ts';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { CaseData } from './schemas/case.ts';
import { seriesSchema, type Series } from './schemas/series.ts';
import { sourceSchema, type Source } from './schemas/source.ts';
import { thesaurusSchema } from './schemas/thesaurus.ts';
import { contentPaths } from './files/paths.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CaseBody } from './case-body.ts';
import { readCaseRecord, type CaseRecordResult } from './case-record.ts';
import { readCaseRecords } from './read-in-workers.ts';
import { validateSource } from './validate.ts';
import { lazyYamlSource, parseYamlSource, type YamlSource } from './files/yaml-source.ts';
import type { ModelCache } from './cache.ts';
import { codeVersion } from './code-version.ts';
import { UNKNOWN } from './schemas/unknown.ts';
import { digestOf } from '../domain/digest.ts';
import { basePath } from '../domain/urls.ts';
import { site } from '../site.config.ts';
import { COLLECTION_RULES, listCollection, type CollectionRule } from './files/collection-files.ts';
import { describeProblem, readTextFile } from './files/text-file.ts';
import { MAX_CONTENT_FILE_BYTES } from './files/limits.ts';
import { mapLimited } from '../store/limited.ts';
import { FALLBACK_SETTINGS, readSettings } from './settings.ts';
import { yamlTextProblems } from './checks/text-policy.ts';
import type { CasebookSettings } from './schemas/casebook.ts';
import type { BodyRules } from './case-body.ts';

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
  /** The content folder as given (relative to the project root, or absolute). */
  contentDir: string;
  /** The casebook's own settings (`casebook.yaml`); a neutral placeholder while that file has errors. */
  settings: CasebookSettings;
  /** Where `casebook.yaml` is, as diagnostics name it, and the file as parsed (none when it did not parse). */
  settingsFile: { file: string; source?: YamlSource };
  cases: LoadedCase[];
  series: LoadedEntry<Series>[];
  sources: LoadedEntry<Source>[];
  /** The search thesaurus's groups of equivalent words (`content/thesaurus.yaml`; none without the file). */
  thesaurus: string[][];
  /**
   * Ids of series and sources whose file is there but was reported instead
   * of loaded (not UTF-8, invalid YAML, a schema error, `x.yml`): a case
   * naming one is not told the file is missing, since it is not.
   */
  reported: { series: ReadonlySet<string>; sources: ReadonlySet<string> };
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
  const notFolder = await notAFolder(root, contentDir ?? 'content');
  if (notFolder) return emptyCasebook(paths, contentDir ?? 'content', [notFolder]);
  const settingsRead = readSettings(root, contentDir ?? 'content');
  const settings = settingsRead.settings;
  const diagnostics: Diagnostic[] = [...settingsRead.diagnostics];
  const reported = { series: new Set<string>(), sources: new Set<string>() };
  const series = await loadYamlCollection(root, paths.series.base, COLLECTION_RULES.series, seriesSchema, diagnostics, reported.series);
  const sources = await loadYamlCollection(root, paths.sources.base, COLLECTION_RULES.sources, sourceSchema, diagnostics, reported.sources);
  const names = new Map(sources.map((entry) => [entry.id, entry.data.title === UNKNOWN ? entry.data.description : entry.data.title]));
  const rules: BodyRules = { sections: settings.sections, lang: settings.lang };
  const context: CaseContext = { cache, sourceNames: names, sourcesKey: digestOf([...names, rules]), rules };
  const cases: LoadedCase[] = [];
  for (const parsed of await readCases(root, paths.cases.base, diagnostics, context)) {
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    cases.push(parsed.entry);
  }
  const thesaurus = await loadThesaurus(root, paths.thesaurus, diagnostics);
  return {
    paths,
    contentDir: contentDir ?? 'content',
    settings,
    settingsFile: { file: settingsRead.file, source: settingsRead.source },
    cases,
    series,
    sources,
    thesaurus,
    reported,
    diagnostics,
  };
}

/**
 * One error when the content folder is not a folder (`CASEBOOK_CONTENT` or `--content` naming a file, or a
 * folder that is not there), instead of one per file and collection looked for inside it.
 */
async function notAFolder(root: string, contentDir: string): Promise<Diagnostic | undefined> {
  const info = await stat(path.resolve(root, contentDir)).catch(() => undefined);
  if (info?.isDirectory()) return undefined;
  const what = info ? 'which is a file, not a folder' : 'which does not exist';
  return {
    file: contentDir,
    line: 1,
    column: 1,
    message: `the content folder (CASEBOOK_CONTENT or --content) is ${contentDir}, ${what}: name the folder that holds casebook.yaml, cases/, series/ and sources/ (npm run init creates one)`,
  };
}

/** A casebook with nothing in it but `diagnostics`, for a content folder that cannot be read at all. */
function emptyCasebook(paths: ReturnType<typeof contentPaths>, contentDir: string, diagnostics: Diagnostic[]): Casebook {
  return {
    paths,
    contentDir,
    settings: FALLBACK_SETTINGS,
    settingsFile: { file: path.posix.join(contentDir, 'casebook.yaml') },
    cases: [],
    series: [],
    sources: [],
    thesaurus: [],
    reported: { series: new Set(), sources: new Set() },
    diagnostics,
  };
}

/** The thesaurus file's groups, or none when there is no file (it is optional). */
async function loadThesaurus(root: string, file: string, diagnostics: Diagnostic[]): Promise<string[][]> {
  diagnostics.push(...(await misnamedThesaurus(root, file)));
  const read = await readTextFile(path.resolve(root, file), MAX_CONTENT_FILE_BYTES, path.resolve(root, path.posix.dirname(file)));
  if (!read.ok && read.reason === 'missing') return [];
  if (!read.ok) {
    diagnostics.push({ file, column: 1, ...describeProblem(read, 'the file') });
    return [];
  }
  const text = read.text;
  if (text.trim() === '') return [];
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics);
    return [];
  }
  const refused = yamlTextProblems(parsed.source, file);
  if (refused.length) {
    diagnostics.push(...refused);
    return [];
  }
  const result = validateSource(thesaurusSchema, parsed.source, file);
  if (!result.ok) {
    diagnostics.push(...result.diagnostics);
    return [];
  }
  return result.data.groups;
}

/** An error for a thesaurus saved under another spelling of its name (`thesaurus.yml`, `Thesaurus.yaml`), which would otherwise be passed over. */
async function misnamedThesaurus(root: string, file: string): Promise<Diagnostic[]> {
  const folder = path.posix.dirname(file);
  const expected = path.posix.basename(file);
  const names = ((await readdir(path.resolve(root, folder)).catch(() => [])) as string[]).filter((name) => name !== expected && /^thesaurus\.ya?ml$/i.test(name));
  return names.map((name) => ({ file: path.posix.join(folder, name), line: 1, column: 1, message: `the thesaurus must be named ${expected}: rename it to ${expected}` }));
}

/** What reading a case needs besides its text: the source records (for the hover text) and a cache. */
export interface CaseContext {
  /** The name a reader sees for each source id (its title, or its description when the title is unknown); an unnamed source shows its id. */
  sourceNames?: ReadonlyMap<string, string>;
  /** Results of earlier runs; a case whose text, sources and code are unchanged is not parsed again. */
  cache?: ModelCache;
  /** A digest of `sourceNames` and of the `rules`, part of each case's cache key. */
  sourcesKey?: string;
  /** The casebook's sections and language (see `BodyRules`); the Chinese defaults when absent. */
  rules?: BodyRules;
}

/** The cache key of a case: its file, its text, the source names it may show, and the code. */
// The base path is in the key: it is in the rendered links; so is the interface language, in the figures' hover text and the footnotes.
const caseKey = (file: string, text: string, context: CaseContext) => ['case', codeVersion(), basePath(), site.lang, file, text, context.sourcesKey ?? ''];

/** Everything besides the file itself a case's result depends on (see `caseKey`), in its fingerprint. */
const contextKey = (context: CaseContext) => digestOf(['case', codeVersion(), basePath(), site.lang, context.sourcesKey ?? '']);

/** A case whose text, settings, sources and code are unchanged, from the cache without reading its file (or undefined). */
function cachedCase(id: string, file: string, fingerprint: string | undefined, context: CaseContext): ReturnType<typeof parseCaseFile> | undefined {
  const cache = context.cache;
  const digest = fingerprint === undefined ? undefined : cache?.knownDigest(file, fingerprint);
  const record = digest === undefined ? undefined : cache?.peek<CaseRecordResult>(digest);
  if (!record || !digest) return undefined;
  cache?.rememberFile(file, fingerprint!, digest);
  return entryOf(id, file, digest, record);
}

/**
 * Reads the cases: a file whose fingerprint (see `statFingerprint`) is the
 * one recorded when the cache last read it is taken from the cache without
 * being read or hashed; every other file is read (see `readCollection`),
 * parsed and recorded.
 */
async function readCases(root: string, base: string, diagnostics: Diagnostic[], context: CaseContext): Promise<ReturnType<typeof parseCaseFile>[]> {
  const cache = context.cache;
  const listing = await listCollection(root, base, COLLECTION_RULES.cases);
  const suffix = cache ? `|${contextKey(context)}` : '';
  // Looked at together: ten thousand stat calls one after another spend most of their time waiting.
  const fingerprints = cache ? await Promise.all(listing.files.map(async (entry) => statFingerprint(entry.absolute))) : [];
  const results: ReturnType<typeof parseCaseFile>[] = [];
  const toRead: { at: number; fingerprint?: string }[] = [];
  listing.files.forEach((entry, at) => {
    const fingerprint = fingerprints[at] === undefined ? undefined : `${fingerprints[at]}${suffix}`;
    const cached = cachedCase(entry.id, entry.file, fingerprint, context);
    if (cached) results[at] = cached;
    else toRead.push({ at, fingerprint });
  });
  const read = await readListed(root, base, COLLECTION_RULES.cases, { ...listing, files: toRead.map(({ at }) => listing.files[at]!) }, diagnostics, new Set(), listing.files);
  const byFile = new Map(read.map((entry) => [entry.file, entry]));
  const fresh: { at: number; fingerprint?: string; id: string; file: string; text: string; digest: string }[] = [];
  for (const { at, fingerprint } of toRead) {
    const text = byFile.get(listing.files[at]!.file);
    if (text) fresh.push({ at, fingerprint, ...text, digest: digestOf(caseKey(text.file, text.text, context)) });
  }
  // A file read again (its times changed) whose text is the same is still in the cache; the rest are read now.
  const missing = fresh.filter((entry) => cache?.peek(entry.digest) === undefined);
  const records = await readCaseRecords(missing, context.sourceNames ?? new Map(), context.rules);
  const computed = new Map(missing.map((entry, index) => [entry.digest, records[index]!]));
  for (const { at, fingerprint, id, file, digest } of fresh) {
    const record = cache ? cache.memoDigest(digest, () => computed.get(digest)!) : computed.get(digest)!;
    if (fingerprint !== undefined) cache?.rememberFile(file, fingerprint, digest);
    results[at] = entryOf(id, file, digest, record);
  }
  return results.filter((result) => result !== undefined);
}

/**
 * What identifies a file's state without reading it: size, modification and
 * change times in nanoseconds, inode and device. Any write changes the
 * change time, even one that sets the modification time back (`touch -d`).
 * Undefined (the file is read) when it is not a regular file, or was changed
 * in the last two seconds: a second edit within the file system's clock tick
 * could leave every field as it was (git's "racily clean" files).
 */
async function statFingerprint(absolute: string): Promise<string | undefined> {
  const info = await stat(absolute, { bigint: true }).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const now = BigInt(Date.now()) * 1_000_000n;
  const latest = info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs;
  if (now - latest < RACY_NS) return undefined;
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`;
}

// Changes younger than this are not trusted to show in the fingerprint (see `statFingerprint`).
const RACY_NS = 2_000_000_000n;

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
  const compute = () => readCaseRecord(file, text, (source) => context.sourceNames?.get(source) ?? source, context.rules);
  // The digest of everything the record depends on also names the case's state for later caches (search, originality).
  const digest = digestOf(caseKey(file, text, context));
  const record = context.cache ? context.cache.memoDigest(digest, compute) : compute();
  return entryOf(id, file, digest, record);
}

/** The loaded case (or its diagnostics) from what the cache keeps. */
function entryOf(id: string, file: string, digest: string, record: CaseRecordResult): { ok: true; entry: LoadedCase } | { ok: false; diagnostics: Diagnostic[] } {
  if ('diagnostics' in record) return { ok: false, diagnostics: record.diagnostics };
  const { yamlText, value, data, body, bodyLine, parsed } = record;
  return { ok: true, entry: { id, file, data, source: lazyYamlSource(value, yamlText, file, 2), body, bodyLine, parsed, digest } };
}

async function loadYamlCollection<S extends z.ZodType>(
  root: string,
  base: string,
  rule: CollectionRule,
  schema: S,
  diagnostics: Diagnostic[],
  reported: Set<string>,
): Promise<LoadedEntry<z.output<S>>[]> {
  const entries: LoadedEntry<z.output<S>>[] = [];
  for (const { id, file, text } of await readCollection(root, base, rule, diagnostics, reported)) {
    const loaded = loadYamlEntry(id, file, text, schema);
    if ('diagnostics' in loaded) {
      diagnostics.push(...loaded.diagnostics);
      reported.add(id);
      continue;
    }
    entries.push(loaded);
  }
  return entries;
}

/** One series or source file: parsed and validated, or the diagnostics that stopped it. */
function loadYamlEntry<S extends z.ZodType>(id: string, file: string, text: string, schema: S): LoadedEntry<z.output<S>> | { diagnostics: Diagnostic[] } {
  if (text.trim() === '') return { diagnostics: [{ file, line: 1, column: 1, message: 'the file is empty' }] };
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) return parsed;
  const refused = yamlTextProblems(parsed.source, file);
  if (refused.length) return { diagnostics: refused };
  const result = validateSource(schema, parsed.source, file);
  if (!result.ok) return result;
  return { id, file, data: result.data, source: parsed.source };
}

/**
 * Lists a collection's files (see `listCollection`) and reads them as UTF-8
 * text of at most {@link MAX_CONTENT_FILE_BYTES}. Every file that cannot be
 * an entry is one diagnostic; the ids of those that are there but were
 * reported go into `reported`.
 */
async function readCollection(root: string, base: string, rule: CollectionRule, diagnostics: Diagnostic[], reported: Set<string>) {
  const listing = await listCollection(root, base, rule);
  return readListed(root, base, rule, listing, diagnostics, reported, listing.files);
}

/** Reads the files of `listing`; `all` is every file listed (some may be known without reading), to see what appeared during the read. */
async function readListed(
  root: string,
  base: string,
  rule: CollectionRule,
  listing: Awaited<ReturnType<typeof listCollection>>,
  diagnostics: Diagnostic[],
  reported: Set<string>,
  all: readonly { file: string }[],
) {
  appendAll(diagnostics, listing.diagnostics);
  for (const id of listing.rejected) reported.add(id);
  // Read together, since one at a time a thousand small reads spend most of their time waiting, but a few hundred
  // at a time: fifty thousand open files at once run past the process's limit (EMFILE) and those cases would fail.
  const read = await mapLimited(listing.files, async ({ id, file, absolute }) => ({ id, file, read: await readTextFile(absolute, MAX_CONTENT_FILE_BYTES) }));
  const texts: { id: string; file: string; text: string }[] = [];
  for (const { id, file, read: result } of read) {
    if (result.ok) {
      texts.push({ id, file, text: result.text });
      continue;
    }
    // A file removed between the listing and the read: say so rather than publish a casebook without it.
    if (result.reason === 'missing') diagnostics.push({ file, line: 1, column: 1, message: VANISHED });
    else diagnostics.push({ file, column: 1, ...describeProblem(result, 'the file') });
    reported.add(id);
  }
  // One state of the folder: a file that appeared (or went) while the others were read means an editor saved during
  // the read, and the casebook read is not the one on disk. Listing again costs one walk of the folder.
  const before = new Set(all.map((entry) => entry.file));
  const after = await listCollection(root, base, rule);
  for (const entry of after.files) if (!before.has(entry.file)) diagnostics.push({ file: entry.file, line: 1, column: 1, message: APPEARED });
  return texts;
}

/** A file listed, then gone when read: an editor's save (delete, then write) or a removal during the read. */
export const VANISHED = 'the file vanished while the casebook was read (deleted or saved at that moment): run it again once the file is saved; a case is never left out in silence';

/** A file that was not there when the folder was listed and is there after the read. */
export const APPEARED = 'the file appeared while the casebook was read (saved at that moment): run it again, so the file is read with the others';

/** The file position of an offset into a case's body, for diagnostics about the prose. */
export function bodyPosition(entry: Pick<LoadedCase, 'body' | 'bodyLine'>, offset: number): { line: number; column: number } {
  const before = entry.body.slice(0, offset);
  const lineBreaks = before.match(/\n/g)?.length ?? 0;
  return { line: entry.bodyLine + lineBreaks, column: offset - before.lastIndexOf('\n') };
}
