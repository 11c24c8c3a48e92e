import type { Statistic } from '../../casebook/schemas/statistic.ts';
import { DIMENSION_LABELS } from '../../domain/figure/units.ts';
import { barChart } from './bars.ts';

// A chart compares like with like: the same dimension and the same printed unit or measure word.
const MIN_BARS = 3;
const MAX_BARS = 12;

/** The bar charts for one case's statistics: one per group of at least three comparable figures, largest first. */
export function statCharts(caseTitle: string, stats: readonly Statistic[]): string[] {
  const groups = new Map<string, Statistic[]>();
  for (const stat of stats) {
    const { dimension, symbol } = stat.value.unit;
    if (dimension === 'date' || dimension === 'rank' || dimension === 'magnitude') continue;
    const key = `${dimension}|${dimension === 'count' || dimension === 'duration' ? symbol : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), stat]);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length >= MIN_BARS)
    .map(([key, group]) => {
      const [dimension, symbol] = key.split('|') as [keyof typeof DIMENSION_LABELS, string];
      const sorted = [...group].sort((a, b) => b.value.normalized - a.value.normalized).slice(0, MAX_BARS);
      const unit = symbol ? `（单位：${symbol}）` : `（${DIMENSION_LABELS[dimension]}）`;
      return barChart(
        sorted.map((stat) => ({ label: truncate(`${stat.subject} ${stat.metric}`, 17), value: stat.value.normalized, display: stat.figure })),
        { title: `${caseTitle.split('：')[0]}：${DIMENSION_LABELS[dimension].replace(/（.*/, '')}${unit}` },
      );
    });
}

function truncate(text: string, length: number): string {
  return [...text].length > length ? `${[...text].slice(0, length - 1).join('')}…` : text;
}
