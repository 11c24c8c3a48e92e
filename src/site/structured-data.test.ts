import { describe, expect, it } from 'vitest';
import { caseJsonLd, citationMeta, jsonLdText, type CaseDescription } from './structured-data.ts';
import type { CaseData } from '../model/schemas/case.ts';

const data = {
  title: 'Mill Brook: a river cleared by its streets',
  summary: 'Residents cleared the bank street by street.',
  date: new Date('2026-03-01'),
  place: { province: 'England', city: 'Millbrook' },
  tags: ['rivers'],
  stats: [{ id: 'people', subject: 'River Street cleanups', metric: 'volunteer count', period: '2025年', figure: '1,300 residents' }],
} as unknown as CaseData;

const described: CaseDescription = {
  data,
  url: 'https://cases.example.org/cases/mill-brook/',
  image: 'https://cases.example.org/cards/cases/mill-brook.png',
  downloads: { csv: 'https://cases.example.org/api/cases/mill-brook.csv', json: 'https://cases.example.org/api/cases/mill-brook.json' },
  series: { data: { title: 'River towns', description: 'x', place: { province: 'England' }, order: 1 }, url: 'https://cases.example.org/series/rivers/' },
  sources: [{ title: 'unknown', description: 'A council notice', outlet: 'unknown', type: 'website', date: 'unknown', pages: 'unknown', authors: 'unknown', url: 'https://council.example.org/n/1' }],
  casebook: { title: 'Riverside Case Library', publisher: 'Riverside Policy Unit', lang: 'en', url: 'https://cases.example.org/', license: 'https://creativecommons.org/licenses/by/4.0/' },
  datasetLabel: 'Figures in this case',
};

describe('structured data of a case', () => {
  it('has an Article and, for a case with figures, a Dataset with a description of at least 50 characters and the licence', () => {
    const graph = (caseJsonLd(described) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph.map((node) => node['@type'])).toEqual(['Article', 'Dataset']);
    const dataset = graph[1]!;
    expect(String(dataset.description).length).toBeGreaterThanOrEqual(50);
    expect(dataset).toMatchObject({ temporalCoverage: '2025', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(graph[0]!.citation).toEqual([{ '@type': 'CreativeWork', name: 'A council notice', url: 'https://council.example.org/n/1' }]);
    const none = caseJsonLd({ ...described, data: { ...data, stats: [] } }) as { '@graph': unknown[] };
    expect(none['@graph']).toHaveLength(1);
  });

  it('cannot be closed or escaped by a case\'s text', () => {
    const hostile = jsonLdText(caseJsonLd({ ...described, data: { ...data, title: '</script><script>alert(1)</script>' } }));
    expect(hostile).not.toContain('<');
    expect((JSON.parse(hostile) as { '@graph': { headline: string }[] })['@graph'][0]!.headline).toBe('</script><script>alert(1)</script>');
  });

  it('gives reference managers the title, publisher, a slashed date and the language', () => {
    expect(citationMeta(described)).toEqual(
      expect.arrayContaining([
        ['citation_title', data.title],
        ['citation_author', 'Riverside Policy Unit'],
        ['citation_publication_date', '2026/03/01'],
        ['citation_language', 'en'],
      ]),
    );
  });
});
