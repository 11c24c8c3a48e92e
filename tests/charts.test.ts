import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Casebook } from '../src/model/load.ts';
import type { Statistic } from '../src/model/schemas/statistic.ts';
import { comparisonKey, metricParts, periodKey } from '../src/domain/charts/group.ts';
import { builtSite, root, type BuildResult } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { pdfFonts, pdfLines, pdfLinks } from './helpers/pdf.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** Every HTML page of a built site, relative to its folder. */
function pages(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(prefix, entry.name);
    if (entry.isDirectory()) return pages(dir, file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

describe('charts on the built bundled site', () => {
  let site: BuildResult;
  let casebook: Casebook;
  let charts: { page: string; figure: Element; document: Document }[];
  beforeAll(async () => {
    casebook = await loadContent();
    site = builtSite(dist);
    charts = pages(site.outDir).flatMap((page) => {
      const { document } = parseHTML(site.read(page));
      return [...document.querySelectorAll('figure[data-chart]')].map((figure) => ({ page, figure, document: document as unknown as Document }));
    });
  });

  it('draws the two charts of 烟台开发区 on its page and in the reports that hold it, and nowhere else', () => {
    // Its charts, by the statistics they draw (another case may have charts of its own).
    const ours = charts.filter(({ figure }) => figure.getAttribute('data-stats')!.split(' ').some((ref) => ref.startsWith('yantai-development-zone/')));
    const where = ours.map(({ page, figure }) => `${page} ${figure.querySelector('svg title')?.textContent}`);
    const both = (page: string) => [`${page} 每月津贴标准（元）`, `${page} 中心数（个）`];
    expect(where.sort()).toEqual(
      [...both('cases/yantai-development-zone/index.html'), ...both('reports/casebook/index.html'), ...both('reports/yantai-parks/index.html')].sort(),
    );
  });

  it('gives every chart one metric, one unit and one period (or one subject over periods)', () => {
    const stats = new Map<string, Statistic>(casebook.cases.flatMap((entry) => entry.data.stats.map((stat) => [`${entry.id}/${stat.id}`, stat] as const)));
    for (const { page, figure } of charts) {
      const refs = figure.getAttribute('data-stats')!.split(' ');
      const drawn = refs.map((ref) => stats.get(ref)!);
      expect(drawn.every(Boolean), `${page}: ${refs}`).toBe(true);
      expect(drawn.length, page).toBeGreaterThanOrEqual(3);
      expect(new Set(drawn.map(comparisonKey)).size, page).toBe(1);
      expect(new Set(drawn.map((stat) => metricParts(stat.metric).key))).toEqual(new Set([figure.getAttribute('data-metric')]));
      expect(new Set(drawn.map((stat) => `${stat.value.unit.dimension} ${stat.value.unit.symbol}`))).toEqual(new Set([figure.getAttribute('data-unit')]));
      const onePeriod = new Set(drawn.map(periodKey)).size === 1;
      const oneSubject = new Set(drawn.map((stat) => stat.subject)).size === 1;
      expect(onePeriod || oneSubject, page).toBe(true);
    }
  });

  it('makes every chart an image with a title and a description, its caption linking to the table of its figures', () => {
    for (const { page, figure, document } of charts) {
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('role'), page).toBe('img');
      const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
      const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
      expect(title?.tagName.toLowerCase(), page).toBe('title');
      expect(desc?.tagName.toLowerCase(), page).toBe('desc');
      expect(title!.textContent!.length).toBeGreaterThan(2);
      // One title: the metric and its unit once, never a dimension's name around it (金额（金额（元））).
      expect(title!.textContent).not.toMatch(/（[^）]*（/);
      expect(figure.querySelector('figcaption')!.textContent).toContain(title!.textContent);
      expect(svg.getAttribute('viewBox'), page).toMatch(/^0 0 \d+ \d+$/);
      expect(svg.hasAttribute('style'), page).toBe(false);
      const link = figure.querySelector('figcaption a')!.getAttribute('href')!;
      const target = document.getElementById(link.slice(1));
      expect(target, `${page}: ${link}`).not.toBeNull();
      expect(target!.closest('table') ?? target!.parentElement!.querySelector('table'), `${page}: ${link} is a table or its heading`).not.toBeNull();
    }
  });

  it('labels every bar in full, with the figure as printed, and cuts nothing', () => {
    const stats = new Map<string, Statistic>(casebook.cases.flatMap((entry) => entry.data.stats.map((stat) => [`${entry.id}/${stat.id}`, stat] as const)));
    for (const { page, figure } of charts) {
      const drawn = figure.getAttribute('data-stats')!.split(' ').map((ref) => stats.get(ref)!);
      const labels = [...figure.querySelectorAll('g.stat-chart-label text')].map((text) => text.textContent!);
      const values = [...figure.querySelectorAll('g.stat-chart-value text')].map((text) => text.textContent!);
      expect(labels.length, page).toBe(values.length);
      expect(new Set(labels).size, `${page}: labels differ`).toBe(labels.length);
      // Each label is a subject, tier or period exactly as the statistics state it.
      const names = new Set(drawn.flatMap((stat) => [stat.subject, metricParts(stat.metric).tier, stat.period]));
      for (const label of labels) expect(names, `${page}: ${label}`).toContain(label);
      for (const value of values) expect(drawn.map((stat) => stat.figure), page).toContain(value.replace(/^[≈>≥<] /, '').replace(/ \*$/, ''));
      for (const text of figure.querySelectorAll('svg text')) expect(text.textContent, page).not.toMatch(/…$/);
    }
  });

  it('prints the charts in the PDF report, labels whole and marks in the report font', async () => {
    const pdf = path.join(site.outDir, 'reports/yantai-parks.pdf');
    const text = (await pdfLines(pdf)).flat().join('').replace(/\s+/g, '');
    for (const expected of ['中心数（个）', '烟台开发区社区、楼宇、商圈等党群服务中心', '>20多个', '每月津贴标准（元）', '第三档']) expect(text).toContain(expected);
    expect((await pdfFonts(pdf)).filter((font) => font.type === 'Type3')).toEqual([]);
    // The captions' links to the chapter's table work in the PDF too.
    const { internal } = await pdfLinks(pdf);
    expect(internal.filter((link) => link.dest.includes('data-table')).length).toBeGreaterThanOrEqual(2);
    expect(internal.filter((link) => !link.resolves)).toEqual([]);
  });
});
