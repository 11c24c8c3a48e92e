import { TRADITIONAL_FORMS } from './traditional.ts';

// Each traditional or variant form and its simplified one (萬 → 万, 億 → 亿, 個 → 个, 增長 → 增长).
const SIMPLIFIED = new Map(TRADITIONAL_FORMS.map((pair) => [...pair] as [string, string]));

/**
 * `text` with the traditional and variant characters the figure reader
 * knows written in their simplified forms (`2.6億元` → `2.6亿元`, `增長5.2%`
 * → `增长5.2%`, `超過5.47萬標箱` → `超过5.47万标箱`), one character for one
 * of the same length, so an offset into the result is the same offset into
 * `text`. The forms are OpenCC's, through the search index's variant map
 * (see src/domain/figure/traditional.ts); characters the reader does not use
 * are left as they are.
 */
export function simplifiedFigureText(text: string): string {
  // Most text has no traditional form: keep it as it is.
  let out = '';
  for (const char of text) out += SIMPLIFIED.get(char) ?? char;
  return out;
}
