// On a cold build, drawing the charts took about an eighth of the page rendering (15.7 s of 119 s at 10,000
// synthetic cases), on the one thread Astro renders with, while the machine's other core mostly idled. So the
// charts the chart store lacks are drawn beforehand, in a worker thread, while Astro bundles and renders: a page
// then finds its chart in the store (see `cachedChart`), and a page rendered before its chart was drawn draws
// it itself, as it always did. Both write the same drawing under the same key.
import { availableParallelism } from 'node:os';
import type { PublishedView } from '../../view/published.ts';
import type { Chart } from '../../domain/charts/group.ts';
import { threadSetup } from '../../model/thread-setup.ts';
import { inBackground, type BackgroundWork } from '../../store/worker-batches.ts';
import { chartMemo } from './draw.ts';
import { chartsComplete, hasChart, type ChartsRecord } from './cache.ts';
import { digestOf } from '../../domain/digest.ts';
import { site } from '../../site.config.ts';

/** Below this many charts to draw, the pages draw them: starting a worker would cost about as much. */
export const MIN_CHARTS_TO_PREDRAW = 200;

/**
 * What the view's charts are drawn from, part by part: the site's settings
 * (the language of the charts' words), each case's key (its figures and
 * receipts) and each series' (its data and its cases' keys). A build that
 * has written every page records it (`keepChartsComplete`); the next build
 * looks for missing charts only where a part changed.
 */
export function chartInputs(view: PublishedView): ChartsRecord {
  return {
    settings: digestOf(site),
    cases: view.cases.map((entry) => entry.key),
    series: Object.fromEntries(view.series.map((entry) => [entry.id, digestOf([entry.data, (view.casesOfSeries.get(entry.id) ?? []).map((member) => member.key)])])),
  };
}

/**
 * Starts drawing, in one worker thread, every chart of the view's cases and
 * series that the chart store lacks, in the order the site lists them; or
 * undefined when there are fewer than {@link MIN_CHARTS_TO_PREDRAW} or no
 * second core to draw them on. A failed pre-drawing only costs time (the
 * pages draw what is missing): `warn` says why.
 */
export async function predrawCharts(view: PublishedView, warn: (message: string) => void, minimum = MIN_CHARTS_TO_PREDRAW): Promise<BackgroundWork | undefined> {
  if (availableParallelism() < 2) return undefined;
  // Finding which charts are missing means making every case's charts: 1.3 s at 10,000 cases, on the thread that
  // bundles the pages meanwhile (which then took 2.7 s instead of 0.9). Only the parts changed since a build that
  // left every chart in the store are looked at. A chart missed here (a figure another case now disputes) is drawn
  // by its page, as every chart was before the worker.
  const inputs = chartInputs(view);
  const recorded = await chartsComplete();
  const same = recorded?.settings === inputs.settings;
  const knownCases = new Set(same ? recorded.cases : []);
  const charts: Chart[] = [];
  for (const entry of view.cases) {
    if (knownCases.has(entry.key)) continue;
    for (const chart of view.caseCharts(entry.id)) if (!(await hasChart(chartMemo(chart)))) charts.push(chart);
  }
  for (const entry of view.series) {
    if (same && recorded.series[entry.id] === inputs.series[entry.id]) continue;
    for (const chart of view.seriesCharts(entry.id)) if (!(await hasChart(chartMemo(chart)))) charts.push(chart);
  }
  if (charts.length < minimum) return undefined;
  return inBackground(charts.length, (index) => charts[index]!, new URL('./predraw-worker.ts', import.meta.url), threadSetup(), (error) =>
    warn(`charts were not drawn ahead of the pages (${error instanceof Error ? error.message : String(error)}); the pages drew them`),
  );
}
