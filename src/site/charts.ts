// The charts a page shows: a case's own comparable statistics, or one metric across a series' cases.
import type { Statistic } from '../model/schemas/statistic.ts';
import { chartsOf, type Chart, type ChartInput } from '../domain/charts/group.ts';
import { disagreementOf, type CaseEntry } from './data.ts';

/** A case's statistics as chart inputs: disputed when reconciled or stated differently elsewhere (as the data table marks them). */
export async function chartInputs(entry: CaseEntry): Promise<ChartInput<Statistic>[]> {
  return Promise.all(
    entry.data.stats.map(async (stat) => ({
      caseId: entry.id,
      // `烟台开发区` of `烟台开发区：以“业达红”…`: enough to tell two cases' figures apart.
      caseLabel: entry.data.title.split('：')[0]!,
      stat,
      disputed: stat.reconciliation !== undefined || (await disagreementOf(entry.id, stat.id)) !== undefined,
    })),
  );
}

/** The charts of one case's statistics (case page, report chapter). */
export async function caseCharts(entry: CaseEntry): Promise<Chart[]> {
  return chartsOf(await chartInputs(entry));
}

/** Charts of one metric across at least two of `cases` (a series page); one case's own charts are on its page. */
export async function crossCaseCharts(cases: readonly CaseEntry[]): Promise<Chart[]> {
  return chartsOf((await Promise.all(cases.map(chartInputs))).flat(), { minCases: 2 });
}
