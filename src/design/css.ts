import { colors, fonts, shapes, textSizes } from './tokens.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every token as a CSS custom property, by name: `--ink`, `--ink-soft`, `--font-sans`, `--text-h1`, `--radius`. */
export function customProperties(): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(colors).map(([name, value]) => [`--${kebab(name)}`, value]),
    ...Object.entries(fonts).map(([name, value]) => [`--font-${kebab(name)}`, value]),
    ...Object.entries(textSizes).map(([name, value]) => [`--text-${kebab(name)}`, value]),
    ...Object.entries(shapes).map(([name, value]) => [`--${kebab(name)}`, value]),
  ]);
}

/**
 * The tokens as one small stylesheet, `:root { --ink: #1a1d21; … }`, which
 * the site's pages load with their own styles (see
 * `src/integration/design-tokens.ts`): the site's CSS reads every colour and
 * size through these properties and writes none itself.
 */
export function tokenStylesheet(): string {
  const lines = Object.entries(customProperties()).map(([name, value]) => `  ${name}: ${value};`);
  return `/* Generated from src/design/tokens.ts: edit the tokens there. */\n:root {\n${lines.join('\n')}\n}\n`;
}

/** A hex colour as red, green and blue from 0 to 1, for drawing libraries that take channels (the PDF stamp). */
export function rgbChannels(hex: string): [number, number, number] {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`${hex} is not a six-digit hex colour`);
  return [0, 2, 4].map((index) => parseInt(digits.slice(index, index + 2), 16) / 255) as [number, number, number];
}
