import type { Dimension, Unit } from './units.ts';

/**
 * The units an English figure may carry, after the number (`12.5 km²`,
 * `3 megawatts`, `40 hectares`). Built from the SI Brochure (9th edition:
 * the SI units, their decimal multiples and the non-SI units accepted for
 * use with the SI: hectare, litre, tonne, minute, hour, day) and the
 * customary units of NIST Handbook 44 that English-language statistics
 * print (mile, foot, acre, square mile, pound as `lb`). Units whose size
 * depends on the country (gallons, short or long tons) are kept apart: a
 * `ton` agrees only with another `ton` (see `STRICT_SYMBOLS`).
 */
interface EnglishUnit {
  /** Canonical symbol, stored as the parsed unit's `symbol`. */
  symbol: string;
  dimension: Dimension;
  /** Factor to the dimension's base unit (米, 平方米, 立方米, 吨, 千瓦, 千瓦时). */
  factor: number;
  /** Symbols, matched with their letter case (`MW` is not `mW`). */
  symbols?: string[];
  /** Words, matched in any letter case, each in the singular; the plural is derived (`mile` → `miles`). */
  words?: string[];
}

const METRE = ['metre', 'meter'];
const both = (prefix: string, stems: string[]) => stems.map((stem) => `${prefix}${stem}`);

/** The catalogue, grouped by dimension. */
export const ENGLISH_UNITS: EnglishUnit[] = [
  // Area before length: "square kilometres" is not "kilometres".
  { symbol: 'km²', dimension: 'area', factor: 1e6, symbols: ['km²', 'km2', 'sq km', 'sq. km', 'sqkm'], words: [...both('square kilo', METRE)] },
  { symbol: 'm²', dimension: 'area', factor: 1, symbols: ['m²', 'm2', 'sq m', 'sq. m', 'sqm'], words: [...both('square ', METRE)] },
  { symbol: 'mi²', dimension: 'area', factor: 2_589_988.110336, symbols: ['sq mi', 'sq. mi', 'mi²'], words: ['square mile'] },
  { symbol: 'ft²', dimension: 'area', factor: 0.09290304, symbols: ['sq ft', 'sq. ft', 'ft²'], words: ['square foot'] },
  { symbol: 'ha', dimension: 'area', factor: 1e4, symbols: ['ha'], words: ['hectare'] },
  { symbol: 'acre', dimension: 'area', factor: 4046.8564224, words: ['acre'] },
  { symbol: 'm³', dimension: 'volume', factor: 1, symbols: ['m³', 'm3', 'cu m'], words: [...both('cubic ', METRE)] },
  { symbol: 'bcm', dimension: 'volume', factor: 1e9, symbols: ['bcm'], words: [...both('billion cubic ', METRE)] },
  { symbol: 'ML', dimension: 'volume', factor: 1000, symbols: ['ML'], words: [...both('mega', ['litre', 'liter'])] },
  { symbol: 'L', dimension: 'volume', factor: 0.001, words: ['litre', 'liter'] },
  { symbol: 'mL', dimension: 'volume', factor: 1e-6, symbols: ['ml', 'mL'], words: [...both('milli', ['litre', 'liter'])] },
  // An oil barrel (42 US gallons); other barrels differ, so a barrel agrees only with a barrel.
  { symbol: 'bbl', dimension: 'volume', factor: 0.158987294928, symbols: ['bbl'], words: ['barrel'] },
  { symbol: 'km', dimension: 'length', factor: 1000, symbols: ['km'], words: [...both('kilo', METRE)] },
  { symbol: 'cm', dimension: 'length', factor: 0.01, symbols: ['cm'], words: [...both('centi', METRE)] },
  { symbol: 'mm', dimension: 'length', factor: 0.001, symbols: ['mm'], words: [...both('milli', METRE)] },
  { symbol: 'm', dimension: 'length', factor: 1, words: METRE },
  { symbol: 'mi', dimension: 'length', factor: 1609.344, words: ['mile'] },
  { symbol: 'ft', dimension: 'length', factor: 0.3048, symbols: ['ft'], words: ['foot'] },
  { symbol: 't', dimension: 'mass', factor: 1, words: ['tonne', 'metric ton', 'metric tonne'] },
  { symbol: 'kt', dimension: 'mass', factor: 1e3, symbols: ['kt'], words: ['kilotonne'] },
  { symbol: 'Mt', dimension: 'mass', factor: 1e6, symbols: ['Mt'], words: ['megatonne'] },
  { symbol: 'ton', dimension: 'mass', factor: 1, words: ['ton'] },
  { symbol: 'kg', dimension: 'mass', factor: 0.001, symbols: ['kg'], words: ['kilogram', 'kilogramme', 'kilo'] },
  { symbol: 'g', dimension: 'mass', factor: 1e-6, words: ['gram', 'gramme'] },
  { symbol: 'mg', dimension: 'mass', factor: 1e-9, symbols: ['mg'], words: ['milligram', 'milligramme'] },
  { symbol: 'lb', dimension: 'mass', factor: 0.00045359237, symbols: ['lb', 'lbs'] },
  { symbol: 'TWh', dimension: 'energy', factor: 1e9, symbols: ['TWh'], words: ['terawatt-hour', 'terawatt hour'] },
  { symbol: 'GWh', dimension: 'energy', factor: 1e6, symbols: ['GWh'], words: ['gigawatt-hour', 'gigawatt hour'] },
  { symbol: 'MWh', dimension: 'energy', factor: 1e3, symbols: ['MWh'], words: ['megawatt-hour', 'megawatt hour'] },
  { symbol: 'kWh', dimension: 'energy', factor: 1, symbols: ['kWh'], words: ['kilowatt-hour', 'kilowatt hour'] },
  { symbol: 'Wh', dimension: 'energy', factor: 0.001, symbols: ['Wh'], words: ['watt-hour', 'watt hour'] },
  // Joules, as energy statistics print them (1 kWh = 3.6 MJ).
  { symbol: 'EJ', dimension: 'energy', factor: 1e18 / 3.6e6, symbols: ['EJ'], words: ['exajoule'] },
  { symbol: 'PJ', dimension: 'energy', factor: 1e15 / 3.6e6, symbols: ['PJ'], words: ['petajoule'] },
  { symbol: 'TJ', dimension: 'energy', factor: 1e12 / 3.6e6, symbols: ['TJ'], words: ['terajoule'] },
  { symbol: 'GJ', dimension: 'energy', factor: 1e9 / 3.6e6, symbols: ['GJ'], words: ['gigajoule'] },
  { symbol: 'MJ', dimension: 'energy', factor: 1e6 / 3.6e6, symbols: ['MJ'], words: ['megajoule'] },
  { symbol: 'TW', dimension: 'power', factor: 1e9, symbols: ['TW'], words: ['terawatt'] },
  { symbol: 'GW', dimension: 'power', factor: 1e6, symbols: ['GW', 'GWp', 'GWe'], words: ['gigawatt'] },
  { symbol: 'MW', dimension: 'power', factor: 1e3, symbols: ['MW', 'MWp', 'MWe'], words: ['megawatt'] },
  { symbol: 'MVA', dimension: 'power', factor: 1e3, symbols: ['MVA'] },
  { symbol: 'kW', dimension: 'power', factor: 1, symbols: ['kW', 'kWp', 'kWe'], words: ['kilowatt'] },
  { symbol: 'kVA', dimension: 'power', factor: 1, symbols: ['kVA'] },
  { symbol: 'W', dimension: 'power', factor: 0.001, words: ['watt'] },
  { symbol: 'pp', dimension: 'percentage-points', factor: 1, symbols: ['pp', 'ppt', 'ppts', 'p.p.'], words: ['percentage point', 'percent point', 'per cent point'] },
  // A basis point is a hundredth of a percentage point (25 basis points = 0.25 pp).
  { symbol: 'bp', dimension: 'percentage-points', factor: 0.01, symbols: ['bp', 'bps'], words: ['basis point'] },
  { symbol: '%', dimension: 'percent', factor: 1, symbols: ['%'], words: ['percent', 'per cent'] },
  { symbol: 'times', dimension: 'ratio', factor: 1, words: ['times'] },
  // Durations keep their own unit; a calendar year (in 2023) is a date, read by the scanner.
  { symbol: 'year', dimension: 'duration', factor: 1, words: ['year'] },
  { symbol: 'month', dimension: 'duration', factor: 1, words: ['month'] },
  { symbol: 'week', dimension: 'duration', factor: 1, words: ['week'] },
  { symbol: 'day', dimension: 'duration', factor: 1, words: ['day'] },
  { symbol: 'hour', dimension: 'duration', factor: 1, words: ['hour'] },
  { symbol: 'minute', dimension: 'duration', factor: 1, words: ['minute'] },
  // The SI second, so that `0.8 seconds` is a duration, never a count of "seconds".
  { symbol: 's', dimension: 'duration', factor: 1, words: ['second'] },
  { symbol: 'decade', dimension: 'duration', factor: 1, words: ['decade'] },
  { symbol: 'century', dimension: 'duration', factor: 1, words: ['century'] },
];

/** Units that agree only with the same unit: a `ton` may be metric, short or long. */
export const STRICT_SYMBOLS = new Set(['ton', 'bbl']);

const IRREGULAR_PLURALS: Record<string, string> = { century: 'centuries', foot: 'feet', 'square foot': 'square feet', times: 'times', 'per cent': 'per cent', percent: 'percent' };

/** The plural of a unit word: `mile` → `miles`, `square foot` → `square feet`, `kilowatt hour` → `kilowatt hours`. */
export function unitPlural(word: string): string {
  return IRREGULAR_PLURALS[word] ?? `${word}s`;
}

interface Form {
  text: string;
  caseSensitive: boolean;
  unit: EnglishUnit;
}

// Every printed form, longest first, so `square kilometres` wins over `kilometres` and `MWh` over `MW`.
const FORMS: Form[] = ENGLISH_UNITS.flatMap((unit) => [
  ...(unit.symbols ?? []).map((text) => ({ text, caseSensitive: true, unit })),
  ...(unit.words ?? []).flatMap((word) => [word, unitPlural(word)]).map((text) => ({ text, caseSensitive: false, unit })),
]).sort((a, b) => b.text.length - a.text.length);

/**
 * The English unit `text` starts with, as a whole word (`km` in `km,` but
 * not in `kmh`), and how many characters it took. `text` starts right after
 * the number and any space.
 */
export function matchEnglishUnit(text: string): { unit: Unit; length: number } | undefined {
  const lower = text.toLowerCase();
  for (const form of FORMS) {
    const head = form.caseSensitive ? text : lower;
    const wanted = form.caseSensitive ? form.text : form.text.toLowerCase();
    if (!head.startsWith(wanted)) continue;
    if (/^[\p{L}\p{N}]/u.test(text.slice(wanted.length)) && !/[²³]$/.test(wanted)) continue;
    return { unit: { dimension: form.unit.dimension, symbol: form.unit.symbol, factor: form.unit.factor }, length: wanted.length };
  }
  return undefined;
}

/** Every printed form of each unit, by dimension, for the unit reference. */
export function englishUnitForms(): Map<Dimension, string[]> {
  const forms = new Map<Dimension, string[]>();
  for (const unit of ENGLISH_UNITS) {
    const printed = [...(unit.symbols ?? []), ...(unit.words ?? []).flatMap((word) => (unitPlural(word) === word ? [word] : [word, unitPlural(word)]))];
    forms.set(unit.dimension, [...(forms.get(unit.dimension) ?? []), ...printed]);
  }
  return forms;
}
