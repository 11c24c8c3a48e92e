import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGLISH_CHANGE_WORDS, ENGLISH_MULTIPLES, PER_ADVERBS, PER_WORDS, SLASH_SYMBOLS } from './english.ts';
import { ENGLISH_SUFFIXES, MONEY_SCALES, SCALE_WORDS } from './english-level.ts';
import { MEASURING_NOUNS, UNITS_NOT_COUNTED } from './english-nouns.ts';
import { CURRENCY_SIGNS } from './english-currency.ts';

// The units reference must name every English word the reader acts on, so an editor can look each one up.
const reference = readFileSync(fileURLToPath(new URL('../../../docs/reference/units.md', import.meta.url)), 'utf8');
const english = reference.slice(reference.indexOf('## English figures'));

describe('the English part of the units reference', () => {
  it.each([
    ['change words', ENGLISH_CHANGE_WORDS.map(([word]) => word)],
    ['scale words', Object.keys(SCALE_WORDS).filter((word) => !/s$/.test(word))],
    ['scale letters', Object.keys(MONEY_SCALES)],
    ['multiples', Object.keys(ENGLISH_MULTIPLES)],
    ['per-unit words', [...Object.keys(PER_WORDS), ...Object.keys(PER_ADVERBS)].map((word) => word.replace(/^(?:a|per) /, ''))],
    ['per-unit symbols after a slash', Object.keys(SLASH_SYMBOLS).map((symbol) => `/${symbol}`)],
    ['suffix qualifiers', ENGLISH_SUFFIXES.map(([word]) => word)],
    ['measuring nouns', [...MEASURING_NOUNS]],
    ['units that are never counted', UNITS_NOT_COUNTED],
    ['currency signs', CURRENCY_SIGNS.map(([sign]) => sign)],
  ])('names every one of the %s', (_kind, words) => {
    expect(words.filter((word) => !english.includes(`\`${word}\``) && !english.includes(`\`${word} `) && !english.includes(` ${word}\``))).toEqual([]);
  });
});
