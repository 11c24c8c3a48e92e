import { describe, expect, it } from 'vitest';
import { figuresIn, findClaims } from './scan.ts';
import { locateFigures } from './locate.ts';
import { isLatinText } from './english-scan.ts';

const figures = (text: string) => figuresIn(text).map(({ figure }) => `${figure.printed}:${figure.unit.dimension}`);
const claims = (text: string) => findClaims(text).map((claim) => `${claim.figure.printed}${claim.unknownUnit ? `?${claim.unknownUnit}` : ''}`);

describe('English text is read as English', () => {
  it('tells English paragraphs from Chinese ones that name a foreign company', () => {
    expect(isLatinText('The programme reaches 97% of households.')).toBe(true);
    expect(isLatinText('蓬莱区与Siemens Gamesa公司合作，新建3个项目。')).toBe(false);
    expect(isLatinText('97%')).toBe(false);
  });
});

describe('figures in English source text', () => {
  it('keeps word boundaries and finds a figure right after a word and a space', () => {
    expect(figures('The programme reaches 97% of households and more than 1,300 people.')).toEqual(['97%:percent', 'more than 1,300 people:count']);
  });

  it('finds each figure whole, never a shorter number inside a longer one', () => {
    expect(figures('It employs 1,300 people and 41,300 volunteers.')).toEqual(['1,300 people:count', '41,300 volunteers:count']);
    expect(figures('It cost $12.6 million.')).toEqual(['$12.6 million:foreign-currency']);
    expect(figures('It counted 4 015 186 households in 2023 and 450 schools.')).toEqual(['4 015 186 households:count', '2023:date', '450 schools:count']);
  });

  it('reads two counts joined by "to" as two figures, and a range in words whole', () => {
    expect(figures('The kitchen will provide 20,000 meals to 250 seniors.')).toEqual(['20,000 meals:count', '250 seniors:count']);
    expect(figures('Between 20 and 30 people came; 40 to 50 people stayed.')).toEqual(['Between 20 and 30 people:count', '40 to 50 people:count']);
    expect(figuresIn('It plans 75 to 90 turbines.')[0]?.figure.range).toEqual({ low: 75, high: 90 });
  });

  it('reads years and dates as dates, never as counts', () => {
    expect(figures('In 2023, on 12 March 2024 and on September 30, 2009.')).toEqual(['2023:date', '12 March 2024:date', 'September 30, 2009:date']);
  });

  it('reads ranges and rates whole, and refuses those it cannot read instead of reading one end', () => {
    expect(figures('Between 20 and 30 percent, 20–30% of farms, 45 people per km².')).toEqual(['Between 20 and 30 percent:percent', '20–30%:percent', '45 people per km²:count']);
    expect(figures('Aged 20–40 years; $5-7 million; 3.2 per 1,000 births; between 2006 and 2011.')).toEqual(['Aged 20–40 years:duration', '$5-7 million:foreign-currency']);
    expect(figuresIn('Some 20–30% of farms.')[0]?.figure.range).toEqual({ low: 20, high: 30 });
    expect(figures('In 2023–24, 20-30 of them.')).toEqual([]);
    expect(figures('It rose from 20% to 30%.')).toEqual(['20%:percent', '30%:percent']);
  });

  it('skips digits inside words and names written with number words', () => {
    expect(figures('The A380, COVID-19 and the One Billion Trees Fund.')).toEqual([]);
    expect(figures('Twelve schools opened.')).toEqual(['Twelve schools:count']);
  });

  it('reads "over" before a duration as when, not as a qualifier', () => {
    expect(figures('$120 million for projects over three years.')).toEqual(['$120 million:foreign-currency', 'three years:duration']);
  });
});

describe('claims in English prose', () => {
  it('flags money, counts, percentages and measures that are not declared', () => {
    expect(claims('The council spent $180 million and housed 230,000 persons; 97% of homes, 12.5 km² and nearly 40 hectares.')).toEqual([
      '$180 million',
      '230,000 persons',
      '97%',
      '12.5 km²',
      'nearly 40 hectares',
    ]);
  });

  it('leaves years, dates, names, ordinals and numbering alone', () => {
    expect(claims('In 2023, on 12 March 2024, Phase 2 of Route 66 and Section 3.2 opened; it was the 3rd time.')).toEqual([]);
    expect(claims('1. Introduction\n2) Methods')).toEqual([]);
    expect(claims('One school opened.')).toEqual([]);
  });

  it('flags a ranking, a qualified bare number, a grouped number and digits before an unknown word', () => {
    expect(claims('It ranked 3rd, with more than 200 and 12,300 in all; 12 widget joined.')).toEqual(['3rd', 'more than 200', '12,300', '12?widget']);
  });

  it('leaves counts inside quotation marks but not money', () => {
    expect(claims('The "10 Steps" plan cost “$3 million”.')).toEqual(['$3 million']);
  });
});

describe('locating English figures', () => {
  const TEXT = ['Annual review', '', 'The programme now reaches 97% of households, more than', '1,300 people in all. It cost $2.6 million.'].join('\n');

  it('gives the line and a quote from the text as written, across a line wrap', () => {
    const located = locateFigures(TEXT);
    expect(located.map((item) => [item.parsed.printed, item.line])).toEqual([
      ['97%', 3],
      ['more than 1,300 people', 3],
      ['$2.6 million', 4],
    ]);
    expect(located[0]!.quote).toEqual({ before: 'The programme now reaches ', figure: '97%', after: ' of households, more than 1,300 people in all.' });
    expect(located[1]!.quote.figure).toBe('more than 1,300 people');
    expect(located[1]!.offset).toBe(TEXT.indexOf('more than'));
  });

  it('reads a Chinese paragraph beside it as before', () => {
    expect(locateFigures(`${TEXT}\n\n全区共 15 家企业。`).at(-1)!.parsed.printed).toBe('15家');
  });
});
