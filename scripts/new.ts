#!/usr/bin/env node
// `npm run new`: scaffolds a case study as a draft that passes `npm run check`.
// Usage: npm run new -- <id> --series <id> --kind <kind> --province 山东省 --city 烟台市 [--district 蓬莱区]
//        --source <id>[,<id>…] [--title 标题]
// Anything missing is asked for when run in a terminal; otherwise the command says what is missing.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadCasebook } from '../src/model/load.ts';
import { offeredFigures, scaffoldCase, type ProposedFigures } from '../src/model/scaffold.ts';
import { slugSchema } from '../src/model/schemas/ids.ts';
import { sourceTextFile } from '../src/model/schemas/source.ts';
import { SourceTexts } from '../src/model/files/source-texts.ts';
import { closest } from '../src/domain/suggest.ts';
import { contentFolder, optionsFromEnv } from '../src/options.ts';
import { commandLine } from './cli.ts';

const { text, texts, positionals } = commandLine({
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
  },
  notes: [
    '  <id>   the case\'s file name in cases/: lower-case letters, digits and single hyphens',
    '',
    'The content folder is CASEBOOK_CONTENT (default content/), relative to the project or absolute.',
  ],
  example: 'npm run new -- penglai-offshore-chain --series penglai-chain --kind industrial-chain --province 山东省 --city 烟台市 --source penglai-edz-red-engine',
  positionals: 1,
});
const options = optionsFromEnv(process.cwd());
const casebook = await loadCasebook(options.root, options.content);
const series = casebook.series.map((entry) => entry.id);
const sources = casebook.sources.map((entry) => entry.id);
const kinds = Object.keys(casebook.settings.kinds);
const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const problems: string[] = [];
// CASEBOOK_CONTENT may be absolute (a casebook kept outside the project): never joined under the project folder.
const casesFolder = path.join(contentFolder(options), 'cases');
/** A path as the editor can find it: relative to the working folder when inside it, else absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

/** A value from its flag, else asked for in a terminal; checked by `valid`, which returns what is wrong. */
async function answer(name: string, question: string, flag: string | undefined, valid: (value: string) => string | undefined): Promise<string> {
  let value = flag?.trim();
  for (;;) {
    if (!value && prompt) value = (await prompt.question(`${question}: `)).trim();
    const problem = value ? valid(value) : `--${name} is required`;
    if (!problem) return value!;
    if (!prompt) {
      problems.push(problem);
      return '';
    }
    console.log(`  ${problem}`);
    value = undefined;
  }
}

const oneOf = (kind: string, known: readonly string[]) => (value: string) =>
  known.includes(value) ? undefined : `unknown ${kind} "${value}"${closest(value, known) ? ` (did you mean "${closest(value, known)}"?)` : ''}; choose from: ${known.join(', ')}`;

const id = await answer('id', 'Case id (file name: lower-case letters, digits and hyphens, e.g. penglai-offshore-chain)', positionals[0], (value) => {
  if (!slugSchema.safeParse(value).success) return `"${value}" is not a valid id: use lower-case letters, digits and single hyphens`;
  const file = path.join(casesFolder, `${value}.mdx`);
  return existsSync(file) ? `${shown(file)} already exists` : undefined;
});
const seriesId = await answer('series', `Series (${series.join(', ')})`, text('series'), oneOf('series', series));
const kind = await answer('kind', `Kind (${kinds.join(', ')})`, text('kind'), oneOf('kind', kinds));
const province = await answer('province', 'Province (e.g. 山东省)', text('province'), () => undefined);
const city = await answer('city', 'City (e.g. 烟台市)', text('city'), () => undefined);
const district = text('district') ?? (prompt ? (await prompt.question('District (optional, e.g. 蓬莱区): ')).trim() || undefined : undefined);
const cited = (await answer('source', `Sources, comma-separated (${sources.join(', ')})`, texts('source').join(',') || undefined, (value) =>
  value.split(/[,\s，]+/).filter(Boolean).map(oneOf('source', sources)).find(Boolean),
)).split(/[,\s，]+/).filter(Boolean);
const title = text('title') ?? (prompt ? (await prompt.question('Title (optional; a placeholder is written otherwise): ')).trim() || undefined : undefined);
prompt?.close();
if (problems.length) {
  console.error(`npm run new: ${problems.join('\n  ')}\n\nExample: npm run new -- my-case --series ${series[0] ?? 'my-series'} --kind park --province 山东省 --city 烟台市 --source ${sources[0] ?? 'my-source'}`);
  process.exit(1);
}

// The figures each cited source's text prints, offered as statistics to keep or delete.
const proposals: ProposedFigures[] = [];
// Why a cited source offers no figures, so an editor does not take an empty draft for a text without numbers.
const noFigures: string[] = [];
const sourceTexts = options.sourceTexts ? new SourceTexts(options.sourceTexts) : undefined;
for (const source of cited) {
  const file = sourceTextFile(casebook.sources.find((entry) => entry.id === source)!.data);
  if (!file) {
    noFigures.push(`${source}: it has no source text (its record says text: unknown)`);
    continue;
  }
  if (!sourceTexts) {
    noFigures.push(`${source}: no folder of source texts is set (CASEBOOK_SOURCE_TEXTS), so ${file} could not be read`);
    continue;
  }
  const figures = await sourceTexts.located(file);
  const offerable = figures && offeredFigures(figures);
  if (!offerable) noFigures.push(`${source}: its text ${file} is not in ${shown(options.sourceTexts!)}`);
  else if (!offerable.length) noFigures.push(`${source}: its text ${file} prints no figures to offer (only dates and bare numbers, if any)`);
  else proposals.push({ source, figures: offerable });
}
const file = path.join(casesFolder, `${id}.mdx`);
const date = new Date().toISOString().slice(0, 10);
await writeFile(file, scaffoldCase({ id, title, series: seriesId, kind, place: { province, city, district }, sources: cited, date }, proposals), { flag: 'wx' });
const offered = proposals.reduce((total, item) => total + item.figures.length, 0);
console.log(`Created ${shown(file)} (a draft${offered ? `, with ${offered} figure${offered === 1 ? '' : 's'} its sources print as commented-out statistics` : ''}).`);
for (const reason of noFigures) console.log(`No figures offered from ${reason}.`);
console.log('Write the title, summary and the four sections, claim figures with <Stat id="…" />, then run npm run check.');
