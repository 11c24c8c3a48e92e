// A case-reading worker (see parse-pool.ts): reads the files it is given and posts back their records.
import { parentPort, workerData } from 'node:worker_threads';
import { readCaseRecord } from './load.ts';
import type { CaseFileText } from './parse-pool.ts';

const { files, sourceNames } = workerData as { files: CaseFileText[]; sourceNames: [string, string][] };
const names = new Map(sourceNames);
parentPort!.postMessage(files.map(({ file, text }) => readCaseRecord(file, text, (id) => names.get(id) ?? id)));
