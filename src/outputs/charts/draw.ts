import type * as PlotModule from '@observablehq/plot';
import { barValueText, type Chart } from '../../domain/charts/group.ts';
import { ui } from '../../site.config.ts';
import { wrapLabel } from '../../domain/charts/labels.ts';
import { textWidth } from '../../domain/text-width.ts';
import { escapeHtml } from '../../domain/html.ts';
import { colors } from '../../design/tokens.ts';
import { cachedChart, keepChart } from './cache.ts';

// The chart is 360 units wide and scales down with its column (viewBox, max-width: 100%): in a
// report on a 360 px phone (a 280 px column) its 14-unit labels are still 11 px, its axis 9 px.
// Labels sit above their bars, so a long subject wraps over the whole width instead of
// squeezing the bars.
const WIDTH = 360;
const LABEL_SIZE = 14;
const VALUE_SIZE = 13;
const LINE_HEIGHT = 1.35;
const BAR = 14;
const LABEL_GAP = 4;
const ROW_GAP = 12;
const MARGIN_TOP = 6;
const MARGIN_BOTTOM = 40;
const MARGIN_LEFT = 6;
// The site's colours (src/design/tokens.ts): ink labels, seal-red bars, soft figures and axis, hairline grid.
const { ink: INK, accent: ACCENT, inkSoft: SOFT, rule: RULE } = colors;

/**
 * Observable Plot and one server-side DOM for every chart (Plot builds its SVG
 * with `document`, as its docs describe for Node), loaded when a page first
 * draws a chart: a rebuild that renders no chart page never loads them (about
 * a quarter of a second).
 */
let library: Promise<{ Plot: typeof PlotModule; document: Document }> | undefined;
const load = () =>
  (library ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, { parseHTML }]) => ({
    Plot,
    document: parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document,
  })));
// A case page and the reports that print the case show the same chart: draw it once per build process,
// with this in place of the page's id until a page asks for it. Only the latest few are kept in memory (a
// map of every chart of 50,000 cases held hundreds of megabytes to the end of the build); the others are
// read back from the chart store, which keeps every drawing.
const drawn = new Map<string, string>();
const DRAWN_KEPT = 512;
const ID = 'casebook-chart-id';

/** What a chart's drawing is made from, its key in the chart store: the chart and its description, which is in the interface's language. */
export const chartMemo = (chart: Chart): string => JSON.stringify([chart, ui.charts.description(chart)]);

/**
 * The chart as an accessible, static SVG: `role="img"` named by its
 * `<title>` and described, bar by bar, by its `<desc>`; every label whole,
 * wrapped over lines; each bar ending in the figure as printed, marked when
 * qualified (≈ > ≥ <) or disputed (*). `id` must be unique on the page.
 * Text is set in the page's font (`font-family: inherit`): nothing is
 * measured, labels are wrapped by an estimate that errs wide (see
 * `domain/charts/labels.ts` and `domain/text-width.ts`).
 */
export async function drawChart(chart: Chart, id: string): Promise<string> {
  const memo = chartMemo(chart);
  let svg = drawn.get(memo);
  if (svg === undefined) {
    svg = await cachedChart(memo);
    if (svg === undefined) {
      svg = draw(await load(), chart, ui.charts.description(chart), ID);
      await keepChart(memo, svg);
    }
    drawn.set(memo, svg);
    if (drawn.size > DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  }
  // Each page gives its own ids (a report holds many chapters); the drawing is the same.
  return svg.replaceAll(`"${ID}-`, `"${escapeHtml(id)}-`);
}

interface Row {
  lines: string;
  labelTop: number;
  barTop: number;
  barBottom: number;
  value: number;
  text: string;
  qualified: boolean;
  disputed: boolean;
}

function draw({ Plot, document }: Awaited<ReturnType<typeof load>>, chart: Chart, description: string, id: string): string {
  const texts = chart.bars.map(barValueText);
  // Room after the longest bar for its figure, so no figure runs off the chart.
  const marginRight = Math.ceil(Math.max(...texts.map((text) => textWidth(text))) * VALUE_SIZE) + 12;
  const labelEm = (WIDTH - MARGIN_LEFT - 4) / LABEL_SIZE;
  let y = MARGIN_TOP;
  const rows: Row[] = chart.bars.map((bar, index) => {
    const lines = wrapLabel(bar.label, labelEm);
    const labelTop = y;
    y += lines.length * LABEL_SIZE * LINE_HEIGHT + LABEL_GAP;
    const barTop = y;
    y += BAR + ROW_GAP;
    return { lines: lines.join('\n'), labelTop, barTop, barBottom: barTop + BAR, value: bar.value, text: texts[index]!, qualified: bar.mark !== '', disputed: bar.disputed };
  });
  const height = Math.ceil(y - ROW_GAP + 8 + MARGIN_BOTTOM);
  const max = Math.max(...rows.map((row) => row.value), 0) || 1;
  const plain = rows.filter((row) => !row.disputed);
  const disputed = rows.filter((row) => row.disputed);
  const bars = (data: Row[], options: PlotModule.RectXOptions) =>
    Plot.rectX(data, { x1: 0, x2: 'value', y1: 'barTop', y2: 'barBottom', fill: ACCENT, fillOpacity: (row: Row) => (row.qualified ? 0.55 : 1), ...options });
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginTop: MARGIN_TOP,
    marginRight,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: MARGIN_LEFT,
    className: 'stat-chart-svg',
    style: { fontFamily: 'inherit', fontSize: `${VALUE_SIZE}px`, color: INK, background: 'none' },
    x: { domain: [0, max], nice: true },
    // Rows have their own heights (labels of one, two or three lines): y is in pixels, without an axis.
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX({ ticks: 4, stroke: RULE, strokeOpacity: 1 }),
      Plot.axisX({ ticks: 4, label: chart.axisUnit || null, labelAnchor: 'right', labelArrow: 'none', labelOffset: 34, tickSize: 4, fontSize: 12, fill: SOFT }),
      bars(plain, {}),
      bars(disputed, { stroke: INK, strokeWidth: 1, strokeDasharray: '3,2' }),
      Plot.ruleX([0], { stroke: INK }),
      Plot.text(rows, {
        x: 0,
        y: 'labelTop',
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE_HEIGHT,
        fontSize: LABEL_SIZE,
        fill: INK,
        className: 'stat-chart-label',
      }),
      Plot.text(rows, {
        x: 'value',
        y: (row: Row) => (row.barTop + row.barBottom) / 2,
        text: 'text',
        dx: 5,
        textAnchor: 'start',
        lineAnchor: 'middle',
        fontSize: VALUE_SIZE,
        fill: SOFT,
        className: 'stat-chart-value',
      }),
    ],
  }) as unknown as SVGSVGElement;
  // Plot's own stylesheet is replaced by the attributes the page needs; the SVG is named and described.
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.removeAttribute('font-family');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('aria-describedby', `${id}-desc`);
  // No inline style (pages forbid it; the figure's stylesheet sizes the SVG, see StatChart.astro), and no aria-label on
  // Plot's groups ("rect", "rule"): a g without a role may not carry one, and the svg's title and desc say it all.
  svg.removeAttribute('style');
  for (const group of [...svg.querySelectorAll('[aria-label]')]) group.removeAttribute('aria-label');
  for (const group of [...svg.querySelectorAll('[aria-description]')]) group.removeAttribute('aria-description');
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${id}-desc`);
  desc.textContent = description;
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = chart.title;
  svg.prepend(title, desc);
  // Plot writes positions to 14 decimals; a hundredth of a unit is finer than any screen or printer.
  return svg.outerHTML.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d{3,}/g, (number) => String(Number(Number(number).toFixed(2))))}"`);
}
