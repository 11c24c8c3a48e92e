import { escapeHtml as escape } from '../../domain/html.ts';

/** One bar: a label and its value. */
export interface Bar {
  label: string;
  value: number;
  /** Text printed at the end of the bar, e.g. the figure as printed. */
  display: string;
}


/**
 * A horizontal bar chart as an SVG string, drawn at build time so reports
 * need no chart script. Bars share one scale; labels and values are escaped.
 */
export function barChart(bars: readonly Bar[], options: { title: string; width?: number }): string {
  const width = options.width ?? 640;
  const labelWidth = 230;
  const valueWidth = 110;
  const row = 26;
  const top = 30;
  const height = top + bars.length * row + 8;
  const max = Math.max(...bars.map((bar) => bar.value), 0) || 1;
  const plot = width - labelWidth - valueWidth;
  const rows = bars
    .map((bar, index) => {
      const y = top + index * row;
      const length = Math.max(2, (bar.value / max) * plot);
      return [
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" font-size="13" fill="#1f2328">${escape(bar.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 5}" width="${length.toFixed(1)}" height="16" fill="#b3261e" rx="2"/>`,
        `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 17}" font-size="13" fill="#555d66">${escape(bar.display)}</text>`,
      ].join('');
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(options.title)}"><title>${escape(options.title)}</title><text x="0" y="18" font-size="14" font-weight="700" fill="#1f2328">${escape(options.title)}</text>${rows}</svg>`;
}
