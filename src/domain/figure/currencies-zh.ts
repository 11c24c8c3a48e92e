import type { Unit } from './units.ts';
import { prefixIndex } from './prefix-index.ts';

/**
 * Money in Chinese figures other than 元: every ISO 4217 currency by its
 * Chinese name, from CLDR as the runtime ships it (`Intl.DisplayNames` in
 * `zh`: 美元, 欧元, 马来西亚林吉特, 俄罗斯卢布, 新加坡元, 港元…), the short
 * names Chinese news prints (林吉特, 卢布, 澳元, 港币…), and the signs
 * printed before a number (`US$3亿`, `€500万`). Each is `foreign-currency`
 * with its ISO code, so `卢布` agrees with `俄罗斯卢布` and `1.5亿美元` with
 * `US$150 million`; 人民币 is 元. `$` and `¥` alone keep their sign.
 */

const NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['zh'], { type: 'currency' }) : undefined;
const CODES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];

/**
 * Short names in common use that CLDR does not give (its names are the full
 * ones), each for one currency only.
 */
const SHORT_NAMES: [string, string][] = [
  ['美金', 'USD'],
  ['林吉特', 'MYR'],
  ['马币', 'MYR'],
  ['卢布', 'RUB'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['加币', 'CAD'],
  ['新元', 'SGD'],
  ['新币', 'SGD'],
  ['纽元', 'NZD'],
  ['港币', 'HKD'],
  ['澳门元', 'MOP'],
  ['澳门币', 'MOP'],
  ['台币', 'TWD'],
  ['瑞郎', 'CHF'],
  ['日圆', 'JPY'],
  ['韩币', 'KRW'],
  ['泰铢', 'THB'],
  ['兰特', 'ZAR'],
  ['雷亚尔', 'BRL'],
  ['里拉', 'TRY'],
  ['越南盾', 'VND'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
];

/** Chinese currency names and the ISO 4217 code each means, longest first (新加坡元 before 元). */
export const CURRENCY_NAMES_ZH: readonly (readonly [string, string])[] = (() => {
  const byName = new Map<string, string>();
  for (const code of CODES) {
    const name = NAMES?.of(code);
    // Names with a note in brackets (津巴布韦元 (2009)) are old currencies, not printed so.
    if (name && name !== code && /^\p{Script=Han}+$/u.test(name) && code !== 'CNY') byName.set(name, code);
  }
  for (const [name, code] of SHORT_NAMES) byName.set(name, code);
  return [...byName].sort((a, b) => b[0].length - a[0].length);
})();

/**
 * Generic names shared by several currencies: a figure in one of them is
 * refused, naming the currencies it may be (卢比 → 印度卢比, 巴基斯坦卢比, …),
 * never read as one of them.
 */
export const AMBIGUOUS_CURRENCY_NAMES = ['卢比', '比索', '法郎', '克朗', '第纳尔', '迪拉姆', '里亚尔', '先令', '列伊', '马纳特', '镑', '盾', '索姆'] as const;

/** The currencies a generic name may mean, by their CLDR names (`克朗` → 丹麦克朗, 挪威克朗, …). */
export function currenciesNamed(generic: string): string[] {
  return CURRENCY_NAMES_ZH.filter(([name]) => name.endsWith(generic) && name !== generic).map(([name]) => name);
}

/** Signs printed before the number in Chinese text, longest first, and the code each means. */
export const CURRENCY_SIGNS_ZH: [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  // A bare $ does not say which dollar: it agrees only with another $.
  ['$', '$'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  // ¥ may be yuan or yen: as in English figures it agrees only with another ¥.
  ['¥', '¥'],
  ['￥', '¥'],
  ['RMB', 'CNY'],
];

/** The catalogue unit of a currency code as printed (`symbol`): 人民币 is 元 (`currency`), any other `foreign-currency`. */
export function currencyUnitZh(symbol: string, code: string): Unit {
  if (code === 'CNY') return { dimension: 'currency', symbol, factor: 1 };
  return code === '$' || code === '¥' ? { dimension: 'foreign-currency', symbol: code, factor: 1 } : { dimension: 'foreign-currency', symbol, factor: 1, code };
}

/** The currency sign `text` starts with (`US$3亿` → `US$`), as a unit, or undefined. */
export function matchCurrencySign(text: string): { unit: Unit; length: number } | undefined {
  const found = CURRENCY_SIGNS_ZH.find(([sign]) => text.startsWith(sign) && /^[\d.]/.test(text.slice(sign.length)));
  return found && { unit: currencyUnitZh(found[0], found[1]), length: found[0].length };
}

const NAMES_BY_FIRST = prefixIndex(CURRENCY_NAMES_ZH, ([name]) => name);

/** The currency name `text` starts with (`林吉特`, `俄罗斯卢布`, `美元`), as a unit, or undefined. */
export function matchCurrencyName(text: string): { unit: Unit; length: number } | undefined {
  if (text.startsWith('人民币')) return { unit: currencyUnitZh('人民币', 'CNY'), length: 3 };
  const found = NAMES_BY_FIRST.at(text).find(([name]) => text.startsWith(name));
  return found && { unit: currencyUnitZh(found[0], found[1]), length: found[0].length };
}
