import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedModel } from '../../model/shared-model.ts';
import { loadCasebook } from '../../model/load.ts';
import { publishedView } from '../../view/published.ts';
import { chartFolder } from './cache.ts';
import { chartMemo } from './draw.ts';
import { digestOf } from '../../domain/digest.ts';

describe('charts drawn ahead of the pages', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-predraw-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('draws in a worker thread every chart the store lacks, as a page would draw it, and none a second time', async () => {
    // The chart store is found once per process: fresh copies of the modules find this test's.
    vi.resetModules();
    const { predrawCharts } = await import('./predraw.ts');
    const shared = sharedModel();
    const before = shared.options;
    const options = { root: fileURLToPath(new URL('../../../', import.meta.url)), content: 'content', cardsCache: path.join(root, 'cards') };
    shared.options = options;
    try {
      const view = publishedView({ casebook: await loadCasebook(options.root, 'content') });
      const charts = view.cases.flatMap((entry) => view.caseCharts(entry.id));
      expect(charts.length).toBeGreaterThan(0);
      const warnings: string[] = [];
      const drawing = (await predrawCharts(view, (message) => warnings.push(message), 0))!;
      await drawing.done;
      expect(warnings).toEqual([]);
      expect(drawing.jobs).toBeGreaterThanOrEqual(charts.length);
      const stored = readdirSync(chartFolder(options));
      expect(stored).toHaveLength(drawing.jobs);
      // What a page draws without the store is what the worker stored.
      const drawings = stored.map((file) => readFileSync(path.join(chartFolder(options), file), 'utf8'));
      vi.resetModules();
      shared.options = undefined;
      const { drawChart } = await import('./draw.ts');
      for (const chart of charts) expect(drawings).toContain(await drawChart(chart, 'casebook-chart-id'));
      shared.options = options;
      // Everything is drawn now: a later build has nothing to hand to a worker.
      vi.resetModules();
      const later = await import('./predraw.ts');
      expect(await later.predrawCharts(view, (message) => warnings.push(message), 0)).toBeUndefined();
      // A build that wrote every page records what the view's charts were drawn from; the next build of that view
      // looks for no missing chart (here one is gone, and it trusts the record: a page draws a missing chart itself).
      const missing = charts[0]!;
      rmSync(path.join(chartFolder(options), `${digestOf(chartMemo(missing))}.svg`));
      const { keepChartsComplete } = await import('./cache.ts');
      await keepChartsComplete(later.chartInputs(view));
      vi.resetModules();
      const next = await import('./predraw.ts');
      expect(await next.predrawCharts(view, (message) => warnings.push(message), 0)).toBeUndefined();
      // A case changed: its charts are looked at again, and the missing one is drawn.
      const owner = view.cases.find((entry) => view.caseCharts(entry.id).includes(missing))!;
      const edited = { ...view, cases: view.cases.map((entry) => (entry === owner ? { ...entry, key: `${entry.key}-edited` } : entry)) };
      vi.resetModules();
      const fresh = await import('./predraw.ts');
      const again = (await fresh.predrawCharts(edited, (message) => warnings.push(message), 0))!;
      expect(again.jobs).toBe(1);
      await again.done;
    } finally {
      shared.options = before;
    }
  });
});
