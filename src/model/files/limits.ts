/**
 * Size limits on what the check reads. A case, series, source record or
 * thesaurus is a few kilobytes of text (the bundled cases are under 40 KB);
 * a file many times that is a mistake (a pasted export, a binary saved
 * under the wrong name) that would slow every build and page, so it is an
 * error rather than something to read. Source texts are whole documents and
 * may be larger. Documented in docs/reference/limits.md.
 */

/** Largest case (.mdx), series, source record or thesaurus file: 1 MB. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** Largest source text (the file a source record's `text:` names): 20 MB. */
export const MAX_SOURCE_TEXT_BYTES = 20 * 1024 * 1024;

/** A size as editors read it, exact where a limit is near: `1,100,004 bytes`; a limit: `1 MB`, `20 MB`. */
export function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * Deepest nesting of lists and fields inside one another in a YAML file: 20.
 * Frontmatter is at most 5 deep (a statistic's source inside `stats`); a deeper
 * file is a mistake or an attack on the parser's stack.
 */
export const MAX_YAML_DEPTH = 20;

/** Longest field name (YAML key) in characters: 100. Field names are words such as `title`. */
export const MAX_YAML_KEY = 100;
