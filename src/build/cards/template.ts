/**
 * Card templates as satori element trees (plain objects, no JSX), in the
 * site's visual language: paper, ink, one red accent, Noto Sans SC.
 */

/** A satori element. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, unknown>; children?: CardNode | string | (CardNode | string)[] };
}

/** What a card says. */
export interface CardContent {
  /** Small line above the title, e.g. the series and kind. */
  eyebrow: string;
  title: string;
  /** One line under the title, e.g. the place. */
  subtitle?: string;
  /** The headline figure and what it measures. */
  figure?: { value: string; label: string };
  /** Site name in the corner. */
  site: string;
}

/** Card sizes: link previews (1200×630) and square posts for WeChat Moments and Weibo (1080×1080). */
export const CARD_SIZES = { wide: { width: 1200, height: 630 }, square: { width: 1080, height: 1080 } } as const;
export type CardShape = keyof typeof CARD_SIZES;

const INK = '#1f2328';
const SOFT = '#555d66';
const ACCENT = '#b3261e';
const PAPER = '#fdfcf9';

const node = (style: Record<string, unknown>, children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The title's font size: long titles shrink within limits, then wrap to at
 * most three lines and end in an ellipsis.
 */
export function titleSize(title: string, shape: CardShape): number {
  const length = [...title].length;
  const steps = shape === 'wide' ? [[14, 68], [22, 60], [32, 52]] : [[10, 84], [18, 76], [28, 66]];
  for (const [limit, size] of steps) if (length <= limit!) return size!;
  return shape === 'wide' ? 46 : 58;
}

/** A case, series or statistic card. */
export function card(content: CardContent, shape: CardShape): CardNode {
  const { width, height } = CARD_SIZES[shape];
  const padding = shape === 'wide' ? 64 : 88;
  const size = titleSize(content.title, shape);
  return node(
    {
      width,
      height,
      flexDirection: 'column',
      justifyContent: 'space-between',
      // satori lays out boxes content-box unless told; the padding must stay inside the card.
      boxSizing: 'border-box',
      background: PAPER,
      borderLeft: `18px solid ${ACCENT}`,
      padding: `${padding}px ${padding}px ${padding - 8}px ${padding}px`,
      fontFamily: 'Noto Sans SC',
      color: INK,
    },
    [
      node({ flexDirection: 'column' }, [
        node({ fontSize: shape === 'wide' ? 30 : 36, color: ACCENT, fontWeight: 700, letterSpacing: 2 }, content.eyebrow),
        node(
          { fontSize: size, fontWeight: 700, lineHeight: 1.3, marginTop: 18, display: 'block', lineClamp: 3, textOverflow: 'ellipsis', maxWidth: width - padding * 2 - 18 },
          content.title,
        ),
        ...(content.subtitle ? [node({ fontSize: shape === 'wide' ? 28 : 34, color: SOFT, marginTop: 16 }, content.subtitle)] : []),
      ]),
      node({ alignItems: 'flex-end', justifyContent: 'space-between' }, [
        content.figure
          ? node({ flexDirection: 'column', maxWidth: width - padding * 2 - 340 }, [
              node({ fontSize: shape === 'wide' ? 76 : 120, fontWeight: 700, color: ACCENT, lineHeight: 1.1 }, content.figure.value),
              node({ fontSize: shape === 'wide' ? 26 : 34, color: SOFT, marginTop: 8, display: 'block', lineClamp: 2, textOverflow: 'ellipsis' }, content.figure.label),
            ])
          : node({}),
        node({ alignItems: 'center' }, [
          node({ width: 52, height: 52, borderRadius: 10, background: ACCENT, color: '#fff', fontSize: 32, fontWeight: 700, alignItems: 'center', justifyContent: 'center' }, '案'),
          node({ fontSize: 28, fontWeight: 700, marginLeft: 14 }, content.site),
        ]),
      ]),
    ],
  );
}

/** Every character a card draws, for font subsetting and the missing-glyph check. */
export function cardText(content: CardContent): string {
  return [content.eyebrow, content.title, content.subtitle ?? '', content.figure?.value ?? '', content.figure?.label ?? '', content.site, '案'].join('');
}
