// Chart measurements for `npm run bench -- --only charts`: grouping and drawing the charts of a
// synthetic casebook, as the case pages, report chapters and series pages do (in one process).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCasebook } from '../../src/model/load.ts';
import { chartsOf, type ChartInput } from '../../src/domain/charts/group.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { table } from './table.ts';
import { uiFor } from '../../src/i18n/ui.ts';

const zhWords = { words: uiFor('zh-CN').charts.grouping };

/** Times grouping and drawing every case's charts and every series' cross-case charts of `size` synthetic cases. */
export async function measureCharts(root: string, size: number) {
  const dir = await mkdtemp(path.join(tmpdir(), 'casebook-bench-charts-'));
  await writeSyntheticCasebook(dir, size, path.join(root, 'content'), 400);
  const casebook = await loadCasebook(root, dir);
  await rm(dir, { recursive: true, force: true });
  const inputs = casebook.cases.map((entry) =>
    entry.data.stats.map((stat): ChartInput => ({ caseId: entry.id, caseLabel: entry.data.title.split('：')[0]!, stat, disputed: stat.reconciliation !== undefined })),
  );
  const { drawChart } = await import('../../src/outputs/charts/draw.ts');
  let at = performance.now();
  const caseCharts = inputs.map((list) => chartsOf(list, zhWords));
  const groupMs = performance.now() - at;
  // The first chart loads Observable Plot and linkedom.
  const [first] = caseCharts.flat();
  at = performance.now();
  if (first) await drawChart(first, 'first');
  const loadMs = performance.now() - at;
  const drawAll = async (id: (caseId: string, number: number) => string) => {
    for (const [index, charts] of caseCharts.entries()) for (const [number, chart] of charts.entries()) await drawChart(chart, id(casebook.cases[index]!.id, number));
  };
  at = performance.now();
  await drawAll((caseId, number) => `${caseId}-${number}`);
  const drawMs = performance.now() - at;
  // The reports draw the same charts again under their chapters' ids: from the memo.
  at = performance.now();
  await drawAll((caseId, number) => `chapter-${caseId}-chart-${number}`);
  const againMs = performance.now() - at;
  at = performance.now();
  const seriesCharts = casebook.series.map((series) => chartsOf(inputs.filter((_, index) => casebook.cases[index]!.data.series.id === series.id).flat(), { ...zhWords, minCases: 2 }));
  for (const [number, chart] of seriesCharts.flat().entries()) await drawChart(chart, `chart-${number}`);
  const seriesMs = performance.now() - at;
  const count = caseCharts.flat().length;
  return { size, count, cases: caseCharts.filter((charts) => charts.length > 0).length, loadMs, groupMs, drawMs, againMs, seriesCount: seriesCharts.flat().length, seriesMs };
}

/** The charts part of `npm run bench`. */
export async function benchCharts(root: string, size: number): Promise<string> {
  const result = await measureCharts(root, size);
  const rows = [
    ['the first chart: loading Observable Plot and linkedom, and drawing', `${result.loadMs.toFixed(0)} ms`, 'once per build that renders a chart page'],
    [`grouping the statistics of ${size} synthetic cases (12 each)`, `${result.groupMs.toFixed(0)} ms`, `${result.count} charts in ${result.cases} cases`],
    ['drawing those charts', `${result.drawMs.toFixed(0)} ms`, `${(result.drawMs / Math.max(1, result.count)).toFixed(2)} ms a chart`],
    ['the same charts again under report ids (memo)', `${result.againMs.toFixed(0)} ms`, ''],
    ['grouping and drawing the series pages\' cross-case charts', `${result.seriesMs.toFixed(0)} ms`, `${result.seriesCount} charts, 20 bars each at most`],
  ];
  return `### Charts\n\n${table(['what', 'time', 'note'], rows)}`;
}
