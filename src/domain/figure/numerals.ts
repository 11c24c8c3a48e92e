const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral written in characters, standard or
 * colloquial: `三` → 3, `一百二十三` → 123, `一千零十` → 1010, `两千` → 2000,
 * `十四` → 14, `百亿` → 10,000,000,000, and the spoken shortenings where a
 * bare last digit takes the place below the unit before it: `一百二` → 120,
 * `两千六` → 2600, `千三` → 1300, `三万五` → 35,000, `两万二零三` → 22,003.
 * Returns undefined for text that is not a well-formed numeral (`三四`,
 * `十一十二`, `一百一千`, `二零`). (The maintained `nzh` library reads `两` as
 * 0, hence this small parser.)
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || ![...text].every((char) => CHINESE_NUMERAL_CHARS.includes(char))) return undefined;
  if (text === '零' || text === '〇') return 0;
  return withLargeUnits(text, Infinity);
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
    const right = below(text.slice(at + 1), unit);
    return right === undefined ? undefined : left * unit + right;
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
