import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EN_STARTER } from './en.ts';
import { ZH_CN_STARTER } from './zh-CN.ts';
import type { StarterContent, StarterFile, StarterLanguage } from './types.ts';

export { STARTER_LANGUAGES, type StarterLanguage, type StarterFile } from './types.ts';

const STARTERS: Record<StarterLanguage, StarterContent> = { 'zh-CN': ZH_CN_STARTER, en: EN_STARTER };

/**
 * The files of a new casebook in `lang`, paths relative to its content
 * folder: `casebook.yaml`, one series, one source record, the source's text
 * in `texts/`, and one example case dated `date` (`YYYY-MM-DD`) whose
 * statistics that text prints. Together they pass `npm run check`.
 */
export function starterFiles(lang: StarterLanguage, date: string): StarterFile[] {
  const starter = STARTERS[lang];
  return [
    { path: 'casebook.yaml', text: starter.settings },
    { path: `series/${starter.series.id}.yaml`, text: starter.series.text },
    { path: `sources/${starter.source.id}.yaml`, text: starter.source.text },
    { path: `texts/${starter.sourceText.file}`, text: starter.sourceText.text },
    { path: `cases/${starter.example.id}.mdx`, text: starter.example.text(date) },
  ];
}

/** Why a folder cannot take a new casebook (`is not empty (…)`), or undefined when it can: it is missing or empty. */
export async function whyNotEmpty(folder: string): Promise<string | undefined> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!info.isDirectory()) return 'is a file, not a folder';
  const entries = await readdir(folder);
  // Even hidden files count: a .git folder means someone's work is there.
  if (entries.length) return `is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); choose a new or empty folder`;
  return undefined;
}

/**
 * Writes a new casebook into `folder` (absolute), creating it and any
 * missing parent folders. Refuses, writing nothing, when the folder exists
 * and is not empty. Returns the files written, relative to `folder`.
 */
export async function writeStarterCasebook(folder: string, lang: StarterLanguage, date: string): Promise<string[]> {
  const refused = await whyNotEmpty(folder);
  if (refused) throw new StarterRefused(folder, refused);
  const files = starterFiles(lang, date);
  for (const file of files) {
    const target = path.join(folder, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    // wx: never overwrite, should something appear in the folder meanwhile.
    await writeFile(target, file.text, { flag: 'wx' });
  }
  return files.map((file) => file.path);
}

/** The folder given to `npm run init` already holds something; nothing was written. */
export class StarterRefused extends Error {
  readonly folder: string;
  readonly reason: string;
  constructor(folder: string, reason: string) {
    super(`${folder} ${reason}`);
    this.folder = folder;
    this.reason = reason;
  }
}
