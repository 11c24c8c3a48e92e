import { describe, expect, it } from 'vitest';
import { caseCardKey, inputKey } from './cache-keys.ts';
import type { CaseEntry, SeriesEntry } from './data.ts';

const entry = (title: string, body = 'body') =>
  ({ id: 'a-case', body, data: { title, summary: 's', date: new Date('2026-01-01'), series: { id: 'one' }, kind: 'k', place: 'p', stats: [], draft: false } }) as unknown as CaseEntry;
const seriesMap = (title: string) => new Map([['one', { id: 'one', data: { title } } as unknown as SeriesEntry]]);

describe('page cache keys', () => {
  it("change a list's key when a case's card or its series' title changes, and only then", () => {
    const series = seriesMap('Series');
    const first = entry('Title');
    expect(caseCardKey(first, series)).toBe(caseCardKey(entry('Title', 'another body'), series));
    expect(caseCardKey(entry('Another title'), series)).not.toBe(caseCardKey(first, series));
    // The same case in the next view (a dev server's), whose series was renamed.
    expect(caseCardKey(first, seriesMap('Renamed'))).not.toBe(caseCardKey(first, series));
  });

  it('hash an input by its value', () => {
    expect(inputKey({ title: 'a', n: 1 })).toBe(inputKey({ title: 'a', n: 1 }));
    expect(inputKey({ title: 'a', n: 2 })).not.toBe(inputKey({ title: 'a', n: 1 }));
    expect(inputKey(undefined)).toBeUndefined();
  });
});
