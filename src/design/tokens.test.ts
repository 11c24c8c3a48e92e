import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customProperties, rgbChannels, tokenStylesheet } from './css.ts';
import { colors } from './tokens.ts';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Every source file of src/ that can hold a colour (styles, components, pages, cards, charts, reports), tests and the tokens aside. */
function sourceFiles(): string[] {
  return (readdirSync(src, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.(ts|mjs|astro|css)$/.test(name) && !/\.test\.ts$/.test(name) && !name.startsWith('design/'));
}

// A colour written out: #rgb, #rgba, #rrggbb or #rrggbbaa (not an HTML entity such as &#160;); a colour function with
// numbers (rgb(0.3, …), hsl(…)); or a CSS colour keyword set as a colour. Data URIs are left out: a mask's stroke is
// not a colour anyone sees.
const LITERALS = [
  /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*\.?\d/gi,
  /\b(?:color|background(?:-color)?|border(?:-\w+)*|outline(?:-color)?|fill|stroke|dark|light)\s*:\s*['"]?(?:white|black|red|green|blue|gr[ae]y|yellow|orange)\b/g,
];

/** The colour literals of `text`, each with its line. */
function literalsIn(text: string): string[] {
  const seen = text.replace(/url\((["']?)data:[^)]*\1\)/g, (uri) => uri.replace(/[^\n]/g, ' '));
  return LITERALS.flatMap((pattern) => [...seen.matchAll(pattern)].map((match) => `${seen.slice(0, match.index).split('\n').length}: ${match[0]}`));
}

describe('the design tokens', () => {
  it('are the only place a colour is written: no literal in the CSS, components, pages, cards, charts, QR code or reports', () => {
    const files = sourceFiles();
    // The scan reads what it should: the stylesheets, the card template, the chart drawing and the share panel.
    for (const file of ['styles/global.css', 'styles/report.css', 'outputs/cards/template.ts', 'outputs/charts/draw.ts', 'components/SharePanel.astro']) expect(files).toContain(file);
    expect(files.flatMap((file) => literalsIn(readFileSync(path.join(src, file), 'utf8')).map((found) => `${file}:${found}`))).toEqual([]);
  });

  it('colour the site icon (public/favicon.svg, a static file) with tokens only: the accent ground and the inverse mark', () => {
    const icon = readFileSync(path.join(src, '../public/favicon.svg'), 'utf8');
    const used = [...icon.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((match) => match[0].toLowerCase());
    const tokens = new Set(Object.values(colors).map((value) => value.toLowerCase()));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((value) => !tokens.has(value))).toEqual([]);
    expect(used).toContain(colors.accent.toLowerCase());
  });

  it('finds a colour literal where one is written, so the scan above can fail', () => {
    const found = (text: string) => literalsIn(text).length > 0;
    for (const text of ["const INK = '#1f2328';", 'color: #fff;', "rgb(0.33, 0.36, 0.4)", 'background: white;', "{ dark: 'black' }"]) expect(found(text), text).toBe(true);
    for (const text of ['color: var(--ink);', '<a href="#main">', '&#160;', 'rgb(...rgbChannels(colors.inkSoft))', "mask: url(\"data:image/svg+xml,%3Csvg stroke='black' fill='%23fff'%3E\")"]) {
      expect(found(text), text).toBe(false);
    }
  });

  it('give every colour as six hex digits', () => {
    for (const [name, value] of Object.entries(colors)) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('become one small stylesheet of custom properties, one per token, with the names the CSS reads', () => {
    const sheet = tokenStylesheet();
    const properties = customProperties();
    expect(properties).toMatchObject({ '--ink': colors.ink, '--ink-soft': colors.inkSoft, '--note-soft': colors.noteSoft, '--text-h1': expect.stringContaining('clamp('), '--font-sans': expect.stringContaining('sans-serif') });
    for (const [name, value] of Object.entries(properties)) expect(sheet).toContain(`  ${name}: ${value};\n`);
    expect(sheet.startsWith('/*') && /:root \{[^}]+\}\n$/.test(sheet)).toBe(true);
    expect(sheet.length).toBeLessThan(2500);
  });

  it('leave no custom property the site reads undefined: each is a token or set by the stylesheet that uses it', () => {
    const texts = sourceFiles()
      .filter((file) => /\.(css|astro)$/.test(file))
      .map((file) => readFileSync(path.join(src, file), 'utf8'));
    const defined = new Set([...Object.keys(customProperties()), ...texts.flatMap((text) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!))]);
    const read = new Set(texts.flatMap((text) => [...text.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!)));
    expect([...read].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('read a hex colour as channels from 0 to 1', () => {
    expect(rgbChannels('#555c66')).toEqual([85 / 255, 92 / 255, 102 / 255]);
    expect(() => rgbChannels('#fff')).toThrow(/six-digit/);
  });
});
