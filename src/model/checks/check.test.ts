import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic, formatReport } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Source texts for the fixtures' one source, so these tests never depend on ../shared/seeds or CASEBOOK_SOURCE_TEXTS. */
const sourceTexts = 'tests/fixtures/valid/texts';

describe('whole-casebook check', () => {
  it('passes a valid casebook', async () => {
    const { casebook, diagnostics, skipped } = await checkCasebook(root, { contentDir: 'tests/fixtures/valid', sourceTexts });
    expect(casebook.cases.map((entry) => entry.id)).toEqual(['penglai-sample']);
    expect(casebook.cases[0]!.data.stats.map((stat) => stat.figure)).toEqual(['126米', '12家', '30名', '22个', '7个']);
    // Every check ran, the source-text ones included.
    expect(skipped).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('reports dangling references, duplicate and invalid ids, empty and incomplete files, each with file and line', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: 'tests/fixtures/broken', sourceTexts });
    const lines = diagnostics.map(formatDiagnostic).sort();
    expect(lines).toEqual(
      [
        'tests/fixtures/broken/cases/2025/dangling.mdx:4:9 series: unknown series "penglai-chian" (did you mean "penglai-chain"?): no file tests/fixtures/broken/series/penglai-chian.yaml',
        'tests/fixtures/broken/cases/2025/dangling.mdx:12:27 sources[1]: unknown source "spread-b16": no file tests/fixtures/broken/sources/spread-b16.yaml',
        'tests/fixtures/broken/cases/2026/Bad Name.mdx:1:1 file name "Bad Name" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "penglai-chain.mdx"',
        'tests/fixtures/broken/cases/2026/empty.mdx:1:1 the file is empty: a case study starts with a --- frontmatter block (see docs/editors/writing-a-case.md)',
        'tests/fixtures/broken/cases/2026/twin.mdx:1:1 duplicate id "twin": tests/fixtures/broken/cases/2025/twin.mdx has the same id',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 description: is required but missing',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 outlet: is required but missing',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 type: is required but missing',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 date: is required but missing',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 pages: is required but missing',
        'tests/fixtures/broken/sources/incomplete.yaml:1:1 authors: is required but missing',
      ].sort(),
    );
  });

  it('groups the report per file and ends with a summary line', async () => {
    const { diagnostics } = await checkCasebook(root, { contentDir: 'tests/fixtures/broken', sourceTexts });
    const report = formatReport(diagnostics);
    expect(report.split('\n').at(-1)).toBe('11 errors in 5 files');
    expect(report).toContain('tests/fixtures/broken/sources/incomplete.yaml\n  tests/fixtures/broken/sources/incomplete.yaml:1:1 ');
  });
});
