// The worker of predraw.ts: draws each chart it is sent into the chart store, as a page would (see `drawChart`).
import { workerData } from 'node:worker_threads';
import type { Chart } from '../../domain/charts/group.ts';
import { sharedModel } from '../../model/shared-model.ts';
import { useBase } from '../../domain/urls.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { drawChart } from './draw.ts';
import type { PredrawSetup } from './predraw.ts';

const setup = workerData as PredrawSetup;
if (setup.options) sharedModel().options = setup.options;
useBase(setup.base);

answerBatches(async (chart: Chart) => {
  await drawChart(chart, 'chart');
});
