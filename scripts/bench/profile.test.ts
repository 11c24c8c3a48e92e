import { describe, expect, it } from 'vitest';
import { cardCounts, pageCounts, reportCounts } from './profile.ts';
import type { Run } from './run.ts';

const log = (...texts: string[]): Run => ({ seconds: 1, status: 0, lines: texts.map((text, index) => ({ at: index / 10, text })) });

describe("the bench's reading of a build log", () => {
  it('counts the PDFs a build printed again, their parts, and those it took from the cache', () => {
    const result = log(
      '14:19:53 [casebook] reports/casebook.14.pdf: unchanged, from cache',
      '14:19:53 [casebook] reports/casebook.15.pdf: 258 pages, 1 parts printed, 53 reused, in 2.9 s',
      '14:19:53 [casebook] reports/yantai-parks.5.pdf: 258 pages, 2 parts printed, 52 reused, in 2.8 s',
      '14:19:53 [casebook] reports/yunfu.1.pdf: unchanged, from cache',
      '14:19:53 [casebook] 4 PDF reports in 3.5 s (Chromium: bundled, /tmp/chromium)',
    );
    expect(reportCounts(result)).toEqual({ total: 4, printed: ['casebook.15', 'yantai-parks.5'], parts: 3, reusedParts: 105, cached: 2 });
  });

  it('says a build with reports off printed none, rather than zero', () => {
    expect(reportCounts(log('14:19:49 [casebook] 1047 social cards: 0 drawn, 1047 from cache, in 100 ms'))).toBeUndefined();
  });

  it('reads the card line and tells rendered pages from those placed from the page store', () => {
    const result = log(
      '14:19:48   ├─ /cases/a/index.html (+12ms)',
      '14:19:48   └─ /index.html (+3ms)',
      '14:19:48 [casebook] pages: 2 from the page store, 1 keyed pages rendered (1 stored)',
      '14:19:49 [casebook] 1047 social cards: 3 drawn, 1044 from cache, in 100 ms',
    );
    expect(cardCounts(result)).toEqual({ total: 1047, drawn: 3, cached: 1044 });
    expect(pageCounts(result)).toEqual({ rendered: 2, reused: 2 });
  });
});
