import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { orUnknown, UNKNOWN } from './unknown.ts';

/** What sort of publication a source document is. */
export const SOURCE_TYPES = {
  newspaper: '报纸',
  magazine: '期刊',
  website: '网站',
  report: '报告',
} as const;

const sourceTypeIds = Object.keys(SOURCE_TYPES) as [keyof typeof SOURCE_TYPES, ...(keyof typeof SOURCE_TYPES)[]];

/**
 * A bibliographic record of one source document. Record only what the
 * document shows; write `unknown` for anything it does not, never a guess.
 * One YAML file per source under `content/sources/`.
 */
export const sourceSchema = z.strictObject({
  /** Title of the article as printed, or `unknown` when the text shows none. */
  title: orUnknown(z.string().trim().min(2).max(120)),
  /**
   * The editor's one-line description of the document, shown in citations
   * (in brackets when the title is unknown). A description, never a made-up title.
   */
  description: z.string({ error: 'must be text' }).trim().min(4).max(120),
  /** Newspaper, magazine or site, e.g. `烟台日报`; `unknown` when not shown. */
  outlet: orUnknown(z.string().trim().min(2).max(60)),
  /** Kind of publication. */
  type: z.enum(sourceTypeIds, { error: `must be one of: ${sourceTypeIds.join(', ')}` }),
  /** Publication date to the precision known (`2021`, `2021-06`, `2021-06-01`), or `unknown`. */
  date: orUnknown(partialDateSchema),
  /** Page or pages, e.g. `B14-B15`, or `unknown`. */
  pages: orUnknown(z.string().trim().min(1).max(20)),
  /** Authors and reporters as credited, or `unknown`. */
  authors: orUnknown(z.array(z.string().trim().min(1).max(40)).min(1)),
  /**
   * File name of the source's full text in the source-text folder, used to verify figures and
   * find copied sentences. Omit it, or write `unknown`, when no text is at hand: the source's
   * figures are then shown to readers as 未核对原文 (not checked against the source).
   */
  text: orUnknown(z.string().regex(/^[\w.-]+\.txt$/, { error: 'must be a .txt file name such as "002_53224f3071a808ca.txt"' })).optional(),
  /** Where the document is published online (`https://…`), cited after the record and linked. */
  url: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
    .max(400, { error: 'must be at most 400 characters' })
    .optional(),
  /** Anything an editor should know about the record, e.g. what is missing. */
  note: z.string().trim().max(300).optional(),
});

/** A validated source record. */
export type Source = z.output<typeof sourceSchema>;

/** The file name of a source's full text, or undefined when it has none (`text` omitted or `unknown`). */
export function sourceTextFile(source: Pick<Source, 'text'>): string | undefined {
  return source.text === UNKNOWN ? undefined : source.text;
}
