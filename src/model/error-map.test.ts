import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { casebookErrorMap, plainMessage, UNKNOWN_HINT, unknownFieldMessage } from './error-map.ts';

/** The messages of a failed parse with the Casebook error map. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: casebookErrorMap });
  if (result.success) throw new Error('expected the parse to fail');
  return result.error.issues.map((issue) => issue.message);
}

describe('casebookErrorMap', () => {
  it('says how long text must be', () => {
    expect(messages(z.string().min(2), 'a')).toEqual(['must be at least 2 characters']);
    expect(messages(z.string().max(3), 'abcd')).toEqual(['must be at most 3 characters']);
  });

  it('says how many items a list must have', () => {
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['must have at least 1 item(s)']);
    expect(messages(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['must have at most 1 item(s)']);
  });

  it('gives the bounds of a number', () => {
    expect(messages(z.number().min(1), 0)).toEqual(['must be at least 1']);
    expect(messages(z.number().max(100), 101)).toEqual(['must be at most 100']);
  });

  it('names the expected type, and asks for a whole number where a fraction was written', () => {
    expect(messages(z.string(), 5)).toEqual(['must be string']);
    expect(messages(z.array(z.string()), 'a')).toEqual(['must be array']);
    expect(messages(z.number().int(), 2.5)).toEqual(['must be a whole number']);
  });

  it('lists the allowed values', () => {
    expect(messages(z.enum(['newspaper', 'magazine']), 'blog')).toEqual(['must be one of: newspaper, magazine']);
    expect(messages(z.literal('unknown'), 'unkown')).toEqual(['must be one of: unknown']);
  });

  it('never overrides a message the schema writes itself', () => {
    expect(messages(z.string().max(60, { error: 'must be at most 60 characters (a Latin letter or space counts half) and 70 in all, so it fits cards and search results' }), 'x'.repeat(61))).toEqual([
      'must be at most 60 characters (a Latin letter or space counts half) and 70 in all, so it fits cards and search results',
    ]);
    expect(messages(z.string({ error: 'must be text' }), 5)).toEqual(['must be text']);
    const refined = z.string().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'a refinement speaks for itself' }));
    expect(messages(refined, 'x')).toEqual(['a refinement speaks for itself']);
  });

  it('leaves issues it has no words for to Zod', () => {
    expect(messages(z.string().regex(/^a$/), 'b')).toEqual([z.string().regex(/^a$/).safeParse('b').error!.issues[0]!.message]);
    expect(plainMessage({ code: 'custom', input: 1, path: [] })).toBeUndefined();
  });
});

describe('messages validateSource adds', () => {
  it('suggest a field only when there is one', () => {
    expect(unknownFieldMessage('tag', 'tags')).toBe('unknown field "tag" (did you mean "tags"?)');
    expect(unknownFieldMessage('colour', undefined)).toBe('unknown field "colour"');
  });

  it('point at "unknown" as the honest answer', () => {
    expect(`must be at least 2 characters${UNKNOWN_HINT}`).toBe('must be at least 2 characters (or write "unknown" if the source does not show it)');
  });
});
