import * as OpenCC from 'opencc-js';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';

// Taiwan and Hong Kong forms to mainland simplified: OpenCC's own tables (opencc-js), read once.
const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

/** Every traditional or variant character OpenCC knows, from its dictionaries' left-hand side. */
const traditionalCharacters = [...new Set([tsCharacters, twVariantsRev, hkVariantsRev].flatMap((dictionary) => dictionary.split('|').map((pair) => [...pair.split(' ')[0]!]).filter((chars) => chars.length === 1).flat()))];

/**
 * The map the browser needs to read a query in traditional characters:
 * each traditional or variant character whose simplified form the casebook
 * uses (`used`, its characters), and only those, so it stays a few
 * kilobytes whatever the casebook (蓬萊 → 蓬莱, 風電 → 风电, 黨 → 党).
 * Character by character: the phrase tables matter for converting whole
 * texts, not for matching words.
 */
export function variantMap(used: ReadonlySet<string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const char of traditionalCharacters) {
    for (const convert of toSimplified) {
      const simplified = convert(char);
      if (simplified !== char && [...simplified].length === 1 && used.has(simplified)) {
        map[char] = simplified;
        break;
      }
    }
  }
  return map;
}
