import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The palette in src/styles/global.css: every colour the site sets text in, on every ground it sets it on,
// passes WCAG AA for body text (4.5:1); the focus ring, a non-text mark, passes 3:1.
const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');
const token = (name: string) => {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,6})\\b`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`--${name} is not a hex colour in global.css`);
  return value;
};

function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((index) => parseInt(digits.slice(index, index + 2), 16) / 255).map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the palette', () => {
  it('sets every text colour at 4.5:1 or more on the paper, the panel and white', () => {
    for (const text of ['ink', 'ink-soft', 'ink-faint', 'accent']) {
      for (const ground of ['paper', 'panel', 'surface']) {
        expect(contrast(token(text), token(ground)), `--${text} on --${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps tinted grounds readable: highlighted and accent-tinted text, white on the seal', () => {
    expect(contrast(token('ink'), token('highlight'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('accent'), token('accent-soft'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', token('accent'))).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring at 3:1 or more against every ground', () => {
    for (const ground of ['paper', 'panel', 'surface']) expect(contrast(token('focus'), token(ground)), `--focus on --${ground}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps the accent off figures: a figure is ink, a rank is ink', () => {
    const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[2] ?? '';
    expect(rule('.fig')).toContain('color: var(--ink)');
    expect(rule('.fig.fig-rank')).toContain('color: var(--ink)');
  });
});
