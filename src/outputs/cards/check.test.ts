import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteCasebook } from '../../integration/casebook.ts';
import { optionsSchema, resolveOptions } from '../../options.ts';
import { formatDiagnostic } from '../../model/diagnostics.ts';

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

  it('covers every text a card draws, such as a headline statistic\'s period', async () => {
    // The period is printed on the statistic's card; an earlier check listed the fields by hand and missed it.
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-glyph-'));
    try {
      cpSync(path.join(root, 'tests/fixtures/valid'), dir, { recursive: true });
      const file = path.join(dir, 'cases/penglai-sample.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('    metric: 长度\n', '    metric: 长度\n    period: 𠀀年\n'));
      const { diagnostics } = await load(dir);
      expect(diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.field}: ${diagnostic.message}`)).toEqual([
        '18:13 stats[0].period: the social card cannot draw "𠀀" (U+20000); use another character or add a font that has it',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
