import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadSiteCasebook } from '../casebook.ts';
import { optionsSchema, resolveOptions } from '../../options.ts';
import { formatDiagnostic } from '../../casebook/diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The casebook in `content` as the build and `npm run check` load it, against the fixtures' own source text. */
const load = (content: string) => loadSiteCasebook(resolveOptions(optionsSchema.parse({ root, content, sourceTexts: 'tests/fixtures/valid/texts' })));

describe('text the social cards cannot draw', () => {
  it('is reported at its field before anything is built', async () => {
    const { casebook, diagnostics, skipped } = await load('tests/fixtures/broken-glyph');
    expect(casebook.cases.map((entry) => entry.id)).toEqual(['rare-glyph']);
    expect(skipped).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'tests/fixtures/broken-glyph/cases/rare-glyph.mdx:2:8 title: the social card cannot draw "𠀀" (U+20000); use another character or add a font that has it',
    ]);
  });

  it('passes a casebook whose cards can draw every character', async () => {
    const { casebook, diagnostics } = await load('tests/fixtures/valid');
    expect(casebook.cases.map((entry) => entry.id)).toEqual(['penglai-sample']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
