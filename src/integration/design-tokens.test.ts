import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenStylesheet } from '../design/css.ts';
import { designTokens, TOKENS_CSS } from './design-tokens.ts';

describe('the design tokens as a stylesheet', () => {
  it('serves the tokens as CSS under the module id the layout imports', async () => {
    const plugin = designTokens();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const resolved = resolve(TOKENS_CSS)!;
    // A .css id goes through Vite's CSS pipeline and is bundled with the layout's other styles.
    expect(resolved).toMatch(/\.css$/);
    expect(load(resolved)).toBe(tokenStylesheet());
    expect(resolve('./other.css')).toBeUndefined();
  });

  it('is loaded by the layout every page uses, before the stylesheet that reads it', () => {
    const layout = readFileSync(new URL('../layouts/BaseLayout.astro', import.meta.url), 'utf8');
    const tokens = layout.indexOf(`import '${TOKENS_CSS}';`);
    expect(tokens).toBeGreaterThan(-1);
    expect(tokens).toBeLessThan(layout.indexOf("import '../styles/global.css';"));
  });
});
