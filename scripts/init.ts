#!/usr/bin/env node
// `npm run init -- <dir> [--lang en|zh-CN]`: writes a new casebook (settings, a series, a source with its text and
// one example case whose figures that text prints) that passes `npm run check` and builds at once.
import path from 'node:path';
import { STARTER_LANGUAGES, StarterRefused, writeStarterCasebook, type StarterLanguage } from '../src/model/starter/index.ts';
import { commandLine, userPath } from './cli.ts';

const { text, positionals } = commandLine({
  name: 'init',
  usage: '-- <dir> [--lang zh-CN|en]',
  summary: [
    'Starts a new casebook in <dir>: casebook.yaml (title and publisher to replace), a series, a source record with',
    'a short example text in texts/, and one example case whose figures are checked in that text. It passes',
    'npm run check and builds as it is. <dir> must be new or empty; missing parent folders are created.',
  ].join('\n'),
  options: {
    lang: { type: 'string', value: '<zh-CN|en>', description: 'language of the casebook and its example (default zh-CN)' },
  },
  notes: ['  <dir>   the new content folder, absolute or relative to where you run the command'],
  example: 'npm run init -- ../my-casebook --lang en',
  positionals: 1,
  content: false,
});

const lang = (text('lang') ?? 'zh-CN') as StarterLanguage;
if (!STARTER_LANGUAGES.includes(lang)) {
  console.error(`npm run init: --lang ${lang}: choose ${STARTER_LANGUAGES.join(' or ')}; see npm run init -- --help`);
  process.exit(2);
}
if (!positionals[0]?.trim()) {
  console.error('npm run init: name the folder for the new casebook, e.g. npm run init -- ../my-casebook; see npm run init -- --help');
  process.exit(2);
}
const folder = userPath(positionals[0]);
// The commands below run in the project folder: the casebook is named relative to it when init was run there too
// and that is the shorter name (../my-casebook), else by its absolute path.
const fromProject = path.relative(process.cwd(), folder);
const relativeFits = (process.env.INIT_CWD || process.cwd()) === process.cwd() && !path.isAbsolute(fromProject) && fromProject.length < folder.length;
const shown = relativeFits ? fromProject : folder;
const quoted = /^[\w./@:+-]+$/.test(shown) ? shown : `'${shown.replaceAll("'", "'\\''")}'`;
try {
  const files = await writeStarterCasebook(folder, lang, new Date().toISOString().slice(0, 10));
  console.log(`Created ${lang === 'en' ? 'an English' : 'a Chinese'} casebook in ${shown}:`);
  for (const file of files) console.log(`  ${file}`);
  console.log(
    [
      '',
      'Next: replace the placeholders in casebook.yaml, then',
      `  npm run check -- --content ${quoted}`,
      `  CASEBOOK_CONTENT=${quoted} npm run dev`,
      `  npm run build -- --content ${quoted}`,
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof StarterRefused)) throw error;
  console.error(`npm run init: ${error.message}; nothing was written.`);
  process.exit(1);
}
