import type { z } from 'astro/zod';
import { quote } from '../domain/text-policy.ts';

/**
 * Casebook's words for schema problems: what an editor reads after
 * `file:line:col field:` when frontmatter or a YAML record is wrong (see the
 * docs/editors/errors.md).
 *
 * Zod 4 picks an issue's message from, most specific first: the message a
 * refinement sets itself (`ctx.addIssue({ message })`), the schema's own
 * `{ error }` (e.g. `.max(60, { error: 'must be at most 60 characters, so it
 * fits cards and search results' })`), the error map passed to the parse, and
 * last Zod's English defaults ("Too small: expected string to have >=30
 * characters"). {@link casebookErrorMap} is the parse-level map: it rewrites
 * the defaults that editors would otherwise see into plain words, and leaves
 * every message a schema writes itself alone. Pass it per parse:
 *
 * ```ts
 * schema.safeParse(value, { error: casebookErrorMap });
 * ```
 *
 * `validateSource` (src/model/validate.ts) does that, and adds the three
 * messages an issue alone cannot decide, because they need the document or
 * the schema around the field: {@link requiredMessage},
 * {@link unknownFieldMessage} and {@link UNKNOWN_HINT}. All four are here so
 * that the wording editors see lives in one module.
 */

/** A raw issue as Zod hands it to an error map (before its message is set). */
export type RawIssue = z.core.$ZodRawIssue;

/**
 * The parse-level error map: plain words for Zod's default messages.
 *
 * | issue | editors see |
 * | --- | --- |
 * | text too short / too long | `must be at least 2 characters` / `must be at most 120 characters` |
 * | list too short / too long | `must have at least 1 item(s)` / `must have at most 12 item(s)` |
 * | number too small / too big | `must be at least 1` / `must be at most 100` |
 * | wrong type | `must be string`, `must be array`, `must be object`; a fraction where a whole number belongs: `must be a whole number` |
 * | value not in a closed list | `must be one of: newspaper, magazine, website, report` |
 *
 * Any other issue (a union no branch of which fits, a bad format) returns
 * `undefined`, so Zod's own message stands; `validateSource` reports a
 * union's last branch instead. A message set by the schema never reaches
 * this map: schemas with words of their own keep them.
 */
export const casebookErrorMap: z.core.$ZodErrorMap = (issue) => plainMessage(issue);

/**
 * The plain-words message {@link casebookErrorMap} gives `issue`, or
 * `undefined` when Zod's default should stand. Exported for tests and for
 * callers that compose maps.
 */
export function plainMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
}

/**
 * What editors see for a field the schema needs and the file does not have,
 * reported at the field's parent: `summary: is required but missing`. It
 * replaces any message the schema has for a wrong value (a missing title is
 * missing, not "must be text").
 */
export const requiredMessage = 'is required but missing';

/**
 * What editors see for a field the schema does not know, with the closest
 * known field when the name looks like a typo:
 * `tag: unknown field "tag" (did you mean "tags"?)`, or without a guess
 * `place.county: unknown field "county"`.
 */
export function unknownFieldMessage(key: string, suggestion: string | undefined): string {
  return `unknown field ${quote(key, 40)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}

/**
 * Appended to the message for a field that accepts the literal `unknown`
 * (schemas built with `orUnknown(...)`), so editors learn the honest way out
 * instead of guessing: `outlet: must be at least 2 characters (or write
 * "unknown" if the source does not show it)`.
 */
export const UNKNOWN_HINT = ' (or write "unknown" if the source does not show it)';
