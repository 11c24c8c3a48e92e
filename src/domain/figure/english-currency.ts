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
  ['NT$', 'TWD'],
  ['RM', 'MYR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['Rp', 'IDR'],
  ['$', '$'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', '¥'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
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
  // News agencies' "stg" (1.431 billion stg).
  ['stg', 'GBP'],
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

/**
 * Hundredths of a currency after the number: `12.50p` and `12.5 pence` (of a
 * pound), `45 cents`, `45¢`, `45 US cents`, `30 euro cents`. Each is the
 * currency's unit with a factor of 0.01, so `12.50p` agrees with `£0.125`.
 * Cents without a currency (`45 cents`) agree only with cents: they may be a
 * dollar's or a euro's. `p` and `c` count only right after the digits
 * (`12.50p`, `25c/kWh`), since spaced they may abbreviate other words.
 */
export const SUBUNITS: [RegExp, string][] = [
  [/^p(?![\p{L}\p{N}])/u, 'GBP'],
  [/^c(?![\p{L}\p{N}])/u, '¢'],
  [/^ ?pence(?![\p{L}\p{N}])/iu, 'GBP'],
  [/^ ?US ?cents?(?![\p{L}\p{N}])/u, 'USD'],
  [/^ ?euro ?cents?(?![\p{L}\p{N}])/iu, 'EUR'],
  [/^ ?cents?(?![\p{L}\p{N}])/iu, '¢'],
  [/^ ?¢/u, '¢'],
];

/** The subunit of money at the start of `text` (right after the number), as a unit with factor 0.01, and its length. */
export function matchSubunit(text: string): { unit: Unit; length: number } | undefined {
  for (const [pattern, code] of SUBUNITS) {
    const match = pattern.exec(text);
    if (match) return { unit: { ...currencyUnit(code), factor: 0.01 }, length: match[0].length };
  }
  return undefined;
}
