import { figuresIn } from './figure/scan.ts';
import type { ParsedFigure } from './figure/parse.ts';
import * as normalise from './normalise.ts';

/**
 * The keys a figure is indexed and searched under, by value rather than by
 * how it is written: 300亿元 and 三百亿元 share `#currency:元:30000000000`,
 * 1000余人 and 一千多人 share `#count:人:1000`, 50% and 百分之五十 share
 * `#percent:50`, 2万㎡ and 2万平方米 share `#area:20000`. Each figure also
 * has a key of its number alone (`#n:30000000000`), which is what a query
 * without a unit (`300亿`) searches.
 */
export function figureKeys(figure: ParsedFigure): string[] {
  const { dimension, symbol } = figure.unit;
  const value = Number(figure.normalized.toPrecision(12));
  const keys = [`#n:${Number(figure.value.toPrecision(12))}`];
  if (symbol || dimension !== 'count') keys.unshift(`#${dimension}:${dimension === 'count' ? `${symbol}:` : ''}${value}`);
  return keys;
}

/** Every figure key of a text with how often it occurs (for the index). */
export function figureKeyCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { figure } of figuresIn(normalise.compatibility(text))) {
    for (const key of figureKeys(figure)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The figures a query holds, each with where it stands in the query and its most specific key. */
export function queryFigures(query: string): { start: number; end: number; printed: string; key: string }[] {
  return figuresIn(query).map(({ offset, figure }) => ({
    start: offset,
    end: offset + figure.printed.length,
    printed: figure.printed,
    key: figureKeys(figure)[0]!,
  }));
}
