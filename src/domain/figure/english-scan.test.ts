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

describe('the new forms in English source text', () => {
  it('finds signed figures whole, with their sign', () => {
    expect(figures('Imports dropped -3.4%; the deficit was -$79.6bn against $-82.70 billion; revenue +14% to £354.6m.')).toEqual([
      '-3.4%:percent',
      '-$79.6bn:foreign-currency',
      '$-82.70 billion:foreign-currency',
      '+14%:percent',
      '£354.6m:foreign-currency',
    ]);
    expect(figuresIn('Revenue +14%.')[0]?.figure.change).toBe('up');
    expect(figures('COVID-19 and the 2023-24 season.')).toEqual([]);
  });

  it('finds scale suffixes and counted noun phrases whole, never a shorter number inside', () => {
    expect(figures('USD 252.6B of exports; 933mil shares worth US$20bil; 282 wind turbines on 83 wind farms; 11 States.')).toEqual([
      'USD 252.6B:foreign-currency',
      '933mil shares:count',
      'US$20bil:foreign-currency',
      '282 wind turbines:count',
      '83 wind farms:count',
      '11 States:count',
    ]);
  });

  it('finds shares in words only where they are shares', () => {
    expect(figures('About a third of firms and one in five adults; nearly half of them. For a third time, in the first half of 2023.')).toEqual([
      'About a third:percent',
      'one in five adults:percent',
      'nearly half:percent',
      '2023:date',
    ]);
    expect(figures('Less than 1/10 of the land; we met on 1/10.')).toEqual(['Less than 1/10:percent']);
  });

  it('reads a change and the level it reached as two figures, and a change between two levels as two', () => {
    expect(figures('Shares fell 2.3% to 4,120.5 points.')).toEqual(['2.3%:percent', '4,120.5 points:count']);
    expect(figures('It rose from 5.2% to 4.9%.')).toEqual(['5.2%:percent', '4.9%:percent']);
  });

  it('reads a year before a noun as a year, and a telephone number as nothing', () => {
    expect(figures('In 2019 researchers found that the 2020 results showed 2,000 jobs; it created 2000 jobs.')).toEqual(['2019:date', '2020:date', '2,000 jobs:count', '2000 jobs:count']);
    expect(figures('Call +1 202 555 0100 today.')).toEqual([]);
  });

  it('reads rates and multiples whole', () => {
    expect(figures('Brent at $97.52 per barrel, 5.2p per share, 12p/kWh, 1.2 million bpd; sales doubled.')).toEqual([
      '$97.52 per barrel:foreign-currency',
      '5.2p per share:foreign-currency',
      '12p/kWh:foreign-currency',
      '1.2 million bpd:volume',
      'doubled:ratio',
    ]);
  });
});

describe('claims in English prose', () => {
  it('flags the new forms as claims like the others', () => {
    expect(claims('Revenue rose +14% to £354.6m; 282 wind turbines, about a third of firms, 75 to 90 turbines, $97.52 per barrel, 12.50p and -3.4%.')).toEqual([
      '+14%',
      '£354.6m',
      '282 wind turbines',
      'about a third',
      '75 to 90 turbines',
      '$97.52 per barrel',
      '12.50p',
      '-3.4%',
    ]);
    expect(claims('Half of them came; nearly half stayed. In 2019 researchers met in Q3 2023 and FY2024.')).toEqual(['nearly half']);
  });

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
