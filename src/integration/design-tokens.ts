import type { Plugin } from 'vite';
import { tokenStylesheet } from '../design/css.ts';

/** What a page imports to load the design tokens as CSS custom properties (`import 'virtual:casebook/tokens.css'`). */
export const TOKENS_CSS = 'virtual:casebook/tokens.css';
// The id Vite resolves it to: `\0` keeps other plugins off it, `.css` hands it to Vite's CSS pipeline, so it is
// bundled into the layout's stylesheet with global.css: no extra request, no inline style.
const RESOLVED = `\0${TOKENS_CSS}`;

/**
 * A Vite plugin that serves `src/design/tokens.ts` as a stylesheet of CSS
 * custom properties (see `tokenStylesheet`), so the site's CSS reads the same
 * tokens as the cards, the charts and the QR code.
 */
export function designTokens(): Plugin {
  return {
    name: 'casebook:design-tokens',
    resolveId: (id) => (id === TOKENS_CSS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokenStylesheet() : undefined),
  };
}
