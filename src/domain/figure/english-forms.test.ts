import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity, type ParsedFigure } from './parse.ts';

const read = (printed: string): ParsedFigure => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

/** A figure as a short string: change, value (and high end), dimension:symbol, per-unit, qualifier. */
const brief = (printed: string) => {
  const figure = read(printed);
  return [
    figure.change ? `${figure.change} ` : '',
    `${figure.value}`,
    figure.range ? `–${figure.range.high}` : '',
    ` ${figure.unit.dimension}:${figure.unit.symbol}`,
    figure.per ? `/${figure.per.symbol}` : '',
    ` ${figure.qualifier}`,
  ].join('');
};

const refusal = (printed: string) => {
  const result = parseFigure(printed);
  return result.ok ? `read as ${brief(printed)}` : result.message;
};

describe('counted noun phrases', () => {
  it.each([
    ['11 States', '11 count:state exact'],
    ['MORE THAN 2,500 JOBS', '2500 count:job more-than'],
    ['33,000 Homes', '33000 count:home exact'],
    ['282 wind turbines', '282 count:turbine exact'],
    ['2,374 enumerated houses', '2374 count:house exact'],
    ['more than 220,000 average Victorian homes', '220000 count:home more-than'],
    ['some 2,464 Nasdaq-listed stocks', '2464 count:stock about'],
    ['two wastewater treatment facilities', '2 count:facility exact'],
    ['15 FCHVs', '15 count:FCHV exact'],
    ['45 school buses', '45 count:bus exact'],
    ['27 member states', '27 count:state exact'],
    ['200 two-bedroom homes', '200 count:home exact'],
  ])('reads %s by its last noun', (printed, expected) => expect(brief(printed)).toBe(expected));

  it('counts the noun alone, so a described noun agrees with the bare one', () => {
    expect(sameQuantity(read('282 wind turbines'), read('282 turbines'))).toBe(true);
    expect(sameQuantity(read('282 wind turbines'), read('282 wind farms'))).toBe(false);
  });

  it.each([
    ['2 bedroom homes', 'may say what each of the homes has'],
    ['5 nautical miles', 'is a unit of measure'],
    ['7 World Trade Center', 'unit Casebook does not know'],
    ['300 jobs in Ohio', 'not a qualifier'],
  ])('refuses %s', (printed, message) => expect(refusal(printed)).toContain(message));
});

describe('scale words and letters', () => {
  it.each([
    ['USD 252.6B', 252.6e9],
    ['US$20bil', 20e9],
    ['933mil shares', 933e6],
    ['$2.6m', 2.6e6],
    ['$2.6M', 2.6e6],
    ['£1.2bn', 1.2e9],
    ['€3.5tn', 3.5e12],
    ['US$1.2 trillion', 1.2e12],
    ['$45k', 45e3],
    ['$1.5MM', 1.5e6],
    ['$1.5-million', 1.5e6],
    ['Rs 500 crore', 5e9],
    ['RM933mil', 933e6],
    ['2.6m people', 2.6e6],
  ])('reads %s', (printed, value) => expect(read(printed).value).toBeCloseTo(value, 0));

  it('refuses a scale letter that may be a unit', () => {
    expect(refusal('2.6m')).toContain('metres or million');
    expect(refusal('5k')).toContain('thousand or another unit');
  });
});

describe('signs and changes', () => {
  it.each([
    ['+14%', 'up 14 percent:% exact'],
    ['-3.4%', '-3.4 percent:% exact'],
    ['−3.4%', '-3.4 percent:% exact'],
    ['-$79.6bn', '-79600000000 foreign-currency:$ exact'],
    ['$-82.70 billion', '-82700000000 foreign-currency:$ exact'],
    ['+0.3 percentage points', 'up 0.3 percentage-points:pp exact'],
    ['up 5%', 'up 5 percent:% exact'],
    ['down 3.4 percent', 'down 3.4 percent:% exact'],
    ['fell by 2%', 'down 2 percent:% exact'],
    ['an increase of 4%', 'up 4 percent:% exact'],
    ['doubled', 'up 2 ratio:times exact'],
    ['tripled', 'up 3 ratio:times exact'],
    ['threefold', '3 ratio:times exact'],
    ['more than tripled', 'up 3 ratio:times more-than'],
    ['2.1% y/y', '2.1 percent:% exact'],
  ])('reads %s', (printed, expected) => expect(brief(printed)).toBe(expected));

  it('keeps a change apart from a level and a negative value', () => {
    expect(sameQuantity(read('+14%'), read('14%'))).toBe(false);
    expect(sameQuantity(read('+14%'), read('up 14%'))).toBe(true);
    expect(sameQuantity(read('-3.4%'), read('down 3.4%'))).toBe(false);
  });

  it.each([
    ['rose to 5%', 'a level reached'],
    ['increased three times', 'can be read two ways'],
    ['halved', 'a fall to half'],
    ['-3 years', 'cannot be negative'],
  ])('refuses %s', (printed, message) => expect(refusal(printed)).toContain(message));
});

describe('shares in words', () => {
  it.each([
    ['a third', 100 / 3, 'exact'],
    ['about a third', 100 / 3, 'about'],
    ['Nearly a quarter', 25, 'nearly'],
    ['half', 50, 'exact'],
    ['more than half', 50, 'more-than'],
    ['two-thirds', 200 / 3, 'exact'],
    ['three-quarters', 75, 'exact'],
    ['three in ten', 30, 'exact'],
    ['one in five adults', 20, 'exact'],
    ['nine out of ten', 90, 'exact'],
    ['nearly one in every ten', 10, 'nearly'],
    ['less than 1/10', 10, 'under'],
  ])('reads %s as a percentage', (printed, value, qualifier) => {
    expect(read(printed)).toMatchObject({ unit: { dimension: 'percent' }, qualifier });
    expect(read(printed).value).toBeCloseTo(value, 9);
  });

  it.each([
    ['three quarters', 'a number of quarters of a year'],
    ['a third time', 'text after the share'],
    ['24/7', 'not a share'],
    ['hundreds of jobs', 'indefinite number'],
  ])('refuses %s', (printed, message) => expect(refusal(printed)).toContain(message));
});

describe('rates', () => {
  it.each([
    ['$97.52 per barrel', '97.52 foreign-currency:$/barrel exact'],
    ['$45,000 a year', '45000 foreign-currency:$/year exact'],
    ['5.2p per share', '5.2 foreign-currency:GBP/share exact'],
    ['12p/kWh', '12 foreign-currency:GBP/kWh exact'],
    ['$50 per tonne', '50 foreign-currency:$/tonne exact'],
    ['$1,200 per capita', '1200 foreign-currency:$/capita exact'],
    ['300 people per km²', '300 count:person/km² exact'],
    ['1.2 million bpd', '1200000 volume:bbl/day exact'],
    ['5% a year', '5 percent:%/year exact'],
  ])('reads %s with its per-unit', (printed, expected) => expect(brief(printed)).toBe(expected));

  it('agrees only with a rate per the same unit', () => {
    expect(sameQuantity(read('$97.52 per barrel'), read('$97.52 a barrel'))).toBe(true);
    expect(sameQuantity(read('$97.52 per barrel'), read('$97.52'))).toBe(false);
  });

  it.each([
    ['3.2 per 1,000 births', 'per one unit only'],
    ['5% per school', 'is not a rate Casebook reads'],
  ])('refuses %s', (printed, message) => expect(refusal(printed)).toContain(message));
});

describe('ranges', () => {
  it.each([
    ['75 to 90 turbines', '75–90 count:turbine exact'],
    ['20–40 years', '20–40 duration:year exact'],
    ['between 20 and 30 percent', '20–30 percent:% exact'],
    ['5 to 7 million people', '5000000–7000000 count:person exact'],
    ['$5-7 million', '5000000–7000000 foreign-currency:$ exact'],
    ['about 20 to 30 people', '20–30 count:person about'],
    ['aged 18 to 24', '18–24 duration:year exact'],
    ['$5 million-$7 million', '5000000–7000000 foreign-currency:$ exact'],
  ])('reads %s with both ends', (printed, expected) => expect(brief(printed)).toBe(expected));

  it.each([
    ['from 5 to 7 million', 'may be a change from one level to another or a range'],
    ['$500 to $1 million', 'can be read two ways'],
    ['2010-2015', 'bare numbers'],
    ['570 to 575', 'bare numbers'],
    ['30 to 20 people', 'not a range from low to high'],
    ['nearly 20 to 30 people', 'qualifies one end'],
  ])('refuses %s', (printed, message) => expect(refusal(printed)).toContain(message));
});

describe('money in hundredths, ages and names', () => {
  it('reads pence and cents as hundredths of their currency', () => {
    expect(brief('12.50p')).toBe('12.5 foreign-currency:GBP exact');
    expect(sameQuantity(read('12.50p'), read('£0.125'))).toBe(true);
    expect(brief('45 cents')).toBe('45 foreign-currency:¢ exact');
    expect(sameQuantity(read('45 cents'), read('$0.45'))).toBe(false);
  });

  it('reads ages in years', () => {
    expect(brief('aged 65 and over')).toBe('65 duration:year at-least');
    expect(brief('5 years old')).toBe('5 duration:year exact');
  });

  it.each([['Q3 2023'], ['FY2024'], ['H1'], ['COVID-19'], ['G20'], ['Boeing 737'], ['No. 1'], ['Top 10'], ['S&P 500']])('refuses the name %s', (printed) => {
    expect(parseFigure(printed).ok).toBe(false);
  });
});
