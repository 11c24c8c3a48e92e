import { describe, expect, it } from 'vitest';
import { locateFigures } from './locate.ts';
import { findClaims } from './scan.ts';
import { PASSAGES } from '../../../tests/fixtures/real-english/passages.ts';

/**
 * How every figure in the real English passages (tests/fixtures/real-english/passages.ts) must be read, in order:
 * [as found, dimension, normalised value, qualifier, unit symbol]. Each reading was checked by hand against what the
 * sentence means; `$` stays `$` because a New Zealand or US release does not say which dollar.
 */
const READINGS: [string, string, number, string, string][][] = [
  [
    // A headline in title case: the capitalised noun counts as its lower-case form does.
    ["640,329 Direct Jobs", 'count', 640329, 'exact', 'job'],
    ["640,329 direct jobs", 'count', 640329, 'exact', 'job'],
    ["approximately $160 billion", 'foreign-currency', 160000000000, 'about', '$'],
    // "a little less than half of the funds": a share, under 50 %.
    ["less than half", 'percent', 50, 'under', 'half'],
    ["September 30, 2009", 'date', 20090930, 'exact', 'date'],
    ["640,329 jobs", 'count', 640329, 'exact', 'job'],
    ["about 325,000", 'count', 325000, 'about', ''],
    ["over 80,000", 'count', 80000, 'over', ''],
    ["over one million jobs", 'count', 1000000, 'over', 'job'],
    ["3.5 million jobs", 'count', 3500000, 'exact', 'job'],
  ],
  [
    ["seven programs", 'count', 7, 'exact', 'program'],
    ["over 300,000 jobs", 'count', 300000, 'over', 'job'],
    ["almost 3,000 counties", 'count', 3000, 'nearly', 'county'],
    ["95,000 loans", 'count', 95000, 'exact', 'loan'],
    ["2,500 grants", 'count', 2500, 'exact', 'grant'],
    ["2,000 rural businesses", 'count', 2000, 'exact', 'business'],
    ["93,000 American families", 'count', 93000, 'exact', 'family'],
    ["an estimated 7 million people", 'count', 7000000, 'about', 'person'],
    ["147 workers", 'count', 147, 'exact', 'worker'],
    ["three year", 'duration', 3, 'exact', 'year'],
  ],
  [
    ["$20 million", 'foreign-currency', 20000000, 'exact', '$'],
    ["$10m", 'foreign-currency', 10000000, 'exact', '$'],
    ["six projects", 'count', 6, 'exact', 'project'],
    ["nearly 1.4 million plants", 'count', 1400000, 'nearly', 'plant'],
    ["620 landowners", 'count', 620, 'exact', 'landowner'],
    ["up to 172 jobs", 'count', 172, 'under', 'job'],
    ["152 young people", 'count', 152, 'exact', 'person'],
  ],
  [
    ["April 24, 2016", 'date', 20160424, 'exact', 'date'],
    ["4,757,976 persons", 'count', 4757976, 'exact', 'person'],
    ["4,588,252 persons", 'count', 4588252, 'exact', 'person'],
    ["April 2011", 'date', 20110400, 'exact', 'date'],
    ["169,724 persons", 'count', 169724, 'exact', 'person'],
    ["2011", 'date', 20110000, 'exact', 'date'],
    ["3.7 per cent", 'percent', 3.7, 'exact', '%'],
    ["33,945 persons", 'count', 33945, 'exact', 'person'],
    ["0.7 per cent", 'percent', 0.7, 'exact', '%'],
    ["348,404 persons", 'count', 348404, 'exact', 'person'],
    ["8.2 per cent", 'percent', 8.2, 'exact', '%'],
    ["1.6 per cent", 'percent', 1.6, 'exact', '%'],
  ],
  [
    ["30 million trees", 'count', 30000000, 'exact', 'tree'],
    ["15 years", 'duration', 15, 'exact', 'year'],
    // "has met half of its goal": a share of the goal.
    ["half", 'percent', 50, 'exact', 'half'],
    ["less than four years", 'duration', 4, 'under', 'year'],
    ["three years", 'duration', 3, 'exact', 'year'],
    ["eight months", 'duration', 8, 'exact', 'month'],
    ["over 15 million trees", 'count', 15000000, 'over', 'tree'],
    ["14,011.60 hectares", 'area', 140116000, 'exact', 'ha'],
    ["2019", 'date', 20190000, 'exact', 'date'],
  ],
  [
    ["$240 million", 'foreign-currency', 240000000, 'exact', '$'],
    ["60 million new trees", 'count', 60000000, 'exact', 'tree'],
    ["three years", 'duration', 3, 'exact', 'year'],
    ["$240m", 'foreign-currency', 240000000, 'exact', '$'],
    ["$118m", 'foreign-currency', 118000000, 'exact', '$'],
    ["$120 million", 'foreign-currency', 120000000, 'exact', '$'],
    ["three years", 'duration', 3, 'exact', 'year'],
  ],
];

/** Numbers the passages print that must be refused, not read: indefinite numbers, names, spans of years. */
const REFUSED: string[][] = [[], [], ['hundreds of jobs', 'One Billion Trees Fund'], ['between 2006 and 2011'], [], ['One Billion Trees programme']];

describe('real English passages', () => {
  it.each(PASSAGES.map((passage, index) => [passage.source, index] as const))('reads every figure in %s as the text means it', (_source, index) => {
    const { text } = PASSAGES[index]!;
    const located = locateFigures(text);
    expect(located.map(({ parsed }) => [parsed.printed, parsed.unit.dimension, parsed.normalized, parsed.qualifier, parsed.unit.symbol])).toEqual(READINGS[index]);
    // A refused number yields no figure at all: nothing is read inside it.
    for (const phrase of REFUSED[index]!) {
      const start = text.indexOf(phrase);
      expect(start, phrase).toBeGreaterThanOrEqual(0);
      const inside = located.filter((figure) => figure.offset < start + phrase.length && figure.offset + figure.quote.figure.length > start);
      expect(inside.map((figure) => figure.parsed.printed), phrase).toEqual([]);
    }
  });

  it('counts every figure read right, none misread, and the refused ones', () => {
    const read = READINGS.flat().length;
    const refused = REFUSED.flat().reduce((sum, phrase) => sum + (phrase.startsWith('between') ? 2 : 1), 0);
    expect([read, refused]).toEqual([55, 5]);
  });

  it('flags every figure of the passages, dates and a bare "half" aside, as a claim when it stands in a case body', () => {
    for (const [index, { text }] of PASSAGES.entries()) {
      const paragraphs = text.split(/\n\s*\n/);
      const claimed = paragraphs.flatMap((paragraph) => findClaims(paragraph).map((claim) => claim.figure.printed.replace(/\s+/g, ' ')));
      // "half of its goal" is ordinary language, as 一半 is; "less than half" states a share.
      const claims = READINGS[index]!.filter(([, dimension, , qualifier, symbol]) => dimension !== 'date' && !(symbol === 'half' && qualifier === 'exact'));
      expect(claimed).toEqual(claims.map(([printed]) => printed));
    }
  });
});
