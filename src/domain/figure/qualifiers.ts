/** How the source qualifies a figure. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'more-than' | 'over' | 'at-least' | 'under' | 'order-of';

/** Reader-facing names of the qualifiers. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: '确数',
  about: '约数',
  nearly: '接近',
  'more-than': '多于',
  over: '超过',
  'at-least': '不少于',
  under: '不足',
  'order-of': '量级',
};

/**
 * Words printed before a number that say nothing about it: `达420.05万公里`
 * is 420.05万公里, exactly as `420.05万公里` is. A figure reads the same with
 * or without them, so a source that prints one verifies a figure declared
 * without it, and the reverse.
 */
export const NEUTRAL_PREFIXES = ['达到', '多达', '高达', '共计', '合计', '总计', '共有', '达', '为', '有', '共'];

// Longest first, so that 约为 is read before 约 and 不大于 before 大于 could be.
const byLength = (list: [string, Qualifier][]) => [...list].sort((a, b) => b[0].length - a[0].length);

/**
 * Qualifier words printed before a number, longest first, the neutral ones
 * (see `NEUTRAL_PREFIXES`) as `exact`. 约合 (a sum converted at a rate) is
 * about; 大于 says more than, 小于 and 不及 less than, and 不大于, 不小于 turn
 * them round.
 */
export const PREFIXES: [string, Qualifier][] = byLength([
  ['超过', 'over'],
  ['接近', 'nearly'],
  ['将近', 'nearly'],
  ['逼近', 'nearly'],
  ['不低于', 'at-least'],
  ['不小于', 'at-least'],
  ['不超过', 'under'],
  ['不大于', 'under'],
  ['突破', 'over'],
  ['不少于', 'at-least'],
  ['至少', 'at-least'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['不及', 'under'],
  ['小于', 'under'],
  ['大于', 'more-than'],
  ['约为', 'about'],
  ['约有', 'about'],
  ['约合', 'about'],
  ['大约', 'about'],
  ['近', 'nearly'],
  ['约', 'about'],
  ['超', 'over'],
  ['逾', 'more-than'],
  ['过', 'over'],
  ...NEUTRAL_PREFIXES.map((word): [string, Qualifier] => [word, 'exact']),
]);

/** Qualifier words printed after a figure (`1000棵左右`, `50万上下`, `四十出头`). */
export const SUFFIXES: [string, Qualifier][] = [
  ['以上', 'at-least'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['出头', 'more-than'],
  ['以内', 'under'],
  ['以下', 'under'],
];

/**
 * Words right after the number (or its 万/亿) that make it approximate:
 * `1300余人`, `2000多`, and 来 (`200来个`, `三万来块`, `十来个`), which only
 * follows a round number and comes before a measure word or unit, and 把
 * after a bare 百, 千 or 万 (`千把块钱`: about a thousand yuan).
 */
export const APPROXIMATORS: Record<string, Qualifier> = { 余: 'more-than', 多: 'more-than', 来: 'about', 把: 'about' };

/**
 * The qualifier words at the start of `text`: at most one neutral word and
 * one qualifier (`达近97%` is nearly), and how many characters they take.
 */
export function readPrefix(text: string): { qualifier: Qualifier; length: number } {
  let qualifier: Qualifier = 'exact';
  let length = 0;
  for (let word = 0; word < 2; word++) {
    const found = PREFIXES.find(([prefix]) => text.startsWith(prefix, length));
    if (!found) break;
    length += found[0].length;
    if (found[1] !== 'exact') {
      qualifier = found[1];
      break;
    }
  }
  return { qualifier, length };
}

/** 超过…余 is still "over": the stronger, printed-first qualifier wins. */
export function mergeQualifier(current: Qualifier, next: Qualifier): Qualifier {
  return current === 'exact' ? next : current;
}
