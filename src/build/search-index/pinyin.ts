import { pinyin } from 'pinyin-pro';

/**
 * Full toneless pinyin and initials of a Chinese name: 蓬莱区 → `penglaiqu`,
 * `plq`. Build-time only: pinyin-pro's dictionary stays out of the browser.
 */
export function pinyinForms(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).map((syllable) => syllable.replace(/ü/g, 'v'));
  return { full: syllables.join(''), initials: syllables.map((syllable) => syllable[0] ?? '').join('') };
}
