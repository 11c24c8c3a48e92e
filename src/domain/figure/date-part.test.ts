import { describe, expect, it } from 'vitest';
import { isDatePart } from './date-part.ts';
import { locateFigures } from './locate.ts';

/** The figures with a unit that `text` prints, each with whether it is read as a piece of a date. */
function read(text: string): [string, boolean][] {
  return locateFigures(text)
    .filter(({ parsed }) => parsed.unit.symbol !== '' && parsed.unit.dimension !== 'date')
    .map((figure) => [figure.parsed.printed, isDatePart(figure.quote)]);
}

describe('isDatePart', () => {
  it('reads a day after its month as part of the date', () => {
    expect(read('2022年10月8日，蓬莱区召开大会。')).toEqual([['8日', true]]);
    // A date written in characters is read whole, as a date, and leaves no part behind.
    expect(read('二〇二二年十月八日，大会召开。')).toEqual([]);
    expect(locateFigures('二〇二二年十月八日，大会召开。').map(({ parsed }) => [parsed.value, parsed.unit.dimension])).toEqual([[20221008, 'date']]);
    expect(read('10月 8日上午，大会召开。')).toEqual([['8日', true]]);
  });

  it('reads decades, two-digit years before a month and day ranges as dates', () => {
    expect(read('上世纪90年代起，全区有12家企业。')).toEqual([['90年', true], ['12家', false]]);
    expect(read('22年10月，项目开工。')).toEqual([['22年', true]]);
    expect(read('去年10月8日至9日举办，本报12月3日电。')).toEqual([['8日', true], ['9日', true], ['3日', true]]);
    expect(read('5月起，15日召开。')).toEqual([['15日', true]]);
  });

  it('keeps durations and quantities', () => {
    expect(read('30年来，建设3年，前3日产量达5吨，用了20日完成，两年间新增8家。')).toEqual([
      ['30年', false],
      ['3年', false],
      ['3日', false],
      ['5吨', false],
      ['20日', false],
      ['两年', false],
      ['8家', false],
    ]);
  });
});
