import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rgbChannels } from '../design/css.ts';
import { colors, type ColorName } from '../design/tokens.ts';

// The palette of the design tokens (src/design/tokens.ts), which the site, the cards, the charts and the QR code all
// draw with: every colour text is set in, on every ground it is set on, passes WCAG AA for body text (4.5:1); the
// focus ring, a non-text mark, passes 3:1.
const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');
const token = (name: ColorName) => colors[name];

function luminance(hex: string): number {
  const [r, g, b] = rgbChannels(hex).map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the palette', () => {
  it('sets every text colour at 4.5:1 or more on the paper, the panel and white', () => {
    for (const text of ['ink', 'inkSoft', 'inkFaint', 'accent', 'link'] as const) {
      for (const ground of ['paper', 'panel', 'surface'] as const) {
        expect(contrast(token(text), token(ground)), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps tinted grounds readable: highlighted and accent-tinted text, white on the seal', () => {
    expect(contrast(token('ink'), token('highlight'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('accent'), token('accentSoft'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('inverse'), token('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('inverse'), token('ink'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the receipts, the notes and the caveats readable on their own grounds and on the paper', () => {
    const pairs = [['success', 'successSoft'], ['neutral', 'neutralSoft'], ['danger', 'dangerSoft'], ['note', 'noteSoft'], ['note', 'paper'], ['ink', 'noteSoft']] as const;
    for (const [text, ground] of pairs) expect(contrast(token(text), token(ground)), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring at 3:1 or more against every ground', () => {
    for (const ground of ['paper', 'panel', 'surface'] as const) expect(contrast(token('focus'), token(ground)), `focus on ${ground}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps the accent off figures: a figure is ink, a rank is ink', () => {
    const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[2] ?? '';
    expect(rule('.fig')).toContain('color: var(--ink)');
    expect(rule('.fig.fig-rank')).toContain('color: var(--ink)');
  });
});
