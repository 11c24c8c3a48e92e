import type { Quote } from './locate.ts';
import * as normalise from '../normalise.ts';

// A Chinese numeral right before a figure that starts with one: the figure is the tail of a longer number
// written in characters, as 二年 in 二〇二二年.
const NUMERAL_BEFORE = /[〇零一二三四五六七八九十百千]$/u;
const STARTS_WITH_NUMERAL = /^[〇零一二三四五六七八九十两]/u;
// What follows a calendar day: 8日上午, 本报8日讯, 8日电.
const AFTER_A_DAY = /^(上午|下午|中午|晚上?|凌晨|早上?|讯|电)/u;
// A month, written in digits or characters: what follows the year of a date (22年10月, 二〇二二年十月).
const MONTH_AFTER = /^([0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})月/u;

// A quote's part as the patterns read it: whitespace removed (a figure may be wrapped across lines), full-width forms
// folded.
const flat = (text: string) => normalise.width(text.replace(/\s+/gu, ''));

/**
 * Whether a located figure is a piece of a date rather than a quantity: a
 * day after its month (10月8日, 十月八日), a day of a range or a day
 * followed by the time of day (8日至9日, 8日上午), a day of the month opening
 * a clause (5月起，15日召开), a decade (90年代), a
 * two-digit year before its month (22年10月), or the tail of a year written
 * in characters (二〇二二年). The figure scanner reads these as durations
 * (8日, 90年), which a statistic may still cite; they are not offered as
 * figures to claim. `quote` is the figure's sentence, as located.
 */
export function isDatePart({ before, figure, after }: Quote): boolean {
  const left = flat(before);
  const right = flat(after);
  const printed = flat(figure);
  if (STARTS_WITH_NUMERAL.test(printed) && NUMERAL_BEFORE.test(left)) return true;
  if (/[日号]$/u.test(printed)) {
    // A day of the month on its own at the start of a sentence or clause (5月起，15日召开): a duration has a word
    // before it (用了20日, 前3日).
    const dayOfMonth = /^([1-9]|[12][0-9]|3[01])[日号]$/u.test(printed) && (left === '' || /[，。；：、,;:（(]$/u.test(left));
    return dayOfMonth || /月(份)?$/u.test(left) || /[日号][至到—–\-~～、和及]$/u.test(left) || /^[至到—–\-~～][0-9〇零一二三四五六七八九十]+[日号]/u.test(right) || AFTER_A_DAY.test(right);
  }
  if (/年$/u.test(printed)) return right.startsWith('代') || MONTH_AFTER.test(right);
  return false;
}
