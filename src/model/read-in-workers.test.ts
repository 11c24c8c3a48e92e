import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseRecords, type ReadJob } from './read-in-workers.ts';
import { readCaseRecord } from './case-record.ts';
import { CASE_SECTIONS } from './body/structure.ts';

const folder = path.resolve('content/cases');
const jobs: ReadJob[] = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ file: `content/cases/${name}`, text: readFileSync(path.join(folder, name), 'utf8') }));
// One case broken, so the diagnostics come back from the workers too.
jobs.push({ file: 'content/cases/broken.mdx', text: '---\ntitle: [\n---\n# 背景\n' });
const names = new Map([['yantai-gov-2024', '烟台市人民政府']]);
const rules = { sections: CASE_SECTIONS, lang: 'zh-CN' as const };

describe('readCaseRecords', () => {
  it('reads cases in worker threads into the records this thread makes, in order', async () => {
    const sourceName = (id: string) => names.get(id) ?? id;
    const here = jobs.map((job) => readCaseRecord(job.file, job.text, sourceName, rules));
    const inWorkers = await readCaseRecords(jobs, names, rules, { minForWorkers: 0, workers: 2 });
    expect(inWorkers).toHaveLength(jobs.length);
    expect(inWorkers).toEqual(structuredClone(here));
    expect(inWorkers.at(-1)).toHaveProperty('diagnostics');
    expect(inWorkers[0]).toHaveProperty('parsed.html');
  });

  it('fails the read when a worker fails', async () => {
    const bad = [...jobs, { file: 'content/cases/bad.mdx', text: 42 as unknown as string }];
    await expect(readCaseRecords(bad, names, rules, { minForWorkers: 0, workers: 2 })).rejects.toThrow();
  });
});
