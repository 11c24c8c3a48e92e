import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseFigure } from '../../domain/figure/parse.ts';
import { chartsOf, type Chart } from '../../domain/charts/group.ts';
import type { Claim } from '../../domain/claims.ts';
import { drawChart } from './draw.ts';
import { uiFor } from '../../i18n/ui.ts';

const zhWords = { words: uiFor('zh-CN').charts.grouping };

const stat = (id: string, figure: string, subject: string, metric = '年度经费'): Claim => {
  const parsed = parseFigure(figure);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id, figure, subject, metric, source: { id: 'source' }, value: parsed.figure };
};

function chart(): Chart {
  return chartsOf([
    { caseId: 'a', caseLabel: '甲', stat: stat('a1', '40多万元', '烟台开发区“两新”组织党建工作专项经费（全区各级党组织合计）'), disputed: true },
    { caseId: 'a', caseLabel: '甲', stat: stat('a2', '约25万元', '烟台高新区孵化器党组织'), disputed: false },
    { caseId: 'a', caseLabel: '甲', stat: stat('a3', '120万元', '<script>alert(1)</script>“五争一树”活动'), disputed: false },
  ], zhWords)[0]!;
}

/** The SVG read back: its root, and each text of a mark group as one string (tspans joined). */
function read(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  const texts = (group: string) => [...root.querySelectorAll(`g.${group} text`)].map((text) => text.textContent);
  return { root, labels: texts('stat-chart-label'), values: texts('stat-chart-value') };
}

describe('drawing a chart', async () => {
  it('is an accessible image: role, title and description, ids from the page', async () => {
    const { root } = read(await drawChart(chart(), 'chart-1'));
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('chart-1-title');
    expect(root.getAttribute('aria-describedby')).toBe('chart-1-desc');
    expect(root.querySelector('title')!.id).toBe('chart-1-title');
    expect(root.querySelector('title')!.textContent).toBe('年度经费（万元）');
    expect(root.querySelector('desc')!.textContent).toContain('烟台开发区“两新”组织党建工作专项经费（全区各级党组织合计）：40多万元（各来源说法不一）');
    expect(root.firstElementChild!.tagName.toLowerCase()).toBe('title');
  });

  it('fits any column: a viewBox, no fixed font, no stylesheet of its own', async () => {
    const svg = await drawChart(chart(), 'chart-1');
    const { root } = read(svg);
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 360 \d+$/);
    // Sized and set in the page's font by the figure's stylesheet (StatChart.astro): pages carry no inline style.
    expect(root.hasAttribute('style')).toBe(false);
    expect(root.hasAttribute('font-family')).toBe(false);
    // Plot's group labels ("rect", "rule") are not allowed on a g without a role; the title and desc name the chart.
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('shows every label whole, wrapped, and every figure as printed with its marks', async () => {
    const { labels, values, root } = read(await drawChart(chart(), 'chart-1'));
    expect(labels).toEqual(['<script>alert(1)</script>“五争一树”活动', '烟台开发区“两新”组织党建工作专项经费（全区各级党组织合计）', '烟台高新区孵化器党组织']);
    expect(root.querySelectorAll('g.stat-chart-label tspan').length).toBeGreaterThanOrEqual(2);
    expect(values).toEqual(['120万元', '> 40多万元 *', '≈ 约25万元']);
    for (const text of [...labels, ...values]) expect(text).not.toMatch(/…/);
  });

  it('escapes labels, draws bars on one scale, and outlines disputed bars', async () => {
    const svg = await drawChart(chart(), 'chart-1');
    expect(svg).not.toContain('<script>');
    const { root } = read(svg);
    const widths = [...root.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths).toHaveLength(3);
    const [largest, disputed, about] = [...widths].sort((a, b) => b - a);
    expect(largest! / about!).toBeCloseTo(120 / 25, 1);
    expect(largest! / disputed!).toBeCloseTo(120 / 40, 1);
    const outlined = [...root.querySelectorAll('g[stroke-dasharray] rect')];
    expect(outlined).toHaveLength(1);
  });

  it('draws the same chart once per build, with each page\'s ids', async () => {
    const first = await drawChart(chart(), 'chart-9');
    expect(await drawChart(chart(), 'chart-9')).toBe(first);
    const other = await drawChart(chart(), 'chapter-a-chart-1');
    expect(other).toBe(first.replaceAll('"chart-9-', '"chapter-a-chart-1-'));
    expect(other).not.toContain('chart-9');
  });
});
