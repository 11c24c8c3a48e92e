#!/usr/bin/env node
// `npm run new`: scaffolds a case study as a draft that passes `npm run check`.
// Usage: npm run new -- <id> --series <id> --kind <kind> --province 山东省 --city 烟台市 [--district 蓬莱区]
//        --source <id>[,<id>…] [--title 标题] [--create-missing] [--content <dir>]
// Anything missing is asked for when run in a terminal; otherwise the command says what is missing. A series or
// source that does not exist yet is created with --create-missing, or when the editor says yes in a terminal.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadCasebook } from '../src/model/load.ts';
import { offeredFigures, scaffoldCase, scaffoldSeries, scaffoldSource, type DraftRules, type ProposedFigures } from '../src/model/scaffold.ts';
import { sourceTextsFolder } from '../src/model/settings.ts';
import { slugSchema } from '../src/model/schemas/ids.ts';
import { sourceTextFile } from '../src/model/schemas/source.ts';
import { SourceTexts } from '../src/model/files/source-texts.ts';
import { closest } from '../src/domain/suggest.ts';
import { contentFolder, optionsFromEnv } from '../src/options.ts';
import { commandLine } from './cli.ts';

const { text, texts, flag, positionals } = commandLine({
  name: 'new',
  usage: '-- <id> --series <id> --kind <kind> --province <province> --city <city> [--district <district>] --source <id>[,<id>…] [--title <title>]',
  summary: [
    'Scaffolds a case study as a draft that passes npm run check: frontmatter, the four sections, and the figures',
    'its sources\' texts print, as commented-out statistics. Anything missing is asked for when run in a terminal.',
  ].join('\n'),
  options: {
    series: { type: 'string', value: '<id>', description: 'the series it belongs to (a file in series/)' },
    kind: { type: 'string', value: '<kind>', description: 'what kind of case it is: one of the kinds in casebook.yaml' },
    province: { type: 'string', value: '<province>', description: 'province, e.g. 山东省' },
    city: { type: 'string', value: '<city>', description: 'city, e.g. 烟台市' },
    district: { type: 'string', value: '<district>', description: 'district (optional), e.g. 蓬莱区' },
    source: { type: 'string', value: '<id>[,<id>…]', multiple: true, description: 'the sources it cites (files in sources/), comma-separated or repeated' },
    title: { type: 'string', value: '<title>', description: 'title (optional; a placeholder is written otherwise)' },
    'create-missing': { type: 'boolean', description: 'create series/<id>.yaml and sources/<id>.yaml for a series or source that does not exist yet' },
  },
  notes: [
    '  <id>   the case\'s file name in cases/: lower-case letters, digits and single hyphens',
    '',
    'The content folder is --content or CASEBOOK_CONTENT (default content/), relative or absolute.',
    'A series or source that does not exist is refused, or asked about in a terminal; with --create-missing it is',
    'created as a record to fill in (a source\'s text is used when texts/<id>.txt is already there).',
  ],
  example: 'npm run new -- penglai-offshore-chain --series penglai-chain --kind industrial-chain --province 山东省 --city 烟台市 --source penglai-edz-red-engine',
  positionals: 1,
});
const options = optionsFromEnv(process.cwd());
const casebook = await loadCasebook(options.root, options.content);
const series = casebook.series.map((entry) => entry.id);
const sources = casebook.sources.map((entry) => entry.id);
const kinds = Object.keys(casebook.settings.kinds);
// Drafts and new records follow the casebook's sections and language.
const rules: DraftRules = { sections: casebook.settings.sections, lang: casebook.settings.lang };
// The casebook's source texts: CASEBOOK_SOURCE_TEXTS, else the folder casebook.yaml names (default texts/).
const textsFolder = sourceTextsFolder(options.root, options.content, casebook.settings, options.sourceTexts).folder;
const createMissing = flag('create-missing');
/** Series and sources the editor asked to create, written with the case. */
const toCreate = { series: new Set<string>(), sources: new Set<string>() };
const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const problems: string[] = [];
// CASEBOOK_CONTENT may be absolute (a casebook kept outside the project): never joined under the project folder.
const casesFolder = path.join(contentFolder(options), 'cases');
/** A path as the editor can find it: relative to the working folder when inside it, else absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

/** The editor's answer in a terminal; Ctrl+D or Ctrl+C stops the command in one line, before anything is written. */
async function ask(question: string): Promise<string> {
  try {
    return await prompt!.question(question);
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
    console.error('\nnpm run new: stopped; nothing was written.');
    process.exit(1);
  }
}

/** A value from its flag, else asked for in a terminal; checked by `valid`, which returns what is wrong. */
async function answer(name: string, question: string, given: string | undefined, valid: (value: string) => string | undefined | Promise<string | undefined>): Promise<string> {
  let value = given?.trim();
  for (;;) {
    if (!value && prompt) value = (await ask(`${question}: `)).trim();
    const problem = value ? await valid(value) : `--${name} is required`;
    if (!problem) return value!;
    if (!prompt) {
      problems.push(problem);
      return '';
    }
    console.log(`  ${problem}`);
    value = undefined;
  }
}

const unknownOne = (kind: string, value: string, known: readonly string[]) =>
  `unknown ${kind} "${value}"${closest(value, known) ? ` (did you mean "${closest(value, known)}"?)` : ''}; choose from: ${known.join(', ')}`;
const oneOf = (kind: string, known: readonly string[]) => (value: string) => (known.includes(value) ? undefined : unknownOne(kind, value, known));

/**
 * A series or source id that exists, or one to create: with --create-missing, or when the editor says yes in a
 * terminal (a typo is then caught by the nearest id shown in the question). Without either it is refused, with
 * the nearest id and the flag that would create it.
 */
const existingOrCreated = (kind: 'series' | 'source', known: readonly string[], created: Set<string>) => async (value: string) => {
  if (known.includes(value) || created.has(value)) return undefined;
  if (!slugSchema.safeParse(value).success) return `"${value}" is not a valid ${kind} id: use lower-case letters, digits and single hyphens`;
  const file = `${kind === 'series' ? 'series' : 'sources'}/${value}.yaml`;
  if (createMissing) {
    created.add(value);
    return undefined;
  }
  if (prompt) {
    const near = closest(value, known);
    const yes = (await ask(`  There is no ${kind} "${value}"${near ? ` (did you mean "${near}"?)` : ''}. Create ${file}? [y/N] `)).trim();
    if (/^(y|yes|是)$/i.test(yes)) {
      created.add(value);
      return undefined;
    }
  }
  return `${unknownOne(kind, value, known)}; or add --create-missing to create ${file}`;
};

const id = await answer('id', 'Case id (file name: lower-case letters, digits and hyphens, e.g. penglai-offshore-chain)', positionals[0], (value) => {
  if (!slugSchema.safeParse(value).success) return `"${value}" is not a valid id: use lower-case letters, digits and single hyphens`;
  const file = path.join(casesFolder, `${value}.mdx`);
  return existsSync(file) ? `${shown(file)} already exists` : undefined;
});
const seriesId = await answer('series', `Series (${series.join(', ')})`, text('series'), existingOrCreated('series', series, toCreate.series));
const kind = await answer('kind', `Kind (${kinds.join(', ')})`, text('kind'), oneOf('kind', kinds));
const province = await answer('province', 'Province (e.g. 山东省)', text('province'), () => undefined);
const city = await answer('city', 'City (e.g. 烟台市)', text('city'), () => undefined);
const district = text('district') ?? (prompt ? (await ask('District (optional, e.g. 蓬莱区): ')).trim() || undefined : undefined);
const citedSource = existingOrCreated('source', sources, toCreate.sources);
const cited = (await answer('source', `Sources, comma-separated (${sources.join(', ')})`, texts('source').join(',') || undefined, async (value) => {
  for (const source of value.split(/[,\s，]+/).filter(Boolean)) {
    const problem = await citedSource(source);
    if (problem) return problem;
  }
  return undefined;
})).split(/[,\s，]+/).filter(Boolean);
const title = text('title') ?? (prompt ? (await ask('Title (optional; a placeholder is written otherwise): ')).trim() || undefined : undefined);
prompt?.close();
if (problems.length) {
  console.error(`npm run new: ${problems.join('\n  ')}\n\nExample: npm run new -- my-case --series ${series[0] ?? 'my-series'} --kind park --province 山东省 --city 烟台市 --source ${sources[0] ?? 'my-source'}`);
  process.exit(1);
}

// Series and source records asked for, written before the case that names them; never over an existing file.
const contentRoot = contentFolder(options);
const created: string[] = [];
const textOf = new Map(casebook.sources.map((entry) => [entry.id, sourceTextFile(entry.data)]));
if (toCreate.series.has(seriesId)) {
  const file = path.join(contentRoot, 'series', `${seriesId}.yaml`);
  const order = Math.max(0, ...casebook.series.map((entry) => entry.data.order)) + 1;
  await writeFile(file, scaffoldSeries({ id: seriesId, place: { province, city }, order }, rules.lang), { flag: 'wx' });
  created.push(file);
}
for (const source of cited.filter((id) => toCreate.sources.has(id))) {
  const file = path.join(contentRoot, 'sources', `${source}.yaml`);
  // The text already put in the source-text folder under the source's id is named, so its figures are offered.
  const textFile = existsSync(path.join(textsFolder, `${source}.txt`)) ? `${source}.txt` : undefined;
  await writeFile(file, scaffoldSource(source, textFile, rules.lang), { flag: 'wx' });
  textOf.set(source, textFile);
  created.push(file);
}

// The figures each cited source's text prints, offered as statistics to keep or delete.
const proposals: ProposedFigures[] = [];
// Why a cited source offers no figures, so an editor does not take an empty draft for a text without numbers.
const noFigures: string[] = [];
const sourceTexts = new SourceTexts(textsFolder);
for (const source of cited) {
  const file = textOf.get(source);
  if (!file) {
    noFigures.push(`${source}: it has no source text (its record says text: unknown)`);
    continue;
  }
  const figures = await sourceTexts.located(file);
  const offerable = figures && offeredFigures(figures);
  const loaded = await sourceTexts.load(file);
  // Missing, empty, binary or not UTF-8: each said as the check says it.
  if (!loaded.ok && existsSync(path.join(textsFolder, file))) noFigures.push(`${source}: ${loaded.problem}`);
  else if (!offerable) noFigures.push(`${source}: its text ${file} is not in ${shown(textsFolder)}`);
  else if (!offerable.length) noFigures.push(`${source}: its text ${file} prints no figures to offer (only dates and bare numbers, if any)`);
  else proposals.push({ source, figures: offerable });
}
const file = path.join(casesFolder, `${id}.mdx`);
const date = new Date().toISOString().slice(0, 10);
await writeFile(file, scaffoldCase({ id, title, series: seriesId, kind, place: { province, city, district }, sources: cited, date }, proposals, rules), { flag: 'wx' });
for (const record of created) console.log(`Created ${shown(record)}, a record to fill in (its comments say how).`);
const offered = proposals.reduce((total, item) => total + item.figures.length, 0);
console.log(`Created ${shown(file)} (a draft${offered ? `, with ${offered} figure${offered === 1 ? '' : 's'} its sources print as commented-out statistics` : ''}).`);
for (const reason of noFigures) console.log(`No figures offered from ${reason}.`);
console.log('Write the title, the summary and each section, claim figures with <Stat id="…" />, then run npm run check.');
