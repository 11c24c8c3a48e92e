import { AmbiguousNumeral, CHINESE_NUMERAL_CHARS, parseChineseNumeral, readChineseNumeral, readLowerPlaces } from './numerals.ts';
import { matchUnit, unitNote, type Unit, type UnitMatch } from './units.ts';
import { matchCurrencyName, matchCurrencySign } from './currencies-zh.ts';
import { parseEnglishFigure } from './english.ts';
import { STRICT_SYMBOLS } from './english-units.ts';
import * as normalise from '../normalise.ts';
import { simplifiedFigureText } from './simplified.ts';
import { APPROXIMATORS, mergeQualifier, readPrefix, SUFFIXES, type Qualifier } from './qualifiers.ts';

export { PREFIXES, QUALIFIER_LABELS, SUFFIXES, type Qualifier } from './qualifiers.ts';

/** A printed figure read as data. */
export interface ParsedFigure {
  /** The figure exactly as printed. */
  printed: string;
  /** The number as printed, before the unit factor: `2.6亿元` → 260,000,000. */
  value: number;
  /** `value` in the dimension's base unit: `1.3万平方米` → 13,000 (平方米), `3.2平方公里` → 3,200,000. */
  normalized: number;
  unit: Unit;
  qualifier: Qualifier;
  /**
   * Set when the figure states a change rather than a level: `增长15.6%` is
   * `up`, `下降3.2%` is `down`, `翻一番` is `up` by a multiple (`value` 2).
   * `value` and `normalized` keep the size of the change, without sign.
   */
  change?: 'up' | 'down';
  /**
   * Set when the figure is a range (`2300—2500元`, `3至5年`, `二十四五万`):
   * both ends in the printed unit, as `value` is (`2至3平方公里` → 2 and 3).
   * `value` and `normalized` then hold the low end.
   */
  range?: { low: number; high: number };
  /**
   * Set when the figure is a rate: the unit it is counted per (`35.63元/公斤`
   * is 元 per 公斤, `每斤1.8元` 元 per 斤, `1952吨/艘` 吨 per 艘). `unit` is
   * the unit of the amount; `normalized` is the amount in its base unit, per
   * one of `per` as printed.
   */
  per?: Unit;
}

/** Why a figure did not parse, in words an editor can act on. */
export type FigureResult = { ok: true; figure: ParsedFigure } | { ok: false; message: string };

/**
 * Verbs that, printed right before a number, make it a signed change: the
 * number is by how much, not the level reached (`下降3.2%`, `增加267亿斤`,
 * `上升3.5个百分点`, `跌逾1%`). Built from the verbs of change the language
 * has, not from one genre: growth and output (增长, 增加, 增产, 增收, 增多,
 * 净增), raising (提高, 提升, 升高, 上升, 上涨, 上调, 上浮, 攀升, 回升,
 * 反弹), widening and speeding up (扩大, 加快), a currency gaining (升值), and
 * their opposites (下降, 下跌, 下滑, 下挫, 下调, 下浮, 降低, 减少, 减产, 减收,
 * 缩小, 缩减, 削减, 收窄, 回落, 回调, 下行, 放缓, 贬值), with the one-character
 * verbs of headlines and markets (增, 涨, 升; 降, 减, 跌). Longest first where
 * one ends another (上涨 before 涨). A verb may take 了 (`降低了1.5%` is still
 * a change) and follow the basis of the comparison, 同比, 环比, 比上年,
 * 较去年 and the like (`同比增长5%`; the basis belongs in the metric). Not a change: a verb before 到, 至, 为 or 成
 * (`下降到3.2%`, `增长至5万人`, `降为3%`) states the level reached, and 新增
 * (`新增5家`) counts what was added.
 */
export const CHANGE_VERBS: [string, 'up' | 'down'][] = (
  [
    ['增长', 'up'],
    ['增加', 'up'],
    ['增产', 'up'],
    ['增收', 'up'],
    ['增多', 'up'],
    ['净增', 'up'],
    ['提高', 'up'],
    ['提升', 'up'],
    ['升高', 'up'],
    ['上升', 'up'],
    ['上涨', 'up'],
    ['上调', 'up'],
    ['上浮', 'up'],
    ['攀升', 'up'],
    ['回升', 'up'],
    ['上行', 'up'],
    ['反弹', 'up'],
    ['扩大', 'up'],
    ['加快', 'up'],
    ['升值', 'up'],
    ['下降', 'down'],
    ['下跌', 'down'],
    ['下滑', 'down'],
    ['下挫', 'down'],
    ['下调', 'down'],
    ['下浮', 'down'],
    ['降低', 'down'],
    ['减少', 'down'],
    ['减产', 'down'],
    ['减收', 'down'],
    ['缩小', 'down'],
    ['缩减', 'down'],
    ['削减', 'down'],
    ['收窄', 'down'],
    ['回落', 'down'],
    ['回调', 'down'],
    ['下行', 'down'],
    ['放缓', 'down'],
    ['贬值', 'down'],
    ['增', 'up'],
    ['涨', 'up'],
    ['升', 'up'],
    ['降', 'down'],
    ['减', 'down'],
    ['跌', 'down'],
  ] as [string, 'up' | 'down'][]
).sort((a, b) => b[0].length - a[0].length);

/** The basis of a comparison printed before a change verb: 同比, 环比, 比上年, 较去年, 比上月, 较上周, 比年初. */
const COMPARED = /^(同比|环比|[比较](上年|去年|上月|上季度?|上周|上期|年初|上一?年度?))/;

/**
 * Characters before a one-character verb that make it part of another word:
 * 新增5家 counts what was added, 空降3名干部 and 晋升2人 name an appointment,
 * 加减 is arithmetic.
 */
export const NOT_A_CHANGE_AFTER: Record<string, RegExp> = { 增: /新$/, 降: /[空迫投霜]$/, 升: /[晋擢]$/, 减: /加$/ };

/**
 * The change verb `text` ends with, right before a figure at `at`, with any
 * 了 between (`降低了` + `1.5%`): the verb and where it starts, or undefined.
 */
export function changeVerbBefore(text: string, at: number): { verb: string; direction: 'up' | 'down'; offset: number } | undefined {
  const end = text[at - 1] === '了' ? at - 1 : at;
  for (const [verb, direction] of CHANGE_VERBS) {
    const offset = end - verb.length;
    if (offset < 0 || !text.startsWith(verb, offset)) continue;
    if (NOT_A_CHANGE_AFTER[verb]?.test(text.slice(0, offset))) return undefined;
    return { verb, direction, offset };
  }
  return undefined;
}

/** Doublings: `翻一番` = 2×, `翻两番` = 4×, `翻倍` = 2× the base, each read as an upward change of that multiple. */
const DOUBLING = /^翻(?:了)?(?:([一两二三四])番|(?:一)?倍|番)$/;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };
const ARABIC = /^(\d+(?:\.\d+)?)(余|多|来)?(万亿|千亿|百亿|十亿|千万|百万|万|亿)?(余|多|来)?/;
// 千把块钱, 百把人, 万把块: 把 after a bare 百, 千 or 万 is "about" that many (after any other numeral it counts
// things held by a handle: 两千把椅子).
// One digit, 千 or 百, and the spoken shortening after it (7千5, 3百5) or the next place (7千5百), then 余, 多 or 来.
const SMALL_PLACE = /^([1-9])([千百])(?![万亿])(?:(\d)(?![\d.])([百十])?)?(?![\d.])(余|多|来)?/;
const CHINESE = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)(余|多|来|(?<=^[百千万])把)?`);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };
const DATE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/;

/**
 * Reads a printed figure into a number, a unit from the closed catalogue and
 * a qualifier: a Chinese figure (see `parseChineseFigure`), or, when it has
 * no Chinese characters but Latin letters or a currency sign, an English
 * one (`$2.6 million`, `nearly 97%`, `1,300 people`; see
 * `parseEnglishFigure`). Figures of digits and signs alone (`97%`, `1/5`)
 * read the same either way and take the Chinese reader.
 */
export function parseFigure(printed: string): FigureResult {
  return isEnglishFigure(printed) ? parseEnglishFigure(printed) : parseChineseFigure(printed);
}

/** Whether a printed figure is read as English: no Han characters, and Latin letters, a currency sign, a leading + or − (`+14%`, `-3.4%`) or an accounts' negative percentage (`(2.4)%`). */
export function isEnglishFigure(printed: string): boolean {
  const folded = normalise.width(printed);
  return !/\p{Script=Han}/u.test(folded) && (/[A-Za-z$€£¥₹₩₽¢₱₦₺₫]/u.test(folded) || /^\s*(?:[+\-−]\d|\(\d[\d.,]*\)%)/u.test(folded));
}

/**
 * Reads a figure as printed in a Chinese source (`2.6亿元`, `近97%`,
 * `1300余人次`, `百亿元`, `第67位`, `50人以上`, `2022年10月`) into a number, a
 * unit from the closed catalogue and a qualifier. Full-width digits, ％ and
 * ． read as their ASCII forms (`１２３个` is `123个`); `printed` keeps them.
 */
export function parseChineseFigure(printed: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  // Traditional forms read as simplified ones: 2.6億元 is 2.6亿元.
  let text = simplifiedFigureText(normalise.figure(printed));
  if (text === '') return fail('is empty');

  // 二〇二三年, 二〇二三年十月: a year written digit by digit in characters is the same date as 2023年.
  const written = /^([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?)?$/.exec(text);
  if (written) {
    const [month, day] = [written[2], written[3]].map((part) => (part === undefined ? undefined : parseChineseNumeral(part)));
    const year = digitsOf(written[1]!);
    text = `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
  }
  const date = DATE.exec(text);
  if (date && (date[2] !== undefined || Number(date[1]) >= 1900)) {
    const year = Number(date[1]);
    const month = date[2] === undefined ? undefined : Number(date[2]);
    if (month !== undefined && (month < 1 || month > 12)) return fail(`"${printed}" is not a real month`);
    // Years read as dates only with 4 digits: "3年" is a duration.
    if (date[2] !== undefined || /^\d{4}年$/.test(text)) {
      const value = year * 10_000 + (month ?? 0) * 100 + (date[3] ? Number(date[3]) : 0);
      return { ok: true, figure: { printed, value, normalized: value, unit: { dimension: 'date', symbol: '日期', factor: 1 }, qualifier: 'exact' } };
    }
  }

  const doubling = DOUBLING.exec(text);
  if (doubling) {
    const value = 2 ** (doubling[1] ? DOUBLINGS[doubling[1]]! : 1);
    return { ok: true, figure: { printed, value, normalized: value, unit: { dimension: 'ratio', symbol: '倍', factor: 1 }, qualifier: 'exact', change: 'up' } };
  }
  // 同比增长5%, 环比下降3.2%: the basis of the comparison, before the verb, belongs in the metric.
  const compared = COMPARED.exec(text)?.[0].length ?? 0;
  // The longest verb there (减少, not 减 + 少); a verb with nothing after it is no figure.
  const verb = CHANGE_VERBS.find(([word]) => text.startsWith(word, compared));
  if (verb && text.length > compared + verb[0].length) return readChange(printed, text.slice(compared + verb[0].length), verb[1]);
  const range = readRange(printed, text);
  if (range) return range;
  const each = /^每([^\d零〇一二两三四五六七八九十百千]+?)(?=[\d零〇一二两三四五六七八九十百千])(.+)$/.exec(text);
  if (each) return readEach(printed, each[1]!, each[2]!);

  const prefix = readPrefix(text);
  let qualifier: Qualifier = prefix.qualifier;
  text = text.slice(prefix.length);
  // US$3亿, €500万: a currency sign before the number is the figure's unit (see currencies-zh.ts).
  const sign = matchCurrencySign(text);
  if (sign) text = text.slice(sign.length);
  // 人民币3000亿元, 港币5亿元, 美元1.5亿: a currency named before the number is its unit; after the number only 元
  // (or nothing) may follow.
  const named = sign ? undefined : matchCurrencyName(text);
  if (named && new RegExp(`^[\\d${CHINESE_NUMERAL_CHARS}]`).test(text.slice(named.length))) {
    const inner = parseChineseFigure(text.slice(named.length));
    if (!inner.ok) return inner;
    const { figure } = inner;
    const bare = figure.unit.dimension === 'count' && figure.unit.symbol === '';
    if (!(bare || (figure.unit.dimension === 'currency' && figure.unit.symbol === '元')) || figure.per || figure.range || figure.change) return fail(`"${printed}" names ${text.slice(0, named.length)} before its number and ${figure.unit.symbol || 'something else'} after it`);
    return { ok: true, figure: { ...figure, printed, qualifier: mergeQualifier(qualifier, figure.qualifier), normalized: figure.value * named.unit.factor, unit: named.unit } };
  }
  let value: number;
  // 6.51:1, 17.33∶1 (猪粮比价, 生师比): a ratio to one, read as that multiple. 3:2 or 1:0.8 is refused: which side is
  // the base is the metric's to say.
  const ratio = /^(\d+(?:\.\d+)?)[:∶](\d+(?:\.\d+)?)$/.exec(text);
  if (ratio) {
    if (Number(ratio[2]) !== 1 || ratio[2] !== '1') return fail(`"${printed}" is a ratio of two numbers; Casebook reads a ratio only to one, as in 6.51:1 (write the multiple, or declare both numbers)`);
    value = Number(ratio[1]);
    return finish({ dimension: 'ratio', symbol: ':1', factor: 1 }, '');
  }
  // 百分之八, 三分之一, 1/5: a share written as a fraction, read as a percentage.
  // 千分之三 and 万分之五 are per mille and per myriad; 百分之六点五 has a decimal point in characters.
  const share = /^(百|千|万|[零〇一二两三四五六七八九十]+)分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(.*)$/.exec(text) ?? /^(\d+)\/(\d+)(?![\d.])(.*)$/.exec(text);
  if (share) {
    const slashed = /^\d/.test(text);
    const PLACES: Record<string, number> = { 百: 100, 千: 1000, 万: 10_000 };
    const [whole, part] = slashed ? [Number(share[2]), Number(share[1])] : [PLACES[share[1]!] ?? parseChineseNumeral(share[1]!), readNumber(share[2]!)];
    if (whole === undefined || part === undefined || whole === 0 || (slashed && part > whole)) return fail(`"${printed}" is not a share such as 百分之八, 三分之一 or 1/5`);
    value = (part * 100) / whole;
    return finish({ dimension: 'percent', symbol: slashed ? '/' : share[1]! in PLACES ? `${share[1]}分之` : '分之', factor: 1 }, share[3]!);
  }
  // 一半: half, read as 50%.
  if (text.startsWith('一半')) {
    value = 50;
    return finish({ dimension: 'percent', symbol: '一半', factor: 1 }, text.slice(2));
  }
  // 排名第5, 位居第三: the ranking word before 第 says nothing more than 第 does.
  text = text.replace(/^(排名|位居|位列|名列|排在|排|居)(?=第)/, '');
  const ordinal = text.startsWith('第');
  if (ordinal) text = text.slice(1);

  let scaled = false;
  // 7千5, 5千元, 3百多人: one digit and 千 or 百, as people write them (never 千米, 千克, 千瓦 or 百分点, which are units).
  const place = SMALL_PLACE.exec(text);
  const small = place && !/^[千百]/.test(matchUnit(text.slice(1))?.unit.symbol ?? '') && (!place[4] || place[4] === (place[2] === '千' ? '百' : '十')) ? place : undefined;
  const arabic = small ? null : ARABIC.exec(text);
  // The number with its multiplier and any 余, 多 or 来, as printed.
  const approximated = small?.[0] ?? arabic?.[0] ?? CHINESE.exec(text)?.[0] ?? '';
  if (small) {
    const size = small[2] === '千' ? 1000 : 100;
    // 7千5 is 7,500 and 3百5 is 350: a bare last digit takes the next place down, as 7千5百 says.
    value = Number(small[1]) * size + (small[3] ? (Number(small[3]) * size) / 10 : 0);
    if (small[5]) {
      if (small[5] === '来' && small[3]) return fail(`"${printed}" has 来 after a number that is not round; 来 means "about" only after one such as 200来个 or 3万来块`);
      qualifier = mergeQualifier(qualifier, APPROXIMATORS[small[5]]!);
    }
    text = text.slice(small[0].length);
    // 1千多万, 3千余亿: the multiplier can follow the approximation.
    const multiplier = small[5] && !small[3] ? /^(万|亿)/.exec(text) : null;
    if (multiplier) {
      value *= MULTIPLIERS[multiplier[1]!]!;
      scaled = true;
      text = text.slice(1);
    }
  } else if (arabic) {
    value = Number(arabic[1]);
    if (arabic[3]) {
      value *= MULTIPLIERS[arabic[3]]!;
      scaled = true;
    }
    const approximate = arabic[2] ?? arabic[4];
    if (approximate) {
      // 200来个, 3万来块: 来 follows a round number only.
      if (approximate === '来' && !(arabic[3] || /^\d*0$/.test(arabic[1]!))) return fail(`"${printed}" has 来 after a number that is not round; 来 means "about" only after one such as 200来个 or 3万来块`);
      qualifier = mergeQualifier(qualifier, APPROXIMATORS[approximate]!);
    }
    text = text.slice(arabic[0].length);
    // 8万1000人, 1亿2000万元, 3万5: digits after 万 or 亿 add the lower places.
    const lower = !approximate && (arabic[3] === '万' || arabic[3] === '亿') ? readLowerPlaces(arabic[1]!, arabic[3], text) : undefined;
    if (lower instanceof AmbiguousNumeral) return fail(lower.message);
    if (lower && 'refused' in lower) return fail(lower.refused);
    if (lower) {
      value += lower.added;
      text = text.slice(lower.length);
    }
  } else {
    const chinese = CHINESE.exec(text);
    // 十几个, 几十家, 数百人, 上千人: some number of that size, which no figure states.
    if (/^(?:[数几上成]|[一二两三四五六七八九]?十)?[几十百千万亿]*几|^[数几上][十百千万亿]/.test(text)) return fail(`"${printed}" is a vague number (几, 数 or 上 before 十, 百, 千 or 万: some number of that size); Casebook reads only a figure that states its number`);
    if (!chinese) return fail(`"${printed}" has no number where one is expected`);
    const parsed = readChineseNumeral(chinese[1]!);
    if (parsed instanceof AmbiguousNumeral) return fail(parsed.message);
    if (parsed === undefined) return fail(`"${chinese[1]}" in "${printed}" is not a Chinese numeral`);
    value = parsed;
    scaled = /[万亿]/.test(chinese[1]!);
    text = text.slice(chinese[0].length);
    // 三点五亿元, 零点五个百分点: 点 with digits after it is a decimal point (not index points: 三点 alone).
    const decimal = !chinese[2] && !scaled ? /^点([零〇一二三四五六七八九]+)/.exec(text) : null;
    if (decimal) {
      value = Number(`${value}.${digitsOf(decimal[1]!)}`);
      text = text.slice(decimal[0].length);
      const multiplier = /^(万亿|亿|万)/.exec(text);
      if (multiplier) {
        value *= MULTIPLIERS[multiplier[1]!]!;
        scaled = true;
        text = text.slice(multiplier[0].length);
      }
    }
    if (chinese[2]) {
      // 十来个, 三万来块: 来 follows a round number only.
      if (chinese[2] === '来' && !/[十百千万亿]$/.test(chinese[1]!)) return fail(`"${printed}" has 来 after a number that is not round; 来 means "about" only after one such as 十来个 or 三万来块`);
      qualifier = mergeQualifier(qualifier, APPROXIMATORS[chinese[2]]!);
      // 三千余万: the multiplier can follow the approximation.
      const multiplier = /^(万亿|千万|百万|万|亿)/.exec(text);
      if (multiplier) {
        value *= MULTIPLIERS[multiplier[1]!]!;
        scaled = true;
        text = text.slice(multiplier[0].length);
      }
    }
  }
  // 2.4万余个: the approximation can also follow the multiplier.
  if (/^(余|多)/.test(text)) {
    qualifier = mergeQualifier(qualifier, 'more-than');
    text = text.slice(1);
  }

  let unit: Unit;
  if (ordinal) {
    // 第67位, 第3名, and 第一 or 第9 on their own (位列第9).
    if (!/^(位|名)?$/.test(text)) return fail(`"${printed}" starts with 第 but does not end with 位 or 名`);
    return finish({ dimension: 'rank', symbol: text, factor: 1 }, '');
  }
  if (text.startsWith('吨级')) {
    // 10万吨级: a tonnage class.
    return finish({ dimension: 'mass', symbol: '吨', factor: 1 }, text.slice(2), 'order-of');
  }
  if (text.startsWith('级') && scaled) {
    // 千亿级: an order of magnitude.
    return finish({ dimension: 'magnitude', symbol: '级', factor: 1 }, text.slice(1), 'order-of');
  }
  // 865亿方: after 万 or 亿, 方 is cubic metres (never 方面).
  const cubic = scaled && text.startsWith('方') && !text.startsWith('方面');
  const matched: UnitMatch | undefined = sign ?? (cubic ? { unit: { dimension: 'volume' as const, symbol: '方', factor: 1 }, length: 1 } : matchUnit(text));
  if (matched) {
    unit = matched.unit;
    // 1元8角: smaller money after the unit adds to the number.
    if (matched.added) value += matched.added;
    text = text.slice(sign ? 0 : matched.length);
  } else if (text === '' || SUFFIXES.some(([suffix]) => text === suffix)) {
    if (approximated.endsWith('来')) return fail(`"${printed}" has 来 with no unit or measure word after it; 来 means "about" only before one, as in 200来个`);
    // 2000多 (工人): a count whose measure word the source leaves out.
    unit = { dimension: 'count', symbol: '', factor: 1 };
  } else {
    const note = unitNote(text);
    return fail(`"${printed}" has a unit Casebook does not know ("${text}")${note ? `: ${note}` : ''}; see the unit catalogue in docs/reference/units.md`);
  }
  return finish(unit, text);

  function finish(found: Unit, rest: string, forced?: Qualifier): FigureResult {
    let remaining = rest;
    let meaning = forced ? mergeQualifier(qualifier, forced) : qualifier;
    // 两年多, 2亩多, 6倍多: 多 or 余 after a unit of measure. Not after a measure word: 5个多功能厅 is five halls.
    if (found.dimension !== 'count' && /^(多|余)/.test(remaining)) {
      meaning = mergeQualifier(meaning, 'more-than');
      remaining = remaining.slice(1);
    }
    // 十来亩地, 两公顷地: 地 (land) after a unit of area is the noun it measures.
    if (found.dimension === 'area' && /^地/.test(remaining)) remaining = remaining.slice(1);
    for (const [suffix, suffixMeaning] of SUFFIXES) {
      if (remaining === suffix) {
        meaning = mergeQualifier(meaning, suffixMeaning);
        remaining = '';
      }
    }
    const per = remaining === '' ? undefined : perUnit(found, remaining);
    if (per && 'message' in per) return fail(`"${printed}" ${per.message}`);
    if (remaining !== '' && !per) return fail(`"${printed}" has text after the unit ("${remaining}") that is not a qualifier such as 以上`);
    return { ok: true, figure: { printed, value, normalized: value * found.factor, unit: found, qualifier: meaning, ...(per ? { per: per.unit } : {}) } };
  }
}

/** The figure after a change verb (`下降` + `3.2%`), read as a change, or refused where a change would be ambiguous. */
function readChange(printed: string, rest: string, direction: 'up' | 'down'): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  // 下降到3.2%, 增长至5万人: a level reached, not a change; the figure is what follows the verb and 到.
  if (/^了?[到至为成]/.test(rest)) return fail(`"${printed}" states a level reached, not a change; declare the figure after "${/^了?./.exec(rest)![0]}" on its own`);
  // 降低了1.5%: 了 marks the change done; the figure is still by how much.
  const inner = parseChineseFigure(rest.replace(/^了/, ''));
  if (!inner.ok) return inner;
  const { figure } = inner;
  if (figure.change || figure.unit.dimension === 'date' || figure.unit.dimension === 'rank') return fail(`"${printed}" is not a change Casebook can read: a change of ${figure.unit.dimension === 'date' ? 'a date' : figure.unit.dimension === 'rank' ? 'a position' : 'a change'}`);
  // 增长2倍 means 2× the base to some writers and 3× to others; 翻一番 says it plainly.
  if (figure.unit.dimension === 'ratio') return fail(`"${printed}" can be read two ways (to ${figure.value}× the base, or by ${figure.value}× to ${figure.value + 1}×); declare the multiple as the source's 翻一番 or the level it reached`);
  return { ok: true, figure: { ...figure, printed, change: direction } };
}

// A rate's per-unit: after / or 每 any unit or measure word of the catalogue (1952吨/艘, 3元每斤); after 一, only a
// unit of measure and only after money (70元一斤), since 5家一级医院 is five first-class hospitals.
const PER = /^(\/|每|一)(.+)$/;
const PER_AFTER_ONE = new Set(['mass', 'area', 'length', 'volume', 'duration']);
// What a rate cannot be per, or of: shares, multiples, positions and dates have no "per".
const NOT_RATES = new Set(['percent', 'percentage-points', 'ratio', 'rank', 'date', 'magnitude']);

/**
 * The unit a figure is counted per, from what follows its unit (`/公斤`,
 * `每斤`, `一斤`); undefined when that text is no per-unit (so the figure is
 * refused as before), or a reason when it is one Casebook will not read.
 */
function perUnit(found: Unit, text: string): { unit: Unit } | { message: string } | undefined {
  const split = PER.exec(text);
  if (!split) return undefined;
  // 13.45元/500克, 2.3人/10万人: per a round quantity (1, 5, 10, 50, 100, 500… of the unit, with 万), as prices and
  // rates are quoted. Any other number after the slash is a second figure (930套/76458.66㎡), not a per-unit.
  const amount = split[1] === '/' ? /^([15]0*)(万)?(?=\D)/.exec(split[2]!) : null;
  const perText = amount ? split[2]!.slice(amount[0].length) : split[2]!;
  const matched = matchUnit(perText);
  if (!matched || matched.length !== perText.length) return undefined;
  if (amount) {
    const size = Number(amount[1]) * (amount[2] ? 1e4 : 1);
    if (NOT_RATES.has(found.dimension) || NOT_RATES.has(matched.unit.dimension)) return { message: `is not a rate Casebook reads: ${found.symbol || 'a number'} per ${amount[0]}${matched.unit.symbol}` };
    return { unit: { ...matched.unit, symbol: `${amount[0]}${matched.unit.symbol}`, factor: matched.unit.factor * size } };
  }
  if (split[1] === '一' && !(found.dimension === 'currency' && PER_AFTER_ONE.has(matched.unit.dimension))) return undefined;
  if (NOT_RATES.has(found.dimension) || NOT_RATES.has(matched.unit.dimension)) return { message: `is not a rate Casebook reads: ${found.symbol || 'a number'} per ${matched.unit.symbol}` };
  return { unit: matched.unit };
}

/** `每斤1.8元`, `每人1000元`: a rate printed with its per-unit first. */
function readEach(printed: string, perText: string, rest: string): FigureResult {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const matched = matchUnit(perText);
  // 每公斤上涨0.3元: a change verb may stand between the per-unit and the number.
  const verb = matched ? perText.slice(matched.length) : '';
  if (!matched || (verb !== '' && !CHANGE_VERBS.some(([word]) => verb === word || verb === `${word}了`))) return fail(`"${printed}" names a per-unit Casebook does not know ("${perText}"); see the unit catalogue in docs/reference/units.md`);
  const inner = parseChineseFigure(verb + rest);
  if (!inner.ok) return inner;
  const { figure } = inner;
  // 每公斤上涨0.3元: a change per unit is a rate too.
  if (figure.per || figure.range) return fail(`"${printed}" is not a rate Casebook reads`);
  if (NOT_RATES.has(figure.unit.dimension) || NOT_RATES.has(matched.unit.dimension)) return fail(`"${printed}" is not a rate Casebook reads: ${figure.unit.symbol || 'a number'} per ${matched.unit.symbol}`);
  // 每年3000元 is a rate; a bare count after 每 (每村5) says too little.
  if (figure.unit.dimension === 'count' && figure.unit.symbol === '') return fail(`"${printed}" has no unit after its number`);
  return { ok: true, figure: { ...figure, printed, per: matched.unit } };
}

// A range's two ends and what stands between them: 2300—2500元, 3至5年, 10%～15%, 一万二到一万五.
const RANGE = /^(.+?)(——|—|–|~|～|－|至|到|-)(.+)$/;
/** What may stand between the two ends of a range. */
export const RANGE_SEPARATORS = ['——', '—', '–', '~', '～', '－', '至', '到', '-'];
// 二十四五万, 三四十, 七八个, 十七八岁: two neighbouring digits for two ends, in the same place.
const NEIGHBOURS = /^((?:[零〇一二两三四五六七八九]?[十百千万])*)([一两二三四五六七八])([两二三四五六七八九])([十百千]?)(.*)$/;
// After digits these name a day, month or hour of the calendar, not a length: 1至3日 is the 1st to the 3rd.
const CALENDAR = new Set(['日', '号', '时', '点']);

/**
 * A figure read as a range with both ends, the refusal of one that could be
 * misread, or undefined when the text is no range (so the ordinary reading
 * goes on: 不到5% has a 到 but is no range). Both ends must be the same
 * unit; a bare low end takes the high end's unit (`2300—2500元`), but not
 * its multiplier: `3-5万元` could be 3元 to 5万元 or 3万 to 5万元, and is
 * refused. The low end must be below the high end.
 */
function readRange(printed: string, text: string): FigureResult | undefined {
  const fail = (message: string): FigureResult => ({ ok: false, message });
  const neighbours = NEIGHBOURS.exec(text);
  let lowText: string;
  let highText: string;
  // 一两 on its own may be one 两 (50 g): one or two only before a place, unit or measure word (一两公斤, 一两千, 一两个).
  const oneOrTwo = neighbours?.[2] === '一' && neighbours[3] === '两' && neighbours[1] === '' && (neighbours[4] !== '' || neighbours[5] !== '');
  // 两 is the second end only there: 十一两 is eleven 两 of weight, not 11 or 12.
  if (neighbours && DIGIT_VALUES[neighbours[3]!] === DIGIT_VALUES[neighbours[2]!]! + 1 && (neighbours[3] !== '两' || oneOrTwo) && (neighbours[2] !== '一' || neighbours[1] !== '' || oneOrTwo)) {
    const [, lead, first, second, place, rest] = neighbours;
    lowText = `${lead}${first}${place}${/^[万亿]/.test(rest!) ? rest![0] : ''}`;
    highText = `${lead}${second}${place}${rest}`;
  } else {
    const split = RANGE.exec(text);
    if (!split) return undefined;
    [, lowText, , highText] = split as unknown as [string, string, string, string];
  }
  // 3—5月: a span of months of the calendar (a duration in months is 个月), whose ends are no quantity.
  if (/^\d{1,2}月?$/.test(lowText) && /^\d{1,2}月/.test(highText)) return fail(`"${printed}" is a span of dates, which Casebook does not read as a figure`);
  const low = parseChineseFigure(lowText);
  const high = parseChineseFigure(highText);
  if (!low.ok || !high.ok) return undefined;
  const [a, b] = [low.figure, high.figure];
  // 13.85元/公斤~14.37元/公斤: a range of rates, both per the same unit.
  if (a.range || b.range || a.change || b.change || (a.per && a.per.symbol !== b.per?.symbol)) return undefined;
  const unit = b.unit;
  if (unit.dimension === 'date' || a.unit.dimension === 'date') return fail(`"${printed}" is a span of dates, which Casebook does not read as a figure`);
  if (unit.dimension === 'rank' || unit.dimension === 'magnitude' || CALENDAR.has(unit.symbol)) return fail(`"${printed}" is not a range Casebook can read: its ends are ${unit.dimension === 'rank' ? 'positions' : 'calendar days or hours'}`);
  const bareLow = a.unit.dimension === 'count' && a.unit.symbol === '' && !(unit.dimension === 'count' && unit.symbol === '');
  if (!bareLow && (a.unit.dimension !== unit.dimension || a.unit.symbol !== unit.symbol)) return fail(`"${printed}" has two ends in different units (${a.unit.symbol || 'none'} and ${unit.symbol || 'none'})`);
  // Whether the number of one end (before its unit) carries 万 or 亿.
  const scaled = (side: string) => /[万亿]/.test(/^[^\d零〇一二两三四五六七八九十百千万亿]*[\d零〇一二两三四五六七八九十百千万亿.]+/.exec(side)?.[0] ?? '');
  if (bareLow && scaled(highText) && !scaled(lowText)) {
    return fail(`"${printed}" can be read two ways: the low end ${lowText} may or may not share the high end's ${/[万亿]/.exec(highText)![0]}; write both ends in full (such as 3万至5万元)`);
  }
  // 两三百, 七八十: two neighbouring digits before 十, 百 or 千 say plainly that a number is a range.
  const placed = neighbours !== null && lowText !== text && /[十百千]/.test(neighbours[4]! + neighbours[1]!);
  if (unit.dimension === 'count' && unit.symbol === '' && !scaled(highText) && !placed) return fail(`"${printed}" is a range of bare numbers; Casebook reads a range only with a unit or measure word`);
  // 约3至5年, 3至5年左右: a qualifier on the whole range. Any other qualifier on one end is not read.
  const qualifiers = new Set([a.qualifier, b.qualifier]);
  qualifiers.delete('exact');
  if (qualifiers.size > 1 || (qualifiers.size === 1 && !qualifiers.has('about'))) return fail(`"${printed}" qualifies one end of a range (${[...qualifiers].join(', ')}); Casebook reads a range only exact or as a whole approximation (约, 左右)`);
  const lowValue = bareLow ? a.value * unit.factor : a.normalized;
  if (!(lowValue < b.normalized)) return fail(`"${printed}" is not a range from low to high`);
  const qualifier: Qualifier = qualifiers.has('about') ? 'about' : 'exact';
  return { ok: true, figure: { printed, value: a.value, normalized: lowValue, unit, qualifier, range: { low: bareLow ? a.value : a.normalized / unit.factor, high: b.value }, ...(b.per ? { per: b.per } : {}) } };
}

const DIGIT_VALUES: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A count of 位 or 名 read as a position (`24位` → 24th), as it is after a
 * ranking metric (综合排名) or a ranking word in prose (位列, 排名); other
 * figures are returned unchanged. On its own, `30位` counts people.
 */
export function asPosition(figure: ParsedFigure): ParsedFigure {
  return figure.unit.dimension === 'count' && ['位', '名'].includes(figure.unit.symbol) ? { ...figure, unit: { ...figure.unit, dimension: 'rank' } } : figure;
}

/** A number in digits or Chinese numerals, or undefined. */
function readNumber(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  // 六点五: a decimal point in characters, one character a digit after it.
  const [whole, decimals] = text.split('点');
  const value = parseChineseNumeral(whole!);
  if (decimals === undefined || value === undefined) return value;
  return Number(`${value}.${digitsOf(decimals)}`);
}

const CHARACTER_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Digits written one character each (二〇二三, the 五 of 三点五) as ASCII digits. */
function digitsOf(characters: string): string {
  return [...characters].map((char) => CHARACTER_DIGITS[char]).join('');
}


/** Whether two parsed figures state the same quantity (same dimension, unit, value, qualifier and, for a change, direction). */
export function sameQuantity(a: ParsedFigure, b: ParsedFigure): boolean {
  return (
    a.unit.dimension === b.unit.dimension &&
    Math.abs(a.normalized - b.normalized) <= 1e-9 * Math.max(1, Math.abs(a.normalized)) &&
    a.qualifier === b.qualifier &&
    // 下降3.2% is not 3.2%, nor 增长3.2%: a change agrees only with a change in the same direction.
    a.change === b.change &&
    // 35.63元/公斤 agrees only with a rate per 公斤, and never with 35.63元.
    a.per?.symbol === b.per?.symbol &&
    // 2300—2500元 agrees only with a range of the same two ends.
    (a.range === undefined) === (b.range === undefined) &&
    (a.range === undefined || Math.abs(a.range.high * a.unit.factor - b.range!.high * b.unit.factor) <= 1e-9 * Math.max(1, Math.abs(a.range.high * a.unit.factor))) &&
    (a.unit.dimension !== 'count' || a.unit.symbol === b.unit.symbol || a.unit.symbol === '' || b.unit.symbol === '') &&
    (a.unit.dimension !== 'duration' || a.unit.symbol === b.unit.symbol) &&
    // 100万美元 and 100万欧元 are different sums; 卢布 and 俄罗斯卢布 (and US$) are compared by ISO code.
    (a.unit.dimension !== 'foreign-currency' || (a.unit.code ?? a.unit.symbol) === (b.unit.code ?? b.unit.symbol)) &&
    // A ton may be metric, short or long: it agrees only with a ton.
    STRICT_SYMBOLS.has(a.unit.symbol) === STRICT_SYMBOLS.has(b.unit.symbol)
  );
}
