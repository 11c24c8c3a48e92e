const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** A numeral with two readings, both named, so that it can be refused rather than read as one of them. */
export class AmbiguousNumeral {
  /** The numeral as printed. */
  readonly text: string;
  /** The two values it may mean. */
  readonly readings: [number, number];
  /** What each reading takes the last digits for, in words. */
  readonly why: [string, string];

  constructor(text: string, readings: [number, number], why: [string, string]) {
    this.text = text;
    this.readings = readings;
    this.why = why;
  }

  /** Why the numeral is refused, naming both readings. */
  get message(): string {
    const [a, b] = this.readings.map((value) => value.toLocaleString('en-US'));
    return `"${this.text}" could mean ${a} (${this.why[0]}) or ${b} (${this.why[1]}); Casebook does not guess between them`;
  }
}

/**
 * The value of a Chinese numeral written in characters, standard or
 * colloquial: `三` → 3, `一百二十三` → 123, `一千零十` → 1010, `两千` → 2000,
 * `十四` → 14, `百亿` → 10,000,000,000, and the spoken shortenings where a
 * bare last digit takes the place below the unit before it: `一百二` → 120,
 * `两千六` → 2600, `千三` → 1300, `三万五` → 35,000, `一万二` → 12,000,
 * `两万二零三` → 22,003. Returns undefined for text that is not a
 * well-formed numeral (`三四`, `十一十二`, `一百一千`, `二零`) and for one
 * with two readings (see `readChineseNumeral`). (The maintained `nzh`
 * library reads `两` as 0, hence this small parser.)
 */
export function parseChineseNumeral(text: string): number | undefined {
  const read = readChineseNumeral(text);
  return typeof read === 'number' ? read : undefined;
}

/**
 * Like `parseChineseNumeral`, but a numeral that could mean two things is
 * returned as an `AmbiguousNumeral` naming both: a bare digit after 万 or 亿
 * when the count before it ends in a zero (`三十万五`: 305,000, or 350,000
 * as 三十五万), and 千, 百 or 十 right after 亿 with no 零 (`一亿五千`:
 * 100,005,000 as written, or 150,000,000 with 万 left out as in speech).
 */
export function readChineseNumeral(text: string): number | AmbiguousNumeral | undefined {
  if (text === '' || ![...text].every((char) => CHINESE_NUMERAL_CHARS.includes(char))) return undefined;
  if (text === '零' || text === '〇') return 0;
  try {
    return withLargeUnits(text, Infinity);
  } catch (error) {
    if (error instanceof AmbiguousNumeral) return new AmbiguousNumeral(text, error.readings, error.why);
    throw error;
  }
}

// Splits at the largest unit present (亿, then 万): `left` counts that unit, `right` is what is below it.
function withLargeUnits(text: string, limit: number): number | undefined {
  for (const [char, unit] of Object.entries(LARGE_UNITS).sort((a, b) => b[1] - a[1])) {
    if (unit >= limit) continue;
    const at = text.lastIndexOf(char);
    if (at < 0) continue;
    const leftText = text.slice(0, at);
    // 百亿, 万亿: what counts the unit may itself hold smaller large units (一万亿), never larger ones.
    const left = leftText === '' ? 1 : withLargeUnits(leftText, Infinity);
    if (left === undefined || left === 0) return undefined;
    const rightText = text.slice(at + 1);
    const right = below(rightText, unit);
    if (right === undefined) return undefined;
    const digit = rightText.length === 1 ? DIGITS[rightText] : undefined;
    // 三万五 is 35,000; 三十万五 could as well be 三十五万: the count's own last place is empty.
    if (digit && left >= 10 && left % 10 === 0) throw new AmbiguousNumeral(text, [left * unit + right, (left + digit) * unit], [`${rightText} in the place below ${char}`, `${rightText} in the count of ${char}`]);
    // 一亿五千 with no 零 is 100,005,000 as written, but 1.5亿 in speech, which leaves 万 out.
    if (unit === 1e8 && /^[一二两三四五六七八九]?[十百千]/.test(rightText) && !/万/.test(rightText)) {
      throw new AmbiguousNumeral(text, [left * unit + right, left * unit + right * 1e4], [`${rightText} as written`, `${rightText}万, 万 left out`]);
    }
    return left * unit + right;
  }
  return section(text, undefined);
}

// What follows a large unit: nothing, a shortening (三万五: the digit is in the next place down), or a
// number smaller than the unit, possibly led by 零 (一亿零五百万).
function below(text: string, unit: number): number | undefined {
  if (text === '') return 0;
  const rest = text.replace(/^[零〇]/, '');
  if (rest !== text) {
    const value = withLargeUnits(rest, unit);
    return value !== undefined && value < unit / 10 ? value : undefined;
  }
  const value = /[万亿]/.test(text) ? withLargeUnits(text, unit) : section(text, unit / 10);
  return value !== undefined && value < unit ? value : undefined;
}

/**
 * A number below 10,000 in digits and 十/百/千, with 零 for skipped places.
 * `leadPlace` is the place a leading bare digit takes when the number
 * follows a large unit (`三万五`: 5 thousands).
 */
function section(text: string, leadPlace: number | undefined): number | undefined {
  let value = 0;
  let lastUnit = leadPlace === undefined ? Infinity : leadPlace * 10;
  let pending: number | undefined;
  let afterZero = false;
  let units = 0;
  // A bare digit right after a unit takes the place below that unit (一百二 → 120); after 零, or alone, it counts ones.
  const placeOfPending = () => (afterZero ? 1 : lastUnit === Infinity ? 1 : lastUnit / 10);
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const digit = DIGITS[char];
    if (digit === 0) {
      if (pending !== undefined) {
        // 二零三 after 万: the 二 is in the place below the unit; without a unit before it, 二零 is no numeral.
        if (lastUnit === Infinity || afterZero) return undefined;
        value += pending * (lastUnit / 10);
        lastUnit /= 10;
        pending = undefined;
      }
      if (afterZero || index === chars.length - 1) return undefined;
      afterZero = true;
    } else if (digit !== undefined) {
      if (pending !== undefined) return undefined; // 三四 is not a numeral
      pending = digit;
    } else {
      const unit = SMALL_UNITS[char]!;
      if (unit >= lastUnit) return undefined; // units only fall: 十一十二, 一百一千
      // 十四, 百二, 千三 and 一千零十 leave the 1 out; anywhere else the digit is needed.
      if (pending === undefined && !(units === 0 || afterZero)) return undefined;
      value += (pending ?? 1) * unit;
      lastUnit = unit;
      pending = undefined;
      afterZero = false;
      units++;
    }
  }
  if (pending !== undefined) value += pending * placeOfPending();
  return value;
}

/** Writes a whole number from 0 to 99,999 as a Chinese numeral (for round-trip tests and mutations). */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99_999) throw new RangeError(`cannot write ${value} as a Chinese numeral`);
  if (value === 0) return '零';
  const names = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const units = ['', '十', '百', '千', '万'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const place = digits.length - 1 - index;
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十四, not 一十四, at the start of a number.
    out += (digit === 1 && place === 1 && out === '' ? '' : names[digit]!) + units[place]!;
  });
  return out;
}

const ENGLISH_UNITS_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const ENGLISH_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** English number words: one to nineteen and the tens, for scanners that must find where a number starts. */
export const ENGLISH_NUMBER_WORDS = [...Object.keys(ENGLISH_UNITS_WORDS), ...Object.keys(ENGLISH_TENS)];

/**
 * An English number written in words at the start of `text`, and how many
 * characters it took: `twelve` → 12, `twenty-five` → 25, `a dozen` → 12,
 * `two dozen` → 24, `three hundred` → 300, `a hundred` → 100, and `a`/`an`
 * before `thousand`, `million` or `billion` (`a million` → 1, the scale word
 * is left for the caller). `half a million` → 0.5 likewise. Letter case is
 * ignored (`Twelve` at the start of a sentence). Returns undefined when
 * `text` does not start with a number word.
 */
export function readEnglishNumberWords(text: string): { value: number; length: number } | undefined {
  const lower = text.toLowerCase();
  const word = (pattern: RegExp, from: number) => pattern.exec(lower.slice(from));
  let value: number | undefined;
  let at = 0;
  const half = word(/^half an? (?=(thousand|million|billion)\b)/, 0);
  const article = word(/^an? (?=(dozen|hundred|thousand|million|billion)\b)/, 0);
  if (half) return { value: 0.5, length: half[0].length };
  if (article) {
    value = 1;
    at = article[0].length;
  } else {
    const compound = word(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?\b/, 0);
    const small = word(/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/, 0);
    if (compound) {
      value = ENGLISH_TENS[compound[1]!]! + (compound[2] ? ENGLISH_UNITS_WORDS[compound[2]]! : 0);
      at = compound[0].length;
    } else if (small) {
      value = ENGLISH_UNITS_WORDS[small[1]!]!;
      at = small[0].length;
    } else return undefined;
  }
  const times = word(/^ ?(dozen|hundred)\b/, at);
  if (times) {
    value *= times[1] === 'dozen' ? 12 : 100;
    at += times[0].length;
  } else if (article && !/^ (thousand|million|billion)\b/.test(lower.slice(at - 1))) return undefined;
  // "a" alone before thousand/million/billion: the caller applies the scale word that follows.
  if (article && !times) at -= 1;
  return { value, length: at };
}

/** What follows 万 or 亿 after a count in digits: the lower places it adds, or why it is refused. */
export type LowerPlaces = { added: number; length: number } | { refused: string } | AmbiguousNumeral;

const PLACE_WORDS: Record<string, number> = { 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 100 };

/**
 * The lower places printed in digits after a count in digits and its 万 or
 * 亿 (`count` and `large`, as printed), at the start of `rest`; undefined
 * when no digits follow. Read: four digits after 万 (`8万1000` → 81,000,
 * `8万0500`), eight after 亿, a place word (`3万5千`, `1亿2000万`,
 * `1亿5千万`), and the spoken shortening of one bare digit, which takes the
 * place below the unit (`3万5` → 35,000, `1亿5` → 150,000,000). Refused,
 * with both readings: other runs of digits (`8万500`: 80,500 or 85,000;
 * `1亿2000`: 100,002,000 or 120,000,000), a bare digit after a count that
 * ends in zero (`30万5`: 305,000 or 350,000), and 千 or 百 after 亿
 * (`1亿5千`). A count with a decimal point takes no lower places (`1.5万5`).
 */
export function readLowerPlaces(count: string, large: '万' | '亿', rest: string): LowerPlaces | undefined {
  const match = /^(\d+)(千万|百万|万|千|百)?(?![\d.])/.exec(rest);
  if (!match) return undefined;
  const [printed, digits, place] = match as unknown as [string, string, string | undefined];
  const unit = large === '万' ? 1e4 : 1e8;
  const whole = `${count}${large}${printed}`;
  if (count.includes('.')) return { refused: `"${whole}" has digits after a count with a decimal point; write ${count}${large} and the rest as the source prints them` };
  const base = Number(count) * unit;
  if (place) {
    const size = PLACE_WORDS[place]!;
    // 1亿5千: 100,005,000 as written, or 150,000,000 with 万 left out as people say it.
    if (large === '亿' && size < 1e4) return new AmbiguousNumeral(whole, [base + Number(digits) * size, base + Number(digits) * size * 1e4], [`${digits}${place} as written`, `${digits}${place}万, 万 left out`]);
    const added = Number(digits) * size;
    if (added >= unit || size >= unit || digits.startsWith('0')) return { refused: `"${whole}" is not a well-formed number: ${printed} after ${large} is too large or badly placed` };
    return { added, length: printed.length };
  }
  const places = large === '万' ? 4 : 8;
  if (digits.length === places) return { added: Number(digits), length: printed.length };
  if (digits.length > places) return { refused: `"${whole}" is not a well-formed number: ${printed} after ${large} is too large` };
  const shortened = Number(digits.padEnd(places, '0'));
  if (digits.length === 1 && digits !== '0') {
    const counted = Number(count);
    // 3万5 is 35,000; 30万5 could as well be 35万: the count's own last place is empty.
    if (counted >= 10 && counted % 10 === 0) return new AmbiguousNumeral(whole, [base + shortened, (counted + Number(digits)) * unit], [`${digits} in the place below ${large}`, `${digits} in the count of ${large}`]);
    return { added: shortened, length: printed.length };
  }
  return new AmbiguousNumeral(whole, [base + Number(digits), base + shortened], [`${digits} as ${digits}`, `${digits} filling the places below ${large} from the top, as in speech`]);
}
