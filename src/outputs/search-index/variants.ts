import * as OpenCC from 'opencc-js';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import stCharacters from 'opencc-js/dict/STCharacters';

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

// Simplified to traditional, character by character, from OpenCC's own table (its first traditional form of each).
const traditionalOf = new Map(
  stCharacters
    .split('|')
    .map((pair) => pair.split(' '))
    .filter((pair): pair is [string, string] => [...pair[0]!].length === 1 && Boolean(pair[1]))
    .map(([from, to]) => [from, to]),
);

/**
 * Text in traditional characters, character by character (风电 → 風電),
 * for a search server that matches a traditional query without Casebook's
 * page in front of it. OpenCC's phrase tables would convert whole texts
 * better; a character table is what matching needs and runs fast enough for
 * every body of a large casebook.
 */
export function traditionalForm(text: string): string {
  let result = '';
  for (const char of text) result += traditionalOf.get(char) ?? char;
  return result;
}
