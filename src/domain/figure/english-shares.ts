import { readEnglishNumberWords } from './numerals.ts';
import type { Unit } from './units.ts';

/**
 * Shares written as fractions, read as percentages as 三分之一 and 1/5 are:
 * `half` (50), `a third` (33.3…), `two-thirds`, `a quarter`, `three
 * quarters`, `a fifth` … `a tenth`; `one in five` and `nine out of ten`
 * (20, 90); `1/10` (10). `value` is the share in percent, `symbol` names the
 * form (`third`, `in`, `/`), and `length` is what the share took of `text`.
 */
export interface Share {
  value: number;
  unit: Unit;
  length: number;
}

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const FRACTION = /^(a|an|one|two|three|four|five|six|seven|eight|nine)[ -](half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(s)?(?![\p{L}\p{N}-])/iu;
const HALF = /^half(?![\p{L}\p{N}-])/iu;
const ONE_IN = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)[ -](in|out[ -]of)[ -](?:every )?(\d{1,4}(?:,\d{3})?|[a-z]+)(?![\p{L}\p{N}])/iu;
const SLASH = /^(\d{1,2})\/(\d{1,3})(?![\d/.])/u;

const percent = (symbol: string): Unit => ({ dimension: 'percent', symbol, factor: 1 });

/** A number in digits or words (`five`, `ten`), or undefined. */
function small(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  const words = readEnglishNumberWords(text);
  return words && words.length === text.length ? words.value : undefined;
}

/**
 * The share at the start of `text`, undefined when there is none, or the
 * reason it is refused: a plural fraction without a hyphen may count
 * periods (`three quarters` of a year), and a part larger than its whole
 * is no share (`24/7`).
 */
export function readShare(text: string): Share | { refused: string } | undefined {
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [whole, count, denominator, plural] = fraction as unknown as [string, string, string, string | undefined];
    const numerator = /^an?$/i.test(count) ? 1 : small(count.toLowerCase())!;
    const parts = DENOMINATORS[denominator.toLowerCase()]!;
    if ((numerator > 1) !== (plural !== undefined)) return undefined;
    if (numerator >= parts) return { refused: `"${whole}" is not a share: the part is not less than the whole` };
    // "three quarters" may be nine months; "three-quarters" and "three quarters of" say a share.
    if (denominator.toLowerCase() === 'quarter' && numerator > 1 && !whole.includes('-') && !/^ of\b/i.test(text.slice(whole.length))) {
      return { refused: `"${whole}" may be a share or a number of quarters of a year; write ${count}-quarters for a share` };
    }
    return { value: (numerator * 100) / parts, unit: percent(denominator.toLowerCase()), length: whole.length };
  }
  const half = HALF.exec(text);
  // "half a million" is a number, read elsewhere.
  if (half && !/^half an? /i.test(text)) return { value: 50, unit: percent('half'), length: half[0].length };
  const oneIn = ONE_IN.exec(text);
  if (oneIn) {
    const part = small(oneIn[1]!.toLowerCase());
    const whole = small(oneIn[3]!.toLowerCase());
    if (part === undefined || whole === undefined) return undefined;
    const within = oneIn[2]!.toLowerCase() === 'in';
    if (whole >= 1800 && whole <= 2100 && within) return undefined;
    if (!(part > 0 && part < whole)) return { refused: `"${oneIn[0]}" is not a share: the part is not less than the whole` };
    return { value: (part * 100) / whole, unit: percent(within ? 'in' : 'out of'), length: oneIn[0].length };
  }
  const slash = SLASH.exec(text);
  if (slash) {
    const [part, whole] = [Number(slash[1]), Number(slash[2])];
    if (!(part > 0 && part < whole)) return { refused: `"${slash[0]}" is not a share such as 1/5: the part is not less than the whole` };
    return { value: (part * 100) / whole, unit: percent('/'), length: slash[0].length };
  }
  return undefined;
}
