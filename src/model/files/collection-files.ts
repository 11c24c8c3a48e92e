import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { slugSchema } from '../schemas/ids.ts';

/** How one collection folder is laid out. */
export interface CollectionRule {
  /** The one extension an entry's file has, lower case: `.mdx`, `.yaml`. */
  extension: string;
  /** One file in messages: `case file`, `series file`, `source record`. */
  noun: string;
  /** Its files in messages: `cases`, `series files`, `source records`. */
  plural: string;
  /** Whether subfolders are read too (cases may be grouped in folders, e.g. by year). */
  recursive: boolean;
}

/** How each collection folder is laid out (docs/editors/writing-a-case.md, "Files in the content folders", says what else may sit there). */
export const COLLECTION_RULES = {
  cases: { extension: '.mdx', noun: 'case file', plural: 'cases', recursive: true },
  series: { extension: '.yaml', noun: 'series file', plural: 'series files', recursive: false },
  sources: { extension: '.yaml', noun: 'source record', plural: 'source records', recursive: false },
} as const satisfies Record<string, CollectionRule>;

/** One entry's file, found in a collection folder. */
export interface CollectionFile {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the project root, `/`-separated, as diagnostics print it. */
  file: string;
  /** Absolute path, for reading it. */
  absolute: string;
}

/** What a collection folder holds: the entries' files, and an error for everything else in it. */
export interface CollectionListing {
  files: CollectionFile[];
  diagnostics: Diagnostic[];
  /**
   * Ids of files that are there but reported instead of read (`x.yml`,
   * `x.MDX`): a reference to such an id is not also "no file".
   */
  rejected: Set<string>;
}

// Files editors and operating systems leave beside the ones they save: hidden files (.DS_Store,
// .gitkeep, Emacs's .#x.mdx lock, Vim's .x.mdx.swp), backups (x.mdx~, #x.mdx#), swap files (x.swp)
// and JetBrains' safe-write temporaries, Windows' Thumbs.db and desktop.ini.
const IGNORED_NAMES = [/^\./, /~$/, /^#.*#$/, /\.sw[a-p]$/, /___jb_(?:tmp|old)___$/, /^thumbs\.db$/i, /^desktop\.ini$/i];

/** Whether a file or folder name is an editor's or the operating system's (see docs/editors/writing-a-case.md, "Files in the content folders"), not content. */
export function isIgnoredName(name: string): boolean {
  return IGNORED_NAMES.some((pattern) => pattern.test(name));
}

/**
 * Lists a collection folder. Every file in it is an entry or an error, never
 * skipped in silence: a file with another extension or letter case
 * (`x.MDX`, `x.md`, `x.yml`) is reported with the name to give it; a
 * subfolder, where the collection has none, is reported; a link to a folder
 * is reported and not followed (so a link loop costs one error, not a walk
 * without end); a link to nothing is reported. Only the names
 * {@link isIgnoredName} lists are passed over. An entry's file name is its
 * id, so it must be a slug, and two files may not share one.
 */
export async function listCollection(root: string, base: string, rule: CollectionRule): Promise<CollectionListing> {
  const listing: CollectionListing = { files: [], diagnostics: [], rejected: new Set() };
  const directory = path.resolve(root, base);
  const found: CollectionFile[] = [];
  const report = (file: string, message: string) => listing.diagnostics.push({ file, line: 1, column: 1, message });
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  // The folder as the diagnostics' file paths show it.
  const folderName = relative(directory);
  // The content folder (the collection folder's parent), as links resolve it.
  const contentFolder = await realpath(path.dirname(directory)).catch(() => path.dirname(directory));

  const visitFile = (absolute: string) => {
    const file = relative(absolute);
    const name = path.basename(absolute);
    const extension = path.extname(name);
    const stem = name.slice(0, name.length - extension.length);
    if (extension === rule.extension) {
      found.push({ id: stem, file, absolute });
      return;
    }
    if (slugSchema.safeParse(stem).success) listing.rejected.add(stem);
    report(
      file,
      extension.toLowerCase() === rule.extension
        ? `a ${rule.noun} must end in ${rule.extension} (lower case): rename it to ${stem}${rule.extension}`
        : `a ${rule.noun} must end in ${rule.extension}: rename it to ${stem}${rule.extension}, or move it out of ${folderName}/`,
    );
  };

  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      if (folder === directory) throw error;
      report(relative(folder), `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const absolute = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await readlink(absolute).catch(() => '?');
        let loop = false;
        const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
          loop = error.code === 'ELOOP';
          return undefined;
        });
        if (!info && loop) report(relative(absolute), `a link to ${target}, which leads back to itself (a loop of links): remove the link, or point it at a ${rule.noun}`);
        else if (!info) report(relative(absolute), `a link to ${target}, which does not exist: remove the link, or point it at a ${rule.noun}`);
        else if (info.isDirectory()) report(relative(absolute), `a link to a folder (${target}) is not followed: put the ${rule.plural} in ${folderName}/ itself`);
        else if (info.isFile()) {
          // A link may only lead to a file inside the content folder: a case linked to a file elsewhere is not content.
          const resolved = await realpath(absolute).catch(() => absolute);
          const inside = path.relative(contentFolder, resolved);
          if (inside.startsWith('..') || path.isAbsolute(inside)) report(relative(absolute), `a link to ${target}, outside the content folder: copy the file into ${folderName}/ instead of linking to it`);
          else visitFile(absolute);
        } else report(relative(absolute), `not a file: a ${rule.noun} must be a plain text file`);
      } else if (entry.isDirectory()) {
        if (rule.recursive) await walk(absolute);
        else report(relative(absolute), `a folder in ${folderName}/ is not read: put the ${rule.plural} in ${folderName}/ itself`);
      } else if (entry.isFile()) {
        visitFile(absolute);
      } else {
        report(relative(absolute), `not a file: a ${rule.noun} must be a plain text file`);
      }
    }
  };

  try {
    await walk(directory);
  } catch {
    listing.diagnostics.push({ file: base, line: 1, column: 1, message: `folder not found: create ${base}/` });
    return listing;
  }

  const seen = new Map<string, string>();
  for (const entry of found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!slugSchema.safeParse(entry.id).success) {
      report(entry.file, `file name "${entry.id}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "penglai-chain${rule.extension}"`);
      continue;
    }
    const previous = seen.get(entry.id);
    if (previous) {
      report(entry.file, `duplicate id "${entry.id}": ${previous} has the same id`);
      continue;
    }
    seen.set(entry.id, entry.file);
    listing.files.push(entry);
  }
  return listing;
}

/**
 * Every file and folder under `directory`, as paths relative to it, without
 * following links to folders (Node's recursive `readdir` follows them, and
 * two links to `.` make its walk grow without end). For fingerprints of a
 * folder, not for reading content: nothing is left out.
 */
export async function listTree(directory: string): Promise<string[]> {
  const names: string[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const name = prefix + entry.name;
      names.push(name);
      if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${name}/`);
    }
  };
  await walk(directory, '');
  return names.sort();
}
