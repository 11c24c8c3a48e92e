import type { Lang } from './ui.ts';

/** The interface language of the page a browser script runs in: `<html lang>`, which the site sets from the casebook's language. */
export function pageLang(document: Document): Lang {
  return document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
