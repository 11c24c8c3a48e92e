import type { CaseData } from './schemas/case.ts';
import type { LoadedCase } from './load.ts';

/**
 * A case as the model loads it, made in memory for unit tests of the
 * published view and what is made from it: the frontmatter fields the view
 * reads, with neutral defaults (a park of the `chain` series in 烟台市,
 * citing source `s`) under `data`, and any other field of the entry in
 * `entry` (a digest, a body). Not a validated case: only what the tests read.
 */
export function loadedCase(id: string, data: Partial<CaseData> & Pick<CaseData, 'date'>, entry: Partial<LoadedCase> = {}): LoadedCase {
  return {
    id,
    file: `content/cases/${id}.mdx`,
    digest: `digest-${id}`,
    ...entry,
    data: {
      title: `${id}：一个案例`,
      series: { collection: 'series', id: 'chain' },
      kind: 'park',
      place: { province: '山东省', city: '烟台市' },
      tags: [],
      sources: [{ collection: 'sources', id: 's' }],
      stats: [],
      draft: false,
      ...data,
    } as CaseData,
  } as LoadedCase;
}
