import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './partial-date.ts';

describe('partial dates', () => {
  it('records how precise a date is', () => {
    expect(parsePartialDate('2021')).toMatchObject({ year: 2021, precision: 'year' });
    expect(parsePartialDate('2021-06')).toMatchObject({ year: 2021, month: 6, precision: 'month' });
    expect(parsePartialDate('2020-06-01')).toMatchObject({ year: 2020, month: 6, day: 1, precision: 'day' });
  });

  it('rejects dates that do not exist or are not in ISO order', () => {
    for (const text of ['2021-13', '2021-02-29', '2021-6', '21-06-01', '2021/06/01', '二〇二一年']) {
      expect(parsePartialDate(text), text).toBeUndefined();
    }
    expect(parsePartialDate('2024-02-29')).toMatchObject({ day: 29 });
  });
});
