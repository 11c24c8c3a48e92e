import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { indexCasebook } from './memory.ts';
import { meilisearchExportFiles } from './meilisearch.ts';
import { queryFigureTokens, type EngineRecord } from '../../domain/search-engine.ts';
import { casebookSettingsSchema } from '../../model/schemas/casebook.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('./meilisearch-document.schema.json', import.meta.url), 'utf8'));

describe('the Meilisearch export', async () => {
  const index = await indexCasebook(root, `${root}content`);
  const files = meilisearchExportFiles(index, 'zh-CN');
  const documents = [...files].filter(([name]) => name.endsWith('.ndjson'));
  const records: EngineRecord[] = documents.flatMap(([, text]) => text.trimEnd().split('\n').map((line) => JSON.parse(line)));

  it('writes newline-delimited JSON, one record a line, every record valid under Meilisearch\'s rules for documents', () => {
    expect(documents.map(([name]) => name)).toEqual(['documents-000.ndjson']);
    for (const [, text] of documents) expect(text.endsWith('\n') && !text.includes('\n\n')).toBe(true);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const invalid = records.filter((record) => !validate(structuredClone(record))).map((record) => `${record.id}: ${JSON.stringify(validate.errors)}`);
    expect(invalid).toEqual([]);
    // A primary key must be unique, or Meilisearch keeps only the last record with it.
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('has one record per indexed section of every case', () => {
    expect(records).toHaveLength(index.docs.reduce((total, file) => total + file.sections.length, 0));
    expect(new Set(records.map((record) => record.case))).toEqual(new Set(index.docs.map((file) => file.doc.id)));
  });

  it('carries the traditional form, the pinyin and the figures by value as fields', () => {
    const penglai = records.filter((record) => record.case === 'penglai-offshore-chain');
    expect(penglai.some((record) => record.traditional.includes('風電'))).toBe(true);
    // As words (a server tokenises each entry: `penglai qu` holds `penglai`) and by initials (`plq`, found by prefix as `pl`).
    expect(penglai[0]!.pinyin.flatMap((entry) => entry.split(' '))).toEqual(expect.arrayContaining(['penglai', 'plq']));
    // The figure written another way (26000万元) finds the figure as printed (2.6亿元).
    const [token] = queryFigureTokens('26000万元');
    expect(token).toMatch(/^fig[0-9a-f]+$/);
    expect(records.some((record) => record.case === 'penglai-edz' && record.figures.includes(token!))).toBe(true);
  });

  it('names in its settings only fields the records have', () => {
    const settings = JSON.parse(files.get('settings.json')!);
    const fields = new Set(records.flatMap((record) => Object.keys(record)));
    for (const name of [...settings.searchableAttributes, ...settings.filterableAttributes, ...settings.sortableAttributes, settings.distinctAttribute]) {
      expect(fields.has(name) || name.startsWith('en_'), name).toBe(true);
    }
  });
});

describe('search.engine in casebook.yaml', () => {
  const settings = { title: '案例库', shortTitle: '案例库', description: '一个用于测试的案例库设置。', publisher: '测试单位', kinds: { park: '园区' } };
  const engine = { kind: 'meilisearch', url: 'https://search.example.org', indexUid: 'casebook', apiKey: 'search-key' };

  it('takes a Meilisearch server with its index and a search key', () => {
    expect(casebookSettingsSchema.parse({ ...settings, search: { engine } }).search.engine).toEqual(engine);
    expect(casebookSettingsSchema.parse(settings).search.engine).toBeUndefined();
  });

  it('refuses another engine, an address that is no web address and an index name Meilisearch would refuse, saying what it wants', () => {
    const problems = (value: object) => casebookSettingsSchema.safeParse({ ...settings, search: { engine: { ...engine, ...value } } }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems({ kind: 'typesense' })).toEqual(['search.engine.kind: must be meilisearch, the one engine the search page speaks']);
    expect(problems({ url: 'search.example.org' })).toEqual(['search.engine.url: must be the web address of the search server, such as https://search.example.org']);
    expect(problems({ indexUid: 'case book' })).toEqual(['search.engine.indexUid: must be an index name of letters, digits, - and _, such as casebook']);
  });
});
