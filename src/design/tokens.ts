/**
 * Casebook's design tokens: the one place a colour, a type size or a font
 * stack of the look is written. The site's stylesheets read them as CSS
 * custom properties (`--ink`, `--text-body`…, see `css.ts`), and the social
 * cards, the charts, the QR code and the report's page numbers read them
 * here. A colour written anywhere else fails `tokens.test.ts`.
 *
 * The look: ink on warm paper, one muted ink for secondary text, and one
 * accent, a deep seal red, kept to the brand mark, the small labels above
 * titles and the marks of the current page. Figures are ink. Every text
 * colour is at least 4.5:1 on the paper, the panel and the surface
 * (`src/styles/palette.test.ts`).
 */

// Links are set in the ink, told apart by their underline.
const ink = '#1a1d21';

/** The palette, as six-digit hex colours. Each becomes `--kebab-name` in CSS (`inkSoft` → `--ink-soft`). */
export const colors = {
  /** Text, headings, figures and ranks: 16:1 on the paper. */
  ink,
  /** Secondary text (meta lines, labels, captions): 6.5:1 on the paper, 5.9:1 on the panel. */
  inkSoft: '#555c66',
  /** Qualifiers and small print: 5.6:1 on the paper, 5.1:1 on the panel. */
  inkFaint: '#5f6670',
  /** The page's ground, a warm off-white; also the ground of the social cards. */
  paper: '#fbfaf7',
  /** A tinted ground for panels (the open share panel, hovered chips). */
  panel: '#f3f0e9',
  /** White grounds raised above the paper: fields, buttons, chips, the QR code's light modules, a printed page. */
  surface: '#ffffff',
  /** Text and marks on a dark ground: the accent (brand mark, search button) or the ink (skip link). */
  inverse: '#ffffff',
  /** Hairlines: table rows, panel borders, the rules of cards and the grid of charts. */
  rule: '#e2ddd3',
  /** Borders of controls (buttons, fields, the closed share panel). */
  ruleStrong: '#c9c1b3',
  /** The seal red: brand mark, labels above titles, a case's figures on its cards and bars of its charts. 7.2:1 on the paper. */
  accent: '#9c2b1f',
  /** An accent-tinted ground: the row a link points at. */
  accentSoft: '#f6e9e6',
  /** Link text: the ink, told apart by its underline. */
  link: ink,
  /** A link's underline. */
  linkLine: '#b7ab9a',
  /** The keyboard focus ring: 3:1 on every ground. */
  focus: '#1b6fd1',
  /** What a search or a receipt marks in a text. */
  highlight: '#fbeeb0',
  /** A check that passed: a verified receipt, a copied link. */
  success: '#1d5e2c',
  /** The ground of a verified receipt's label. */
  successSoft: '#e7f4ea',
  /** A figure whose source has no text to check it against. */
  neutral: '#4a4a4a',
  /** The ground of an unverified receipt's label. */
  neutralSoft: '#f1f1f1',
  /** A figure its source does not print. */
  danger: '#8a1c1c',
  /** The ground of a not-found receipt's label. */
  dangerSoft: '#fde8e8',
  /** An editor's reconciliation note or a caveat on a disputed figure: brown ink… */
  note: '#7a4a00',
  /** …on amber paper (a table row, a search notice, a card's caveat box)… */
  noteSoft: '#fff8e6',
  /** …with an amber rule where a card sets the note off. */
  noteRule: '#c98a00',
} as const;

/** A colour of the palette. */
export type ColorName = keyof typeof colors;

/** Font stacks, as CSS `font-family` lists. Each becomes `--font-<name>`. */
export const fonts = {
  /** Body text: the system's Chinese sans (PingFang, YaHei, Noto Sans CJK). */
  sans: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  /** A Song (Ming) face for quotations, where one is wanted. */
  serif: "Georgia, 'Times New Roman', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif",
  /** Headings: a Song face where the system has one; elsewhere (Windows has no bold Song) the sans, never a faked bold. */
  display: "'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'Source Han Serif CN', var(--font-sans)",
} as const;

/** The type scale of the site: body 17 px; headings 36 / 22 / 18 px on a desktop. Each becomes `--text-<name>`. */
export const textSizes = {
  /** Body text and page intros: 17 px. */
  body: '1.0625rem',
  /** Small text: table heads, buttons, the share panel. */
  small: '0.875rem',
  /** Labels: chips, the small label above a title, stacked table labels. */
  label: '0.8125rem',
  /** A page's title: 26 px on a phone, growing to 36 px. */
  h1: 'clamp(1.625rem, 1.3rem + 1.5vw, 2.25rem)',
  /** Section headings. */
  h2: '1.375rem',
  /** Sub-section headings. */
  h3: '1.125rem',
} as const;

/** Measures of the layout. Each becomes `--<name>`. */
export const shapes = {
  /** Corner radius of panels, fields and labels. */
  radius: '4px',
  /** Longest comfortable line of running text. */
  measure: '42rem',
} as const;
