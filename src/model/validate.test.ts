import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readFrontmatter } from './files/frontmatter.ts';
import { validateSource } from './validate.ts';
import { parseYamlSource } from './files/yaml-source.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { caseSchema } from './schemas/case.ts';
import { seriesSchema } from './schemas/series.ts';
import { sourceSchema } from './schemas/source.ts';
import { VALID_CASE } from './schemas/test-helpers.ts';

const caseFile = 'content/cases/x.mdx';
const sourceFile = 'content/sources/a.yaml';

// Line numbers below count from the opening --- (line 1); the frontmatter starts on line 2.
const validCase = VALID_CASE;

const validSource = `title: 烟台开发区：以新时代党建引领自贸区高质量发展
description: 烟台开发区集聚区党建的期刊综合报道
outlet: 烟台日报
type: magazine
date: 2022-06
pages: unknown
authors: [杜英姿, 郭文治]
text: 001_88824d566babf10b.txt
`;

/** The diagnostics `validateSource` gives a case study's MDX text (the frontmatter must split). */
function caseDiagnostics(text: string): Diagnostic[] {
  const split = readFrontmatter(text, caseFile);
  if (!split.ok) throw new Error(split.diagnostics.map(formatDiagnostic).join('\n'));
  const result = validateSource(caseSchema, split.value.frontmatter, caseFile);
  return result.ok ? [] : result.diagnostics;
}

/** The diagnostics `validateSource` gives YAML text validated against `schema` (the YAML must parse). */
function yamlDiagnostics(schema: z.ZodType, text: string, file = sourceFile): Diagnostic[] {
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
  const result = validateSource(schema, parsed.source, file);
  return result.ok ? [] : result.diagnostics;
}

describe('validateSource', () => {
  it('accepts valid frontmatter and a valid source record', () => {
    expect(caseDiagnostics(validCase)).toEqual([]);
    expect(yamlDiagnostics(sourceSchema, validSource)).toEqual([]);
  });

  describe('missing fields', () => {
    it('reports a missing field at its parent, not with the schema\'s message for a wrong value', () => {
      // caseSchema's title says "must be text" for a wrong value; a missing one is missing.
      expect(caseDiagnostics(validCase.replace(/^title: .*\n/m, ''))).toEqual([
        { file: caseFile, line: 2, column: 1, field: 'title', message: 'is required but missing' },
      ]);
      expect(caseDiagnostics(validCase.replace(/^summary: .*\n/m, ''))).toEqual([
        { file: caseFile, line: 2, column: 1, field: 'summary', message: 'is required but missing' },
      ]);
    });

    it('reports a missing nested field at the line of the object that lacks it', () => {
      expect(caseDiagnostics(validCase.replace('  city: 烟台市\n', ''))).toEqual([
        { file: caseFile, line: 6, column: 1, field: 'place.city', message: 'is required but missing' },
      ]);
      expect(caseDiagnostics(validCase.replace('    metric: 成员企业数\n', ''))).toEqual([
        { file: caseFile, line: 14, column: 5, field: 'stats[0].metric', message: 'is required but missing' },
      ]);
    });

    it('keeps the schema\'s own message for a value that is present but wrong', () => {
      expect(caseDiagnostics(validCase.replace(/^title: .*$/m, 'title:'))).toEqual([
        { file: caseFile, line: 2, column: 7, field: 'title', message: 'must be text' },
      ]);
    });
  });

  describe('unknown fields', () => {
    it('names a misspelt field and suggests the one the editor meant', () => {
      expect(caseDiagnostics(validCase.replace('tags:', 'tag:'))).toEqual([
        { file: caseFile, line: 11, column: 1, field: 'tag', message: 'unknown field "tag" (did you mean "tags"?)' },
      ]);
    });

    it('suggests fields of nested objects, inside lists and behind transforms', () => {
      expect(caseDiagnostics(validCase.replace('district:', 'distrct:'))).toEqual([
        { file: caseFile, line: 9, column: 12, field: 'place.distrct', message: 'unknown field "distrct" (did you mean "district"?)' },
      ]);
      // A statistic is an object piped into a transform, in a list with a default.
      expect(caseDiagnostics(validCase.replace('headline:', 'headlin:'))).toEqual([
        { file: caseFile, line: 19, column: 14, field: 'stats[0].headlin', message: 'unknown field "headlin" (did you mean "headline"?)' },
      ]);
    });

    it('reports every unknown field on its own line and guesses only when the name is close', () => {
      expect(caseDiagnostics(validCase.replace('tags:', 'colour: red\ntittle: x\ntags:'))).toEqual([
        { file: caseFile, line: 11, column: 9, field: 'colour', message: 'unknown field "colour"' },
        { file: caseFile, line: 12, column: 9, field: 'tittle', message: 'unknown field "tittle" (did you mean "title"?)' },
      ]);
    });
  });

  describe('fields that accept "unknown"', () => {
    it('tells the editor that "unknown" is the way out', () => {
      expect(yamlDiagnostics(sourceSchema, validSource.replace('outlet: 烟台日报', 'outlet: ""'))).toEqual([
        {
          file: sourceFile,
          line: 3,
          column: 9,
          field: 'outlet',
          message: 'must be at least 2 characters (or write "unknown" if the source does not show it)',
        },
      ]);
    });

    it('reports the branch that describes the value, not "Invalid input", and keeps the hint', () => {
      expect(yamlDiagnostics(sourceSchema, validSource.replace('outlet: 烟台日报', 'outlet: 5'))).toEqual([
        { file: sourceFile, line: 3, column: 9, field: 'outlet', message: 'must be string (or write "unknown" if the source does not show it)' },
      ]);
      // The branch's own path leads into the list.
      expect(yamlDiagnostics(sourceSchema, validSource.replace('authors: [杜英姿, 郭文治]', 'authors: [1, 郭文治]'))).toEqual([
        {
          file: sourceFile,
          line: 7,
          column: 11,
          field: 'authors[0]',
          message: 'must be string (or write "unknown" if the source does not show it)',
        },
      ]);
    });

    it('gives no hint for a field that does not accept "unknown"', () => {
      expect(yamlDiagnostics(sourceSchema, validSource.replace(/^description: .*$/m, 'description: 短'))).toEqual([
        { file: sourceFile, line: 2, column: 14, field: 'description', message: 'must be text' },
      ]);
      expect(yamlDiagnostics(sourceSchema, validSource.replace('type: magazine', 'type: blog'))).toEqual([
        { file: sourceFile, line: 4, column: 7, field: 'type', message: 'must be one of: newspaper, magazine, website, report' },
      ]);
    });
  });

  describe('plain words from the error map', () => {
    it('rewrites Zod\'s defaults for text, lists and types', () => {
      expect(yamlDiagnostics(sourceSchema, validSource.replace(/^title: .*$/m, `title: ${'长'.repeat(121)}`))).toEqual([
        {
          file: sourceFile,
          line: 1,
          column: 8,
          field: 'title',
          message: 'must be at most 120 characters (or write "unknown" if the source does not show it)',
        },
      ]);
      expect(yamlDiagnostics(sourceSchema, validSource.replace('authors: [杜英姿, 郭文治]', 'authors: []'))).toEqual([
        {
          file: sourceFile,
          line: 7,
          column: 1,
          field: 'authors',
          message: 'must have at least 1 item(s) (or write "unknown" if the source does not show it)',
        },
      ]);
      expect(yamlDiagnostics(sourceSchema, validSource.replace('001_88824d566babf10b.txt', '5'))).toEqual([
        { file: sourceFile, line: 8, column: 7, field: 'text', message: 'must be string (or write "unknown" if the source does not show it)' },
      ]);
      expect(caseDiagnostics(validCase.replace('tags: [海工装备, 海上风电]', 'tags: ["", 海上风电]'))).toEqual([
        { file: caseFile, line: 11, column: 8, field: 'tags[0]', message: 'must be at least 1 characters' },
      ]);
    });

    it('lists the allowed values and asks for whole numbers where a schema has no words of its own', () => {
      const schema = z.strictObject({ mode: z.enum(['draft', 'final']), copies: z.number().int().min(1).max(9) });
      expect(yamlDiagnostics(schema, 'mode: sent\ncopies: 1.5\n', 'x.yaml')).toEqual([
        { file: 'x.yaml', line: 1, column: 7, field: 'mode', message: 'must be one of: draft, final' },
        { file: 'x.yaml', line: 2, column: 9, field: 'copies', message: 'must be a whole number' },
      ]);
      expect(yamlDiagnostics(schema, 'mode: draft\ncopies: 10\n', 'x.yaml')).toEqual([
        { file: 'x.yaml', line: 2, column: 9, field: 'copies', message: 'must be at most 9' },
      ]);
    });

    it('leaves a schema\'s own message alone', () => {
      expect(yamlDiagnostics(seriesSchema, 'title: 系列\ndescription: 一句描述这个系列的话。\nplace: { province: 山东省 }\norder: 2.5\n', 'content/series/a.yaml')).toEqual([
        { file: 'content/series/a.yaml', line: 4, column: 8, field: 'order', message: 'must be a whole number' },
      ]);
    });
  });

  // docs/editors/errors.md shows these messages as the checks print them (scripts/docs/generate.test.ts keeps it so).
  it('words the commonest frontmatter mistakes in plain words', () => {
    const printed = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.field}: ${d.message}`);
    const rows = [
      ...printed(caseDiagnostics(validCase.replace(/^summary: .*\n/m, ''))),
      ...printed(caseDiagnostics(validCase.replace('tags:', 'tag:'))),
      ...printed(caseDiagnostics(validCase.replace(/^title: .*$/m, `title: ${'长'.repeat(61)}`))),
      ...printed(yamlDiagnostics(sourceSchema, validSource.replace('outlet: 烟台日报', 'outlet: ""'))),
    ];
    expect(rows).toEqual([
      'summary: is required but missing',
      'tag: unknown field "tag" (did you mean "tags"?)',
      'title: must be at most 60 characters (a Latin letter or space counts half) and 70 in all, so it fits cards and search results',
      'outlet: must be at least 2 characters (or write "unknown" if the source does not show it)',
    ]);
    const [kind] = printed(caseDiagnostics(validCase.replace('kind: industrial-chain', 'kind: 工厂')));
    expect(kind).toBe('kind: must be lower-case letters, digits and single hyphens, such as "penglai-chain"');
  });
});
