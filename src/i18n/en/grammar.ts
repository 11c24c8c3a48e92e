// How English text is put together around numbers and lists, shared by the English dictionary's files.
// British editorial conventions: `6 December 2026`, `1,300`, single quotation marks, no serial comma.

const numbers = new Intl.NumberFormat('en-GB');
const lists = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const alternatives = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** A number with thousands separators: `1,300`. */
export const number = (value: number) => numbers.format(value);

/** A count with its noun, singular or plural: `1 case`, `1,300 cases`. */
export const count = (value: number, one: string, other = `${one}s`) => `${number(value)} ${value === 1 ? one : other}`;

/** The noun alone, singular or plural, for a count set apart from it (cards, the home totals). */
export const noun = (value: number, one: string, other = `${one}s`) => (value === 1 ? one : other);

/** Items in running text: `A, B and C`. */
export const list = (items: readonly string[]) => lists.format(items);

/** Items as alternatives: `A, B or C`. */
export const either = (items: readonly string[]) => alternatives.format(items);

/** Words quoted in running text: `‘river cleanup’`. */
export const quote = (text: string) => `‘${text}’`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A month's name: `March`. */
export const month = (number: number) => MONTHS[number - 1]!;
