/**
 * Card templates as satori element trees (plain objects, no JSX), in the
 * site's visual language: paper, ink, one red accent, Noto Sans SC. Three
 * layouts: a page (a case, the home page), a statistic (its figure as the
 * hero) and a collection (a series, a report, a list of cases: its counts,
 * its figures or its case titles). Every size a layout picks is computed
 * here from the text's length, by functions the tests call directly.
 */
import { colors } from '../../design/tokens.ts';
import { lineCount, textWidth, type FontWidths } from '../../domain/text-width.ts';

/** A satori element. */
export interface CardNode {
  type: string;
  /** Names the node to satori's layout report (see recurring-parts.ts). */
  key?: string;
  /** Drawn the same on many cards (the site's mark, a series' label): laid out once and reused (recurring-parts.ts). */
  recurring?: boolean;
  props: { style?: Record<string, unknown>; children?: CardNode | string | (CardNode | string)[] };
}

/** A figure as a card shows it. */
export interface CardFigure {
  /** As printed in the source: `2.6亿元`, `第67位`. */
  value: string;
  /** What it measures: `烟台高新区 · 国家高新区综合评价排名（2020年）`. */
  label: string;
  /** A position in a ranking: set in ink, not in the accent, so a rank is not dressed as an achievement. */
  rank?: boolean;
  /** Set when sources disagree on the figure: a line the card prints beside it. */
  caveat?: string;
}

/** A case or the home page: series and kind, title, place, and the headline figure. */
export interface PageContent {
  layout?: 'page';
  /** Small line above the title, e.g. the series and kind. */
  eyebrow: string;
  title: string;
  /** One line under the title, e.g. the place. */
  subtitle?: string;
  /** The headline figure and what it measures. */
  figure?: CardFigure;
  /** Site name in the corner. */
  site: string;
  /** The one-character mark before it, as in the page header (`ui.header.mark`). */
  mark: string;
}

/** One statistic: the figure as large as it fits, what it measures, then the case and the source. */
export interface StatContent {
  layout: 'stat';
  /** The case's series and kind. */
  eyebrow: string;
  figure: CardFigure;
  /** The case's title. */
  title: string;
  /** The source the figure is taken from, as one line: `来源：…`. */
  source?: string;
  site: string;
  mark: string;
}

/** A count on a collection card: `7` `个案例`. */
export interface CardCount {
  value: string;
  unit: string;
}

/**
 * A series, a report or a page listing cases: its counts, then either its
 * headline figures (two or three) or the titles of its cases.
 */
export interface CollectionContent {
  layout: 'collection';
  /** What kind of page: `系列 · 山东省 烟台市`, `标签`, `报告`. */
  eyebrow: string;
  title: string;
  /** A line under the title: a scope or what the page offers. */
  subtitle?: string;
  counts: CardCount[];
  /** Headline figures; shown instead of the items when there are at least two. */
  figures?: CardFigure[];
  /** Case titles, tags, places: one a line, at most three. */
  items?: string[];
  site: string;
  mark: string;
}

/** What a card says. */
export type CardContent = PageContent | StatContent | CollectionContent;

/** Card sizes: link previews (1200×630) and square posts for WeChat Moments and Weibo (1080×1080). */
export const CARD_SIZES = { wide: { width: 1200, height: 630 }, square: { width: 1080, height: 1080 } } as const;
export type CardShape = keyof typeof CARD_SIZES;

// The site's colours (src/design/tokens.ts): paper, ink, the seal red; a caveat in the colours of a reconciliation note.
const { ink: INK, inkSoft: SOFT, accent: ACCENT, paper: PAPER, rule: RULE, inverse: INVERSE } = colors;
const { noteSoft: CAVEAT_PAPER, noteRule: CAVEAT_RULE, note: CAVEAT_INK } = colors;
const BAR = 18;

const node = (style: Record<string, unknown>, children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
/**
 * `part`, marked as drawn the same on many cards, and kept from shrinking: its size is then its own, which lets the
 * renderer lay it out once (recurring-parts.ts).
 */
const recurring = (part: CardNode): CardNode => ({ ...part, recurring: true, props: { ...part.props, style: { ...part.props.style, flexShrink: 0 } } });

/**
 * A box with a rule along its left or top edge, in the place and colour a CSS
 * border would have. The rule is a filled box of its own in the padding:
 * satori draws a border as a stroke clipped three times over, and resvg
 * paints each clip as a layer the size of the card, which cost a third of
 * drawing one.
 */
const ruled = (edge: 'left' | 'top', thickness: number, color: string, style: Record<string, unknown>, children: CardNode[]): CardNode => {
  const along = edge === 'left' ? { width: thickness, bottom: 0 } : { height: thickness, right: 0 };
  const padding = edge === 'left' ? 'paddingLeft' : 'paddingTop';
  return node({ ...style, position: 'relative', [padding]: ((style[padding] as number | undefined) ?? 0) + thickness }, [
    node({ position: 'absolute', left: 0, top: 0, background: color, ...along }),
    ...children,
  ]);
};

/**
 * The card font's widths (Noto Sans SC, measured from the font files): printable ASCII in hundredths of an em, the
 * wider of the bold and the regular weight rounded up, so they bound both (only / and \ are wider in the regular).
 * CJK characters and full-width forms are one em, emoji are drawn from Twemoji a little wider, and other letters
 * (é, α) are taken as one em, erring wide.
 * The card decides type sizes from these, so a figure is sized to fit before it is drawn, never cut after.
 */
export const CARD_FONT_WIDTHS: FontWidths = {
  ascii: '23 37 58 59 59 97 74 33 38 38 51 59 33 37 33 40 59 59 59 59 59 59 59 59 59 59 33 33 59 59 59 52 101 65 69 66 72 62 59 72 76 33 57 69 58 86 75 77 67 77 69 63 63 75 62 92 63 58 62 38 40 38 59 57 63 60 65 53 65 59 38 60 64 31 31 61 32 97 65 63 65 65 44 50 43 64 58 87 57 58 52 38 30 38 59'
    .split(' ')
    .map((width) => Number(width) / 100),
  narrow: 1,
  emoji: 1.2,
};

const widthOf = (text: string) => textWidth(text, CARD_FONT_WIDTHS);
const linesOf = (text: string, size: number, width: number) => lineCount(text, size, width, CARD_FONT_WIDTHS);

/** The largest size from `sizes` (largest first) at which `text` takes at most `lines` lines of `width` px; else the smallest. */
function sizeFor(text: string, width: number, lines: number, sizes: readonly number[]): number {
  return sizes.find((size) => linesOf(text, size, width) <= lines) ?? sizes.at(-1)!;
}

/**
 * The title's font size on a page card: long titles shrink within limits,
 * then wrap to at most three lines and end in an ellipsis.
 */
export function titleSize(title: string, shape: CardShape): number {
  const length = [...title].length;
  const steps = shape === 'wide' ? [[14, 68], [22, 60], [32, 52]] : [[10, 84], [18, 76], [28, 66]];
  for (const [limit, size] of steps) if (length <= limit!) return size!;
  return shape === 'wide' ? 46 : 58;
}

/** Padding inside the accent bar (top, right, bottom, left), and the width of the text column. */
function frame(shape: CardShape) {
  const { width, height } = CARD_SIZES[shape];
  const [top, side, bottom] = shape === 'wide' ? [52, 64, 44] : [80, 88, 72];
  return { width, height, top, side, bottom, inner: width - BAR - side * 2, innerHeight: height - top - bottom };
}

const root = (shape: CardShape, children: CardNode[]): CardNode => {
  const { width, height, top, side, bottom } = frame(shape);
  return ruled(
    'left',
    BAR,
    ACCENT,
    {
      width,
      height,
      flexDirection: 'column',
      // satori lays out boxes content-box unless told; the padding must stay inside the card.
      boxSizing: 'border-box',
      background: PAPER,
      paddingTop: top,
      paddingRight: side,
      paddingBottom: bottom,
      paddingLeft: side,
      fontFamily: 'Noto Sans SC',
      color: INK,
    },
    children,
  );
};

/** The site's mark and name, as in the page header. */
const siteMark = (site: string, mark: string, shape: CardShape): CardNode =>
  recurring(
    node({ alignItems: 'center', flexShrink: 0 }, [
      node({ width: 52, height: 52, borderRadius: 10, background: ACCENT, color: INVERSE, fontSize: 32, fontWeight: 700, alignItems: 'center', justifyContent: 'center' }, mark),
      node({ fontSize: shape === 'wide' ? 28 : 30, fontWeight: 700, marginLeft: 14 }, site),
    ]),
  );
// The mark's width at its largest (logo, gap, a name of up to 12 characters), for the column beside it.
const SITE_MARK_WIDTH = 52 + 14 + 12 * 30;

/** A block of text that wraps to at most `lines` lines and ends in an ellipsis past them. */
const clamped = (style: Record<string, unknown>, lines: number, text: string): CardNode => node({ ...style, display: 'block', lineClamp: lines, textOverflow: 'ellipsis' }, text);

const caveatBox = (text: string, size: number, marginTop: number): CardNode =>
  ruled(
    'left',
    6,
    CAVEAT_RULE,
    { marginTop, background: CAVEAT_PAPER, paddingTop: Math.round(size * 0.35), paddingBottom: Math.round(size * 0.35), paddingLeft: Math.round(size * 0.7), paddingRight: Math.round(size * 0.7), color: CAVEAT_INK, fontSize: size, lineHeight: 1.45 },
    [clamped({}, 2, text)],
  );

// ---------------------------------------------------------------- statistic

/** Sizes a statistic card uses, decided from its text before anything is drawn. */
export interface StatLayout {
  /** The figure's type size: as large as fits the width on one line, and the height left by the rest. */
  figureSize: number;
  /** What it measures, and in how many lines. */
  labelSize: number;
  labelLines: number;
  /** The caveat line's size (0 without a caveat). */
  caveatSize: number;
  /** The case title's size, and in how many lines. */
  titleSize: number;
  titleLines: number;
  /** The source line's size, and in how many lines (one on a wide card, two on a square one; past them it ends in an ellipsis). */
  sourceSize: number;
  sourceLines: number;
}

const FIGURE_LINE = 1.12;
const LABEL_LINE = 1.4;

/**
 * The statistic card's type sizes. The figure is the hero: the largest size
 * at which it fits the text column on one line (so `近97%` is set far larger
 * than `3.5万平方米`), capped by the card's height once what it measures, the
 * caveat and the case title have their room. It is never wrapped or cut.
 */
export function statLayout(content: StatContent, shape: CardShape): StatLayout {
  const { inner, innerHeight } = frame(shape);
  const wide = shape === 'wide';
  const labelSize = sizeFor(content.figure.label, inner, 3, wide ? [34, 30, 26, 23] : [42, 38, 34, 30]);
  const labelLines = Math.min(3, linesOf(content.figure.label, labelSize, inner));
  const caveatSize = content.figure.caveat ? (wide ? 23 : 29) : 0;
  const caveatLines = content.figure.caveat ? Math.min(2, linesOf(content.figure.caveat, caveatSize, inner - caveatSize * 1.4 - 6)) : 0;
  // The case title sits beside the site's mark on a wide card, above it on a square one.
  const titleWidth = wide ? inner - SITE_MARK_WIDTH - 24 : inner;
  const titleSize = sizeFor(content.title, titleWidth, 2, wide ? [26, 23, 20] : [34, 30, 26]);
  const titleLines = Math.min(2, linesOf(content.title, titleSize, titleWidth));
  const source = content.source ?? '';
  const sourceSize = sizeFor(source, titleWidth, wide ? 1 : 2, wide ? [21, 19, 17] : [26, 23]);
  const sourceLines = source ? Math.min(wide ? 1 : 2, linesOf(source, sourceSize, titleWidth)) : 0;
  const header = (wide ? 26 : 32) * 1.4;
  const footer = (wide ? 20 : 28) + titleLines * titleSize * 1.35 + (sourceLines ? 6 + sourceLines * sourceSize * 1.4 : 0) + (wide ? 0 : 24 + 52);
  const caveat = caveatLines ? (wide ? 16 : 24) + caveatLines * caveatSize * 1.45 + caveatSize * 0.7 : 0;
  const label = labelLines * labelSize * LABEL_LINE + 6;
  const room = innerHeight - header - footer - label - caveat - (wide ? 24 : 40);
  // Width: the figure on one line with 3% to spare; height: what the rest leaves; and a ceiling past which size stops helping.
  const byWidth = inner / (widthOf(content.figure.value) * 1.03);
  const figureSize = Math.floor(Math.min(byWidth, room / FIGURE_LINE, wide ? 240 : 280));
  return { figureSize, labelSize, labelLines, caveatSize, titleSize, titleLines, sourceSize, sourceLines };
}

function statCard(content: StatContent, shape: CardShape): CardNode {
  const wide = shape === 'wide';
  const { inner } = frame(shape);
  const sizes = statLayout(content, shape);
  const { figure } = content;
  const caseLines = [
    clamped({ fontSize: sizes.titleSize, fontWeight: 700, lineHeight: 1.35 }, 2, content.title),
    ...(content.source ? [clamped({ fontSize: sizes.sourceSize, color: SOFT, lineHeight: 1.4, marginTop: 6 }, wide ? 1 : 2, content.source)] : []),
  ];
  return root(shape, [
    recurring(clamped({ fontSize: wide ? 26 : 32, color: ACCENT, fontWeight: 700, letterSpacing: 2, lineHeight: 1.4 }, 1, content.eyebrow)),
    node({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingTop: wide ? 8 : 16, paddingBottom: wide ? 16 : 24 }, [
      node({ fontSize: sizes.figureSize, fontWeight: 700, lineHeight: FIGURE_LINE, whiteSpace: 'nowrap', color: figure.rank ? INK : ACCENT, letterSpacing: -1 }, figure.value),
      clamped({ fontSize: sizes.labelSize, lineHeight: LABEL_LINE, marginTop: 6, maxWidth: inner }, 3, figure.label),
      ...(figure.caveat ? [caveatBox(figure.caveat, sizes.caveatSize, wide ? 16 : 24)] : []),
    ]),
    wide
      ? ruled('top', 2, RULE, { paddingTop: 18, alignItems: 'flex-end', justifyContent: 'space-between' }, [
          node({ flexDirection: 'column', maxWidth: inner - SITE_MARK_WIDTH - 24 }, caseLines),
          siteMark(content.site, content.mark, shape),
        ])
      : ruled('top', 2, RULE, { paddingTop: 28, flexDirection: 'column' }, [node({ flexDirection: 'column' }, caseLines), node({ marginTop: 24 }, [siteMark(content.site, content.mark, shape)])]),
  ]);
}

// ---------------------------------------------------------------- collection

// Between the columns of a collection card's figures.
const FIGURE_GAP = 40;
/** Type sizes of a collection card's smaller text, and the gaps around its items and the site's mark. */
const collectionText = (shape: CardShape) =>
  shape === 'wide' ? { eyebrow: 26, subtitle: 25, item: 23, itemsGap: 14 + 12 + 2, markGap: 14 } : { eyebrow: 32, subtitle: 30, item: 29, itemsGap: 24 + 20 + 2, markGap: 28 };

/** Sizes a collection card uses. */
export interface CollectionLayout {
  titleSize: number;
  titleLines: number;
  /** `figures`: a row of two or three headline figures; `counts`: the counts large, then the items. */
  mode: 'figures' | 'counts';
  /** Each figure's size, fitted to its column. */
  figureSizes: number[];
  countSize: number;
  /** How many items fit under the counts. */
  items: number;
}

/**
 * The collection card's layout: its figures when it has two or more (each
 * as large as fits its column), else its counts set large over as many of
 * its items as the height left by the title leaves room for.
 */
export function collectionLayout(content: CollectionContent, shape: CardShape): CollectionLayout {
  const { inner, innerHeight } = frame(shape);
  const wide = shape === 'wide';
  const titleSize = sizeFor(content.title, inner, 2, wide ? [62, 54, 46, 40] : [80, 70, 60, 52]);
  const titleLines = Math.min(2, linesOf(content.title, titleSize, inner));
  const figures = (content.figures ?? []).slice(0, 3);
  if (figures.length >= 2) {
    const column = (inner - FIGURE_GAP * (figures.length - 1)) / figures.length;
    const cap = wide ? (figures.length === 2 ? 112 : 96) : figures.length === 2 ? 140 : 112;
    return { titleSize, titleLines, mode: 'figures', figureSizes: figures.map((figure) => Math.floor(Math.min(cap, column / (widthOf(figure.value) * 1.03)))), countSize: 0, items: 0 };
  }
  const text = collectionText(shape);
  const head = text.eyebrow * 1.4 + 10 + titleLines * titleSize * 1.28 + (content.subtitle ? 8 + text.subtitle * 1.45 : 0);
  const countSize = wide ? 96 : 128;
  const rest = innerHeight - head - countSize * 1.1 - text.itemsGap - (text.markGap + 52);
  return { titleSize, titleLines, mode: 'counts', figureSizes: [], countSize, items: Math.max(0, Math.min(wide ? 5 : 8, Math.floor(rest / (text.item * 1.5)))) };
}

function collectionCard(content: CollectionContent, shape: CardShape): CardNode {
  const wide = shape === 'wide';
  const sizes = collectionLayout(content, shape);
  const text = collectionText(shape);
  const head = [
    recurring(clamped({ fontSize: text.eyebrow, color: ACCENT, fontWeight: 700, letterSpacing: 2, lineHeight: 1.4 }, 1, content.eyebrow)),
    clamped({ fontSize: sizes.titleSize, fontWeight: 700, lineHeight: 1.28, marginTop: 10 }, 2, content.title),
    ...(content.subtitle ? [clamped({ fontSize: text.subtitle, color: SOFT, lineHeight: 1.45, marginTop: 8 }, 1, content.subtitle)] : []),
  ];
  const countLine = content.counts.map((count) => `${count.value} ${count.unit}`).join(' · ');
  let body: CardNode[];
  if (sizes.mode === 'figures') {
    const figures = content.figures!.slice(0, 3);
    body = [
      clamped({ fontSize: wide ? 26 : 32, color: SOFT, lineHeight: 1.45, marginTop: 6 }, 1, countLine),
      node({ flexGrow: 1 }),
      // Figures on one line, each in its own size, standing on a common foot; what each measures under it.
      ruled(
        'top',
        2,
        RULE,
        { paddingTop: wide ? 18 : 28, alignItems: 'flex-end' },
        figures.map((figure, index) =>
          node(
            { flexBasis: 0, flexGrow: 1, marginLeft: index === 0 ? 0 : FIGURE_GAP, fontSize: sizes.figureSizes[index], fontWeight: 700, lineHeight: FIGURE_LINE, whiteSpace: 'nowrap', color: figure.rank ? INK : ACCENT, letterSpacing: -1 },
            figure.value,
          ),
        ),
      ),
      node(
        { marginTop: 4 },
        figures.map((figure, index) =>
          node({ flexBasis: 0, flexGrow: 1, marginLeft: index === 0 ? 0 : FIGURE_GAP }, [clamped({ fontSize: wide ? 21 : 26, color: SOFT, lineHeight: 1.4 }, 3, figure.label)]),
        ),
      ),
    ];
  } else {
    const items = (content.items ?? []).slice(0, sizes.items);
    body = [
      node({ flexGrow: 1 }),
      node(
        { alignItems: 'baseline', flexWrap: 'wrap' },
        content.counts.map((count, index) =>
          node({ alignItems: 'baseline', marginLeft: index === 0 ? 0 : wide ? 44 : 52 }, [
            node({ fontSize: sizes.countSize, fontWeight: 700, color: ACCENT, lineHeight: 1.1, letterSpacing: -1 }, count.value),
            node({ fontSize: wide ? 28 : 34, marginLeft: 10 }, count.unit),
          ]),
        ),
      ),
      ...(items.length > 0
        ? [
            ruled(
              'top',
              2,
              RULE,
              { flexDirection: 'column', paddingTop: wide ? 12 : 20, marginTop: wide ? 14 : 24 },
              items.map((item) => clamped({ fontSize: text.item, lineHeight: 1.5 }, 1, `· ${item}`)),
            ),
          ]
        : []),
      // Counts and items sit in the middle of the height the title leaves, not pushed against the site's mark.
      node({ flexGrow: 1 }),
    ];
  }
  return root(shape, [...head, ...body, node({ justifyContent: 'flex-end', marginTop: text.markGap }, [siteMark(content.site, content.mark, shape)])]);
}

// ---------------------------------------------------------------- page

function pageCard(content: PageContent, shape: CardShape): CardNode {
  const { width, side } = frame(shape);
  const size = titleSize(content.title, shape);
  const { figure } = content;
  return root(shape, [
    node({ flexDirection: 'column', flexGrow: 1 }, [
      recurring(node({ fontSize: shape === 'wide' ? 30 : 36, color: ACCENT, fontWeight: 700, letterSpacing: 2 }, content.eyebrow)),
      node({ fontSize: size, fontWeight: 700, lineHeight: 1.3, marginTop: 18, display: 'block', lineClamp: 3, textOverflow: 'ellipsis', maxWidth: width - side * 2 - BAR }, content.title),
      ...(content.subtitle ? [recurring(node({ fontSize: shape === 'wide' ? 28 : 34, color: SOFT, marginTop: 16 }, content.subtitle))] : []),
    ]),
    node({ alignItems: 'flex-end', justifyContent: 'space-between' }, [
      figure
        ? node({ flexDirection: 'column', maxWidth: width - side * 2 - 340 }, [
            node(
              {
                fontSize: Math.floor(Math.min(shape === 'wide' ? 76 : 120, (width - side * 2 - 340) / (widthOf(figure.value) * 1.03))),
                fontWeight: 700,
                color: figure.rank ? INK : ACCENT,
                lineHeight: 1.1,
                whiteSpace: 'nowrap',
              },
              figure.value,
            ),
            node({ fontSize: shape === 'wide' ? 26 : 34, color: SOFT, marginTop: 8, display: 'block', lineClamp: 2, textOverflow: 'ellipsis' }, figure.label),
            ...(figure.caveat ? [caveatBox(figure.caveat, shape === 'wide' ? 21 : 27, 10)] : []),
          ])
        : node({}),
      siteMark(content.site, content.mark, shape),
    ]),
  ]);
}

/** A card's element tree, in the layout its content asks for. */
export function card(content: CardContent, shape: CardShape): CardNode {
  if (content.layout === 'stat') return statCard(content, shape);
  if (content.layout === 'collection') return collectionCard(content, shape);
  return pageCard(content, shape);
}

/** Every character a card draws, for font subsetting and the missing-glyph check. */
export function cardText(content: CardContent): string {
  const figureText = (figure?: CardFigure) => (figure ? [figure.value, figure.label, figure.caveat ?? ''] : []);
  const parts =
    content.layout === 'stat'
      ? [content.eyebrow, ...figureText(content.figure), content.title, content.source ?? '']
      : content.layout === 'collection'
        ? [content.eyebrow, content.title, content.subtitle ?? '', ...content.counts.flatMap((count) => [count.value, count.unit]), ...(content.figures ?? []).flatMap(figureText), ...(content.items ?? []).map((item) => `· ${item}`)]
        : [content.eyebrow, content.title, content.subtitle ?? '', ...figureText(content.figure)];
  return [...parts, content.site, content.mark].join('');
}
