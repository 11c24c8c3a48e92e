import { describe, expect, it } from 'vitest';
import { sourceSchema } from './source.ts';
import { validateYaml } from './test-helpers.ts';

const record = `title: 烟台开发区：以新时代党建引领自贸区高质量发展
description: 烟台开发区集聚区党建的期刊综合报道
outlet: unknown
type: magazine
date: 2022-06
pages: unknown
authors: [杜英姿, 郭文治]
text: 001_88824d566babf10b.txt
`;

describe('source record', () => {
  it('keeps unknown facts as unknown and a date at its precision', () => {
    const { data, problems } = validateYaml(sourceSchema, record, 'content/sources/a.yaml');
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ outlet: 'unknown', pages: 'unknown', date: { year: 2022, month: 6, precision: 'month' } });
  });

  it('takes a web address, and refuses one that is not http or https, such as a script', () => {
    expect(validateYaml(sourceSchema, `${record}url: https://usmayors.org/?p=1499\n`, 'content/sources/a.yaml').problems).toEqual([]);
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a.txt', 'www.example.org']) {
      expect(validateYaml(sourceSchema, `${record}url: "${url}"\n`, 'content/sources/a.yaml').problems, url).toEqual([
        'content/sources/a.yaml:9:6 url: must be a web address starting with http:// or https://',
      ]);
    }
  });

  it('accepts an unknown title when a description says what the document is', () => {
    const { data, problems } = validateYaml(sourceSchema, record.replace(/^title: .*$/m, 'title: unknown'));
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ title: 'unknown', description: '烟台开发区集聚区党建的期刊综合报道' });
  });

  it('refuses a guessed-looking empty outlet and says "unknown" is the way out', () => {
    expect(validateYaml(sourceSchema, record.replace('outlet: unknown', 'outlet: ""'), 'content/sources/a.yaml').problems).toEqual([
      'content/sources/a.yaml:3:9 outlet: must be at least 2 characters (or write "unknown" if the source does not show it)',
    ]);
  });

  it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(validateYaml(sourceSchema, record.replace('date: 2022-06', 'date: 2022年6月'), 'content/sources/a.yaml').problems).toEqual([
      'content/sources/a.yaml:5:7 date: "2022年6月" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-06) (or write "unknown" if the source does not show it)',
    ]);
  });

  it('refuses an unknown publication type', () => {
    expect(validateYaml(sourceSchema, record.replace('type: magazine', 'type: blog'), 'content/sources/a.yaml').problems).toEqual([
      'content/sources/a.yaml:4:7 type: must be one of: newspaper, magazine, website, report',
    ]);
  });

  it('requires the source text to be a .txt file name', () => {
    expect(validateYaml(sourceSchema, record.replace('001_88824d566babf10b.txt', '../secret'), 'content/sources/a.yaml').problems).toEqual([
      'content/sources/a.yaml:8:7 text: must be a .txt file name such as "002_53224f3071a808ca.txt" (or write "unknown" if the source does not show it)',
    ]);
  });
});
