const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral written in characters: `三` → 3,
 * `一百二十三` → 123, `百亿` → 10,000,000,000, `两千` → 2000, `十四` → 14.
 * Returns undefined for text that is not a well-formed numeral.
 * (The maintained `nzh` library reads `两` as 0, hence this small parser.)
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || ![...text].every((char) => CHINESE_NUMERAL_CHARS.includes(char))) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastLarge = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined && DIGITS[char] !== 0 && digit !== 0) return undefined; // 三四 is not a numeral
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = undefined;
    } else {
      const unit = LARGE_UNITS[char]!;
      const amount = section + (digit ?? 0);
      // 万亿: a larger unit after a smaller one multiplies everything before it.
      if (unit > lastLarge) total = (total + (amount || (total === 0 ? 1 : 0))) * unit;
      else total += (amount || 1) * unit;
      lastLarge = unit;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
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
