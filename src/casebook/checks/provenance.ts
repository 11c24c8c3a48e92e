import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { withoutWhitespace, type SourceTexts } from '../source-texts.ts';
import { figuresIn } from '../../domain/figure/scan.ts';
import { sameQuantity, type ParsedFigure } from '../../domain/figure/parse.ts';

/**
 * Every figure must be printed in the text of the source it cites as a
 * whole figure: the same value, unit (a count's measure word too) and
 * qualifier, never part of a longer number (`27家` is not in `427家`).
 * Source texts are read with whitespace removed (they are hard-wrapped) and
 * full-width characters folded. A qualifier or measure word that differs is
 * named; a figure not found names the nearest the source prints. A source
 * whose record names a text file the folder lacks is an error too.
 */
export async function checkProvenance(casebook: Casebook, texts: SourceTexts): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(casebook.sources.map((entry) => [entry.id, entry]));
  const normalised = new Map<string, string | undefined>();
  for (const source of casebook.sources) {
    if (!source.data.text) continue;
    const text = await texts.read(source.data.text);
    if (text === undefined) {
      diagnostics.push({
        file: source.file,
        ...source.source.locate(['text']),
        field: 'text',
        message: `no file ${source.data.text} in the source-text folder ${texts.dir}`,
      });
    }
    normalised.set(source.id, text === undefined ? undefined : withoutWhitespace(text.normalize('NFKC')));
  }
  // Each source text is scanned once into the whole figures it prints, indexed by dimension and value.
  const printed = new Map<string, Map<string, ParsedFigure[]>>();
  for (const [id, text] of normalised) {
    if (text === undefined) continue;
    const index = new Map<string, ParsedFigure[]>();
    for (const { figure } of figuresIn(text)) {
      const key = quantityKey(figure);
      const same = index.get(key);
      if (same) same.push(figure);
      else index.set(key, [figure]);
    }
    printed.set(id, index);
  }
  for (const entry of casebook.cases) {
    entry.data.stats.forEach((stat, index) => {
      const source = sources.get(stat.source.id);
      const figures = printed.get(stat.source.id);
      if (!source?.data.text || !figures) return;
      const sameValue = figures.get(quantityKey(stat.value)) ?? [];
      if (sameValue.some((figure) => samePrinted(figure, stat.value))) return;
      const where = `source "${stat.source.id}" (${source.data.text})`;
      // The same number and unit with another qualifier: 97% where the source says 近97%.
      const qualified = sameValue.find((figure) => figure.unit.symbol === stat.value.unit.symbol);
      diagnostics.push({
        file: entry.file,
        ...entry.source.locate(['stats', index, 'figure']),
        field: `stats[${index}].figure`,
        message: qualified
          ? `"${stat.figure}" is printed in ${where} as "${qualified.printed}": the qualifier differs (${qualified.qualifier}, not ${stat.value.qualifier}); copy the figure with its qualifier`
          : `"${stat.figure}" is not printed in ${where}; copy the figure exactly as the source prints it${nearest(stat.value, figures)}`,
      });
    });
  }
  return diagnostics;
}

// Figures of one dimension and value share a key; within it, qualifier and measure word tell them apart.
const quantityKey = (figure: ParsedFigure) => `${figure.unit.dimension}|${figure.normalized}`;

/** The same figure as printed: value, unit (a count's measure word too) and qualifier. */
function samePrinted(a: ParsedFigure, b: ParsedFigure): boolean {
  return sameQuantity(a, b) && (a.unit.dimension !== 'count' || a.unit.symbol === b.unit.symbol);
}

/** The figures of the same kind the source prints closest in value, for the editor to compare. */
function nearest(figure: ParsedFigure, figures: ReadonlyMap<string, ParsedFigure[]>): string {
  const distance = (other: ParsedFigure) => Math.abs(Math.log((Math.abs(other.normalized) + 1) / (Math.abs(figure.normalized) + 1)));
  const close = [...figures.values()]
    .flat()
    .filter((other) => other.unit.dimension === figure.unit.dimension)
    // Closest in value first; among equals, the same unit or measure word first.
    .sort((a, b) => distance(a) - distance(b) || Number(a.unit.symbol !== figure.unit.symbol) - Number(b.unit.symbol !== figure.unit.symbol))
    .map((other) => other.printed);
  const shown = [...new Set(close)].slice(0, 3);
  return shown.length ? ` (the nearest it prints: ${shown.join(', ')})` : '';
}
