import type { Unit } from './units.ts';

/**
 * Money in English figures: a symbol or ISO 4217 code before the number
 * (`$2.6 million`, `US$3bn`, `€500,000`, `USD 3 million`) or a code or
 * currency name after it (`3 million euros`, `260 million yuan`). Renminbi
 * is the catalogue's `currency` (元), so `260 million yuan` agrees with
 * `2.6亿元`; every other currency is `foreign-currency` with its ISO code.
 * `$` and `¥` alone do not say which dollar or which yen/yuan, so they are
 * kept as printed and agree only with the same sign.
 */

/** The ISO 4217 codes, from the runtime's own list (`Intl.supportedValuesOf`). */
export const ISO_CURRENCIES: ReadonlySet<string> = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'HKD']);

/** Signs printed before the number, longest first, and the code each means (`$` and `¥` stay as signs). */
export const CURRENCY_SIGNS: [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['AU$', 'AUD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', '$'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', '¥'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
];

/**
 * Currency names printed after the number (matched in any case), and the
 * code each means. `pounds` alone may be a weight, so it is money only
 * after a scale word (`3 million pounds`); see `parseEnglishFigure`.
 */
export const CURRENCY_NAMES: [string, string][] = [
  ['US dollars', 'USD'],
  ['US dollar', 'USD'],
  ['Hong Kong dollars', 'HKD'],
  ['Australian dollars', 'AUD'],
  ['Canadian dollars', 'CAD'],
  ['Singapore dollars', 'SGD'],
  ['dollars', '$'],
  ['dollar', '$'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['yen', 'JPY'],
  ['rupees', 'INR'],
  ['Swiss francs', 'CHF'],
];

/** The catalogue unit for a currency code or sign: renminbi is `currency`, anything else `foreign-currency`. */
export function currencyUnit(code: string): Unit {
  return code === 'CNY' || code === 'RMB' ? { dimension: 'currency', symbol: 'CNY', factor: 1 } : { dimension: 'foreign-currency', symbol: code, factor: 1 };
}

// ISO codes that are also English words in capitals (TOP 10, ALL 3 sites): never read as money.
const WORDS = new Set(['ALL', 'BAM', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'TRY']);

/** Whether `word` is a currency code: ISO 4217 (less the few that are English words in capitals), or `RMB`. */
export function isCurrencyCode(word: string): boolean {
  return word === 'RMB' || (/^[A-Z]{3}$/.test(word) && ISO_CURRENCIES.has(word) && !WORDS.has(word));
}
