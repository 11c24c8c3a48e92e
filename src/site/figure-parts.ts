import { PREFIXES, SUFFIXES } from '../domain/figure/parse.ts';
import { ENGLISH_PREFIXES, ENGLISH_SUFFIXES } from '../domain/figure/english.ts';
import { CURRENCY_SIGNS } from '../domain/figure/english-currency.ts';
import { escapeHtml } from '../domain/html.ts';

/**
 * One typographic part of a printed figure: the qualifier the source prints (近, 约, 超过, 余, 多, 以上…),
 * the number, or the unit and measure word. Pages set the number in the figure's weight and the
 * qualifiers smaller and quieter, so `近97%` cannot be read as 97%, yet 97 carries the eye.
 */
export interface FigurePart {
  kind: 'qualifier' | 'number' | 'unit';
  text: string;
}

const ARABIC = /^[0-9０-９][0-9０-９,，.．]*/;
// 万 and 亿 after digits (2.6亿元) are set with the unit: the digits carry the eye.
const MULTIPLIER = /^(?:万亿|千亿|百亿|十亿|千万|百万|万|亿)/;
const CHINESE = /^[零〇一二两三四五六七八九十百千万亿]+/;
const APPROXIMATE = /^(?:余|多|来)/;
// The ordinal 第 of a rank (第67位) is set like a unit: part of the figure, not a qualifier.
const ORDINAL = '第';

/**
 * Splits a figure exactly as printed into its parts, in order; joined again they give the
 * figure back unchanged. A figure whose shape this does not know (a date, a share such as
 * 百分之八 or 1/5) is one number part.
 */
export function figureParts(printed: string): FigurePart[] {
  const parts: FigurePart[] = [];
  let rest = printed;
  // English: "nearly 97%", "more than 1,300 people", "$2.6 million": the words before, then a currency sign.
  const english = ENGLISH_PREFIXES.find(([word]) => rest.toLowerCase().startsWith(`${word} `))?.[0];
  const prefix = english ? rest.slice(0, english.length + 1) : PREFIXES.find(([word]) => rest.startsWith(word))?.[0];
  const sign = CURRENCY_SIGNS.find(([symbol]) => rest.startsWith(symbol, prefix?.length ?? 0))?.[0];
  if (sign) {
    if (prefix) parts.push({ kind: 'qualifier', text: prefix });
    parts.push({ kind: 'unit', text: sign });
    rest = rest.slice((prefix?.length ?? 0) + sign.length);
  } else if (prefix) {
    parts.push({ kind: 'qualifier', text: prefix });
    rest = rest.slice(prefix.length);
  } else if (rest.startsWith(ORDINAL)) {
    parts.push({ kind: 'unit', text: ORDINAL });
    rest = rest.slice(ORDINAL.length);
  }
  const number = ARABIC.exec(rest)?.[0] ?? CHINESE.exec(rest)?.[0];
  if (!number) return [{ kind: 'number', text: printed }];
  parts.push({ kind: 'number', text: number });
  rest = rest.slice(number.length);
  let multiplier = '';
  const approximate = APPROXIMATE.exec(rest)?.[0];
  if (approximate) {
    parts.push({ kind: 'qualifier', text: approximate });
    rest = rest.slice(approximate.length);
  } else if (/^[0-9０-９]/.test(number)) {
    multiplier = MULTIPLIER.exec(rest)?.[0] ?? '';
    rest = rest.slice(multiplier.length);
    const after = APPROXIMATE.exec(rest)?.[0];
    // 2.4万余个: the multiplier, then the qualifier, then the measure word.
    if (multiplier && after) {
      parts.push({ kind: 'unit', text: multiplier }, { kind: 'qualifier', text: after });
      multiplier = '';
      rest = rest.slice(after.length);
    }
  }
  const suffix = SUFFIXES.find(([word]) => rest.endsWith(word))?.[0] ?? ENGLISH_SUFFIXES.map(([word]) => ` ${word}`).find((word) => rest.toLowerCase().endsWith(word));
  const unit = suffix ? rest.slice(0, -suffix.length) : rest;
  // Digits left in the unit mean a shape this does not split (2022年10月, 1/5, 百分之八), as does a range's second
  // end (一万二到一万五), which must not be set smaller than the first.
  if (/[0-9０-９/]|分之|[到至—–~～－-]/.test(unit)) return [{ kind: 'number', text: printed }];
  if (multiplier || unit) parts.push({ kind: 'unit', text: multiplier + unit });
  if (suffix) parts.push({ kind: 'qualifier', text: rest.slice(rest.length - suffix.length) });
  return parts;
}

/**
 * A figure as HTML, in its parts (`<span class="fig">` holding a span per
 * part, `fig-rank` on a rank), every text escaped. A string, not a
 * component: tables render one per row, and a thousand-case build renders
 * tens of thousands of them.
 */
export function figureHtml(printed: string, rank: boolean, className?: string): string {
  const classes = ['fig', rank && 'fig-rank', className].filter(Boolean).join(' ');
  return `<span class="${escapeHtml(classes)}">${figureParts(printed)
    .map((part) => `<span class="fig-${part.kind}">${escapeHtml(part.text)}</span>`)
    .join('')}</span>`;
}
