import { describe, expect, it } from 'vitest';
import { AmbiguousNumeral, parseChineseNumeral, readChineseNumeral, readLowerPlaces } from './numerals.ts';
import { parseFigure } from './parse.ts';
import { findClaims } from './scan.ts';

const valueOf = (printed: string) => {
  const read = parseFigure(printed);
  if (!read.ok) throw new Error(read.message);
  return read.figure.value;
};
const refusal = (printed: string) => {
  const read = parseFigure(printed);
  return read.ok ? `read as ${read.figure.value}` : read.message;
};

describe('colloquial numerals', () => {
  it.each([
    ['3万5', 35_000],
    ['13万5', 135_000],
    ['3万5千人', 35_000],
    ['1万2', 12_000],
    ['1亿5', 150_000_000],
    ['1亿5千万元', 150_000_000],
    ['8万1000人', 81_000],
    ['8万0500人', 80_500],
    ['一万二', 12_000],
    ['七千五', 7_500],
    ['两万四', 24_000],
    ['一万二千五', 12_500],
    ['一亿五', 150_000_000],
    ['一亿五千万', 150_000_000],
    ['两万二零三', 22_003],
  ])('reads %s as %d', (printed, value) => {
    expect(valueOf(printed)).toBe(value);
  });

  it('never reads 3万5 as 30,005, the misreading it once had', () => {
    expect(valueOf('3万5')).not.toBe(30_005);
    expect(valueOf('3万5个')).toBe(35_000);
  });

  it.each([
    ['8万500人', '80,500', '85,000'],
    ['3万50', '30,050', '35,000'],
    ['30万5', '305,000', '350,000'],
    ['1亿2000', '100,002,000', '120,000,000'],
    ['1亿5千', '100,005,000', '150,000,000'],
    ['两千五百万五', '25,005,000', '25,050,000'],
    ['三十万五', '305,000', '350,000'],
    ['一亿五千', '100,005,000', '150,000,000'],
  ])('refuses %s, which could mean %s or %s, naming both', (printed, one, other) => {
    const message = refusal(printed);
    expect(message).toContain(one);
    expect(message).toContain(other);
    expect(message).toContain('does not guess');
  });

  it('refuses lower places after a count with a decimal point (1.5万5 is no number)', () => {
    expect(refusal('1.5万5')).toMatch(/decimal point/);
    expect(refusal('1.2万5000人')).toMatch(/decimal point/);
  });

  it('keeps ambiguous numerals out of the plain reader and says why in the rich one', () => {
    expect(parseChineseNumeral('三十万五')).toBeUndefined();
    const read = readChineseNumeral('三十万五');
    expect(read).toBeInstanceOf(AmbiguousNumeral);
    expect((read as AmbiguousNumeral).readings).toEqual([305_000, 350_000]);
    expect(readLowerPlaces('3', '万', '5人')).toEqual({ added: 5000, length: 1 });
    expect(readLowerPlaces('3', '万', '人')).toBeUndefined();
  });
});

describe('shares and halves', () => {
  it.each([
    ['百分之九十以上', 90, 'at-least'],
    ['一半', 50, 'exact'],
    ['近一半', 50, 'nearly'],
    ['一半以上', 50, 'at-least'],
    ['近1/10', 10, 'nearly'],
  ])('reads %s as %d %%, %s', (printed, value, qualifier) => {
    const read = parseFigure(printed);
    expect(read.ok && [read.figure.value, read.figure.unit.dimension, read.figure.qualifier]).toEqual([value, 'percent', qualifier]);
  });

  it('takes 一半 in prose for a claim only with a qualifier: 近一半 is a share, 一半是 is a phrase', () => {
    expect(findClaims('一半是海水，一半是火焰')).toEqual([]);
    expect(findClaims('近一半的农户加入合作社').map(({ figure }) => [figure.printed, figure.value, figure.qualifier])).toEqual([['近一半', 50, 'nearly']]);
  });
});
