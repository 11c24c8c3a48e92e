import { describe, expect, it } from 'vitest';
import { reportVolumes } from './report-volumes.ts';

describe('reportVolumes', () => {
  it('keeps a report of one volume or less whole', () => {
    expect(reportVolumes(7, 50)).toEqual([{ number: 1, of: 1, from: 0, to: 7 }]);
    expect(reportVolumes(50, 50)).toEqual([{ number: 1, of: 1, from: 0, to: 50 }]);
    expect(reportVolumes(0, 50)).toEqual([{ number: 1, of: 1, from: 0, to: 0 }]);
  });

  it('cuts fixed runs, the last holding what is left, so a new newest chapter changes only the last volume', () => {
    expect(reportVolumes(120, 50).map(({ from, to }) => [from, to])).toEqual([[0, 50], [50, 100], [100, 120]]);
    const before = reportVolumes(120, 50);
    const after = reportVolumes(121, 50);
    expect(after.slice(0, 2).map(({ from, to }) => [from, to])).toEqual(before.slice(0, 2).map(({ from, to }) => [from, to]));
    expect(reportVolumes(1000, 50)).toHaveLength(20);
    expect(reportVolumes(1000, 50).every((volume) => volume.of === 20 && volume.to - volume.from === 50)).toBe(true);
  });

  it('refuses a volume size that is not a positive whole number', () => {
    expect(() => reportVolumes(10, 0)).toThrow(/at least one chapter/);
    expect(() => reportVolumes(10, 2.5)).toThrow(/at least one chapter/);
  });
});
