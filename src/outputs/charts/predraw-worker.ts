// The worker of predraw.ts: draws each chart it is sent into the chart store, as a page would (see `drawChart`).
import { workerData } from 'node:worker_threads';
import type { Chart } from '../../domain/charts/group.ts';
import { useThreadSetup, type ThreadSetup } from '../../model/thread-setup.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { drawChart } from './draw.ts';

useThreadSetup(workerData as ThreadSetup);

answerBatches(async (chart: Chart) => {
  await drawChart(chart, 'chart');
});
