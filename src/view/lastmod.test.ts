import { describe, expect, it } from 'vitest';
import { pageDates, type DatedCase } from './lastmod.ts';

const make = (id: string, series: string, date: string, extra: Partial<DatedCase['data']> = {}): DatedCase => ({
  id,
  data: { series: { collection: 'series', id: series }, kind: 'park', tags: ['海上风电'], place: { province: '山东省', city: '烟台市' }, date: new Date(date), ...extra },
});

describe('page dates for the sitemap', () => {
  const dates = pageDates([
    make('a', 'penglai-chain', '2024-03-01', { updated: new Date('2025-06-01') }),
    make('b', 'penglai-chain', '2024-05-01', { tags: ['“两新”组织'] }),
    make('c', 'yunfu', '2024-09-01', { kind: 'new-employment', place: { province: '广东省', city: '云浮市' } }),
    make('draft', 'yunfu', '2026-01-01', { draft: true }),
  ]);
  const day = (path: string) => dates(path)?.toISOString().slice(0, 10);

  it('dates a case page by its last update, else its publication', () => {
    expect(day('/cases/a/')).toBe('2025-06-01');
    expect(day('/cases/b/')).toBe('2024-05-01');
  });

  it('dates a page of some cases by the newest of them, a report volume with its report', () => {
    expect(day('/series/penglai-chain/')).toBe('2025-06-01');
    expect(day('/series/yunfu/')).toBe('2024-09-01');
    expect(day('/reports/yunfu/')).toBe('2024-09-01');
    expect(day('/reports/yunfu/2/')).toBe('2024-09-01');
    expect(day('/kinds/new-employment/')).toBe('2024-09-01');
    expect(day('/regions/guangdong/yunfu/')).toBe('2024-09-01');
    expect(day('/regions/shandong/')).toBe('2025-06-01');
  });

  it('dates every other page by the newest published case; drafts count for nothing', () => {
    for (const path of ['/', '/cases/', '/stats/', '/reports/casebook/', '/tags/', '/cases/draft/']) expect(day(path), path).toBe('2025-06-01');
  });

  it('has no date without cases', () => {
    expect(pageDates([])('/')).toBeUndefined();
  });
});
