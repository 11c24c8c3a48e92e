import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { loadCasebook, type Casebook } from '../../model/load.ts';
import { optionsFromEnv } from '../../options.ts';
import { uiFor } from '../../i18n/ui.ts';
import { site } from '../../site.config.ts';
import { CARD_FONTS } from '../fonts.ts';
import { colors } from '../../design/tokens.ts';
import { cardFigure, siteCards, type CardFile } from './content.ts';
import { publishedView } from '../../view/published.ts';
import { CardRenderer } from './render.ts';
import { textWidth as estimate } from '../../domain/text-width.ts';
import { card, CARD_FONT_WIDTHS, CARD_SIZES, cardText, collectionLayout, statLayout, type CardContent, type CardNode, type CardShape, type CollectionContent, type StatContent } from './template.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

const LONG_FIGURES = ['1000余家', '第67位', '3.5万平方米', '1100余平方米', '突破500亿元', '近1000亿元'];
const ACCENT = colors.accent;
/** A line's width as the card measures it, with its font's widths. */
const textWidth = (text: string) => estimate(text, CARD_FONT_WIDTHS);
// The text column of each shape: the card less the accent bar (18) and the side padding (64 or 88, twice).
const COLUMN = { wide: 1200 - 18 - 128, square: 1080 - 18 - 176 };

const stat = (value: string, extra: Partial<StatContent['figure']> = {}, label = '蓬莱区海工装备产业链党建联盟 · 成员企业年产值（2021年）'): StatContent => ({
  layout: 'stat',
  eyebrow: '蓬莱海工装备产业链 · 产业链',
  figure: { value, label, ...extra },
  title: '蓬莱区：用党建联盟把海工装备产业链拧成一股绳',
  source: '来源：蓬莱经济开发区以党建联盟带动海上风电产业链的报道',
  site: '两新组织党建案例集',
  mark: '案',
});

/** Every node of a card's tree whose text is `text`. */
function nodesWithText(tree: CardNode, text: string): CardNode[] {
  const children = tree.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  const own = list.includes(text) ? [tree] : [];
  return [...own, ...list.flatMap((child) => (typeof child === 'string' ? [] : nodesWithText(child, text)))];
}

describe('the statistic card: the figure as the hero', () => {
  it('sets a short figure far larger than a long one, in both shapes', () => {
    for (const shape of ['wide', 'square'] as const) {
      const size = (value: string) => statLayout(stat(value), shape).figureSize;
      // Narrower is never smaller (these are in order of width); the narrow ones meet the height's ceiling on a wide card.
      const bySize = ['近97%', '第67位', '2.6亿元', '1000余家', '3.5万平方米', '1100余平方米'].map(size);
      expect(bySize, shape).toEqual([...bySize].sort((a, b) => b - a));
      expect(size('近97%'), shape).toBeGreaterThan(size('3.5万平方米') * 1.15);
      // Large: well above the title's size even for the long ones.
      expect(size('3.5万平方米'), shape).toBeGreaterThanOrEqual(shape === 'wide' ? 140 : 150);
      expect(size('近97%'), shape).toBeGreaterThanOrEqual(shape === 'wide' ? 180 : 260);
    }
  });

  it('fits every figure on one line of the text column, down to the longest a statistic may print', () => {
    for (const shape of ['wide', 'square'] as const) {
      for (const value of [...LONG_FIGURES, '约'.repeat(20) + '1234567890亿元', '１２３４５６７８９０'.repeat(4)]) {
        const { figureSize } = statLayout(stat(value), shape);
        expect(figureSize, `${shape} ${value}`).toBeGreaterThan(0);
        expect(textWidth(value) * figureSize, `${shape} ${value}`).toBeLessThanOrEqual(COLUMN[shape]);
        // Never wrapped: the figure is one unbreakable line.
        expect(nodesWithText(card(stat(value), shape), value)[0]!.props.style).toMatchObject({ whiteSpace: 'nowrap', fontSize: figureSize });
      }
    }
  });

  it('keeps the card font\'s real ASCII advance widths, of the wider weight, rounded up to a hundredth of an em', () => {
    const [regular, bold] = [400, 700].map((weight) => fontkit.create(readFileSync(require.resolve(CARD_FONTS.find((font) => font.weight === weight)!.file))) as fontkit.Font);
    expect(CARD_FONT_WIDTHS.ascii).toHaveLength(0x7f - 0x20);
    CARD_FONT_WIDTHS.ascii.forEach((width, index) => {
      const char = String.fromCharCode(0x20 + index);
      const advance = (font: fontkit.Font) => font.layout(char).advanceWidth / font.unitsPerEm;
      const widest = Math.max(advance(bold!), advance(regular!));
      expect(width, char).toBeGreaterThanOrEqual(widest - 1e-9);
      expect(width, char).toBeLessThan(widest + 0.01);
    });
  });

  it('measures widths as the card font sets them, never narrower', () => {
    const bold = fontkit.create(readFileSync(require.resolve(CARD_FONTS.find((font) => font.weight === 700)!.file))) as fontkit.Font;
    for (const value of [...LONG_FIGURES, '近97%', '2.6亿元', '12.5km2', 'GDP 3,000亿元', '第1名']) {
      const actual = bold.layout(value).advanceWidth / bold.unitsPerEm;
      expect(textWidth(value), value).toBeGreaterThanOrEqual(actual - 1e-6);
      expect(textWidth(value), value).toBeLessThanOrEqual(actual * 1.12);
    }
  });

  it('leaves less height to the figure when a caveat or a long label needs it', () => {
    // A short label and a short figure: the figure is as large as the height allows.
    const plain = statLayout(stat('近97%', {}, '云浮市 · 新就业群体党组织覆盖率'), 'wide');
    const disputed = statLayout(stat('近97%', { caveat: '口径说明：口径不同，两数并存。另有来源记为95%，见“数据核对”' }, '云浮市 · 新就业群体党组织覆盖率'), 'wide');
    const long = statLayout(stat('近97%', {}, `${'蓬莱经济开发区党群服务中心'.repeat(4)} · 参与志愿服务的党员和群众人次（2021年以来截至目前）`), 'wide');
    expect(disputed.figureSize).toBeLessThan(plain.figureSize);
    expect(disputed.caveatSize).toBeGreaterThan(0);
    expect(long.labelLines).toBeGreaterThan(1);
    expect(long.figureSize).toBeLessThan(plain.figureSize);
  });

  it('sets a rank in ink, not in the accent colour of an achievement', () => {
    const rank = nodesWithText(card(stat('第67位', { rank: true }), 'wide'), '第67位')[0]!;
    const money = nodesWithText(card(stat('2.6亿元'), 'wide'), '2.6亿元')[0]!;
    expect(rank.props.style!.color).not.toBe(ACCENT);
    expect(money.props.style!.color).toBe(ACCENT);
  });
});

describe('a disputed figure', () => {
  let conflict: Casebook;
  beforeAll(async () => {
    conflict = await loadCasebook(root, 'tests/fixtures/conflict');
    // The fixture's statistics are not headlines; make them so, to have their cards.
    for (const entry of conflict.cases) for (const item of entry.data.stats) item.headline = true;
  });

  it('carries a caveat on its card and in its text alternative, with the editor\'s verdict and the other figure', () => {
    const files = siteCards(publishedView({ casebook: conflict }), site);
    const card = (caseId: string, statId: string) => files.find((file) => file.path === `/cards/stats/${caseId}/${statId}-wide.png`)!;
    const second = card('second', 'projects');
    const content = second.content as StatContent;
    // 7个 and 22个: neither has a reconciliation, so the caveat says only that the sources differ.
    expect(content.figure.caveat).toBe('各来源数字不一。另有来源记为7个，见“数据核对”');
    expect(second.alt).toContain(content.figure.caveat);
    // The reconciled one quotes the verdict.
    const members = card('second', 'members');
    expect((members.content as StatContent).figure.caveat).toContain(`口径说明：${uiFor('zh-CN').figures.verdicts['scopes-differ']}`);
    expect(members.alt).toContain('口径说明');
    // 5分钟 and 五分钟 agree: no caveat.
    expect((card('first', 'circle').content as StatContent).figure.caveat).toBeUndefined();
    expect(card('first', 'circle').alt).not.toMatch(/口径|不一/);
    // The case card's headline figure carries it too.
    expect(files.find((file) => file.path === '/cards/cases/second.png')!.content).toMatchObject({ figure: { caveat: expect.stringContaining('见“数据核对”') } });
  });

  it('prints the caveat on the card, in both shapes', () => {
    const figure = cardFigure(conflict.cases[1]!.data.stats[2]!);
    expect(figure.caveat).toMatch(/^口径说明：/);
    for (const shape of ['wide', 'square'] as const) {
      const content = stat('12家', { caveat: figure.caveat });
      expect(nodesWithText(card(content, shape), figure.caveat!)).toHaveLength(1);
      expect(cardText(content)).toContain(figure.caveat);
    }
  });

  it('is left out of its series card, which shows only figures it can print without a caveat', () => {
    const files = siteCards(publishedView({ casebook: conflict }), site);
    const series = files.find((file) => file.path === '/cards/series/penglai-chain.png')!.content as CollectionContent;
    // 7个 and 22个 disagree, and second's 12家 carries a reconciliation: the figures are the rest, one case in turn.
    expect(series.figures!.map((figure) => figure.value)).toEqual(['5分钟', '五分钟', '12家']);
    expect(series.figures!.every((figure) => figure.caveat === undefined)).toBe(true);
  });
});

describe('collection cards', () => {
  let casebook: Casebook;
  let files: CardFile[];
  beforeAll(async () => {
    casebook = await loadCasebook(root, optionsFromEnv(root).content);
    files = siteCards(publishedView({ casebook }), site);
  });
  const find = (path: string) => files.find((file) => file.path === path)!;

  it('fill a series card with two or three of its headline figures, one from each case in turn', () => {
    for (const entry of casebook.series) {
      const content = find(`/cards/series/${entry.id}.png`).content as CollectionContent;
      const members = casebook.cases.filter((item) => item.data.series.id === entry.id);
      const headlines = members.flatMap((item) => item.data.stats.filter((item) => item.headline).map((item) => item.figure));
      expect(content.counts.map((count) => count.unit)).toEqual(['个案例', '项统计数据']);
      expect(content.counts[0]!.value).toBe(String(members.length));
      if (headlines.length >= 2) {
        expect(content.figures!.length, entry.id).toBeGreaterThanOrEqual(2);
        expect(content.figures!.length, entry.id).toBeLessThanOrEqual(3);
        expect(headlines).toEqual(expect.arrayContaining(content.figures!.map((figure) => figure.value)));
        expect(collectionLayout(content, 'wide').mode).toBe('figures');
      }
      // Its cases' titles are there for a card without figures.
      expect(content.items).toEqual(expect.arrayContaining(members.map((item) => item.data.title)));
    }
    const parks = find('/cards/series/yantai-parks.png').content as CollectionContent;
    // Three cases: the first headline of each, newest first.
    expect(new Set(parks.figures!.map((figure) => figure.label.split(' · ')[0])).size).toBe(3);
  });

  it('list case titles when a series has fewer than two figures to show', () => {
    const content: CollectionContent = { ...(find('/cards/series/yunfu.png').content as CollectionContent), figures: [] };
    const layout = collectionLayout(content, 'wide');
    expect(layout.mode).toBe('counts');
    expect(layout.items).toBeGreaterThanOrEqual(3);
  });

  it('fit each figure of a series card in its column', () => {
    const content: CollectionContent = {
      layout: 'collection',
      eyebrow: '系列',
      title: '测试',
      counts: [],
      figures: LONG_FIGURES.slice(0, 3).map((value) => ({ value, label: '测试 · 测试' })),
      site: '测试',
      mark: '案',
    };
    const layout = collectionLayout(content, 'wide');
    layout.figureSizes.forEach((size, index) => expect(textWidth(LONG_FIGURES[index]!) * size).toBeLessThanOrEqual((COLUMN.wide - 2 * 40) / 3));
  });

  it('fit fewer items under a long title and a subtitle', () => {
    const base: CollectionContent = { layout: 'collection', eyebrow: '标签', title: '园区党建', counts: [{ value: '3', unit: '个案例' }], items: Array(9).fill('案例标题'), site: '测试', mark: '案' };
    const short = collectionLayout(base, 'wide').items;
    const long = collectionLayout({ ...base, title: '一个很长很长的标题'.repeat(4), subtitle: '一行说明' }, 'wide').items;
    expect(short).toBeGreaterThan(long);
    expect(long).toBeGreaterThanOrEqual(1);
  });
});

/** The share of the card's 10-pixel bands that hold ink (pixels far from the paper colour), left of the site's mark. */
function filledBands(png: PNG): number {
  let filled = 0;
  const bands = Math.floor(png.height / 10);
  for (let band = 0; band < bands; band++) {
    let ink = 0;
    for (let y = band * 10; y < band * 10 + 10; y++) {
      for (let x = 40; x < png.width - 40; x++) {
        const offset = (y * png.width + x) * 4;
        if (Math.abs(png.data[offset]! - 0xfd) + Math.abs(png.data[offset + 1]! - 0xfc) + Math.abs(png.data[offset + 2]! - 0xf9) > 120) ink++;
      }
    }
    if (ink > 20) filled++;
  }
  return filled / bands;
}

/**
 * The tallest run of rows holding the accent colour right of the accent bar (the figure; the eyebrow
 * and the site's mark are runs of their own), and the first and last columns it reaches.
 */
function accentBlock(png: PNG): { first: number; last: number; rows: number } {
  const accent = (x: number, y: number) => {
    const offset = (y * png.width + x) * 4;
    return Math.abs(png.data[offset]! - 0xb3) < 24 && Math.abs(png.data[offset + 1]! - 0x26) < 24 && Math.abs(png.data[offset + 2]! - 0x1e) < 24;
  };
  const rows = Array.from({ length: png.height }, (_, y) => Array.from({ length: png.width - 30 }, (_, x) => x + 30).filter((x) => accent(x, y)));
  let best = { from: 0, to: 0 };
  for (let y = 0, from = 0; y <= png.height; y++) {
    if (y < png.height && rows[y]!.length > 0) continue;
    if (y - from > best.to - best.from) best = { from, to: y };
    from = y + 1;
  }
  const columns = rows.slice(best.from, best.to).flat();
  return { first: Math.min(...columns), last: Math.max(...columns), rows: best.to - best.from };
}

describe('drawn cards', () => {
  const draw = async (content: CardContent, shape: CardShape) => PNG.sync.read(await new CardRenderer([{ content, shape, page: '/test/' }]).render({ content, shape, page: '/test/' }));

  it('draw a long figure large, inside the margins, on one line', async () => {
    for (const shape of ['wide', 'square'] as const) {
      for (const value of ['3.5万平方米', '1000余家']) {
        const png = await draw(stat(value), shape);
        const { first, last, rows } = accentBlock(png);
        const side = shape === 'wide' ? 64 : 88;
        expect(first, `${shape} ${value}`).toBeGreaterThanOrEqual(18 + side - 8);
        expect(last, `${shape} ${value}`).toBeLessThanOrEqual(CARD_SIZES[shape].width - side);
        // One line of glyphs well over 100 px tall; two lines would be more than twice the size.
        const { figureSize } = statLayout(stat(value), shape);
        expect(rows, `${shape} ${value}`).toBeGreaterThan(figureSize * 0.6);
        expect(rows, `${shape} ${value}`).toBeLessThan(figureSize * 1.3);
      }
    }
  }, 30_000);

  it('fill a series card and a list card, not leave them mostly blank', async () => {
    const casebook = await loadCasebook(root, optionsFromEnv(root).content);
    const files = siteCards(publishedView({ casebook }), site);
    for (const path of ['/cards/series/yunfu.png', '/cards/series/yantai-parks.png', '/cards/pages/tags.png', '/cards/reports/casebook.png', '/cards/home.png']) {
      const file = files.find((item) => item.path === path)!;
      expect(filledBands(await draw(file.content, file.shape)), path).toBeGreaterThan(0.5);
    }
  }, 60_000);
});
