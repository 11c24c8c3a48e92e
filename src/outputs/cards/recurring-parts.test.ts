import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import { loadCasebook } from '../../model/load.ts';
import { publishedView } from '../../view/published.ts';
import { site } from '../../site.config.ts';
import { siteCards } from './content.ts';
import { cardFonts } from './render.ts';
import { partsBetweenMarkers, RecurringParts, type DrawSvg } from './recurring-parts.ts';
import { card, CARD_SIZES, type CardNode } from './template.ts';
import type { CardFont } from '../fonts.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** satori at `width`×`height` with `fonts`, counting its calls. */
function counted(fonts: CardFont[], width: number, height: number) {
  const calls = { count: 0 };
  const draw: DrawSvg = (tree, onNodeDetected) => {
    calls.count++;
    return satori(tree as Parameters<typeof satori>[0], { width, height, fonts, onNodeDetected });
  };
  return { calls, draw };
}

const text = (style: Record<string, unknown>, children: string): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** A small card: a title, then a recurring label whose place depends on how many lines the title takes. */
const labelled = (title: string, label: string): CardNode => ({
  type: 'div',
  props: {
    style: { display: 'flex', flexDirection: 'column', width: 400, height: 300, background: '#fbfaf7', fontFamily: 'Noto Sans SC', padding: 20 },
    children: [text({ fontSize: 30, lineHeight: 1.3 }, title), { ...text({ fontSize: 20, color: '#9c2b1f', marginTop: 10, flexShrink: 0 }, label), recurring: true }],
  },
});

describe('recurring parts of a card', () => {
  it("give satori's SVG of the whole card, character for character, for every layout and shape, with parts reused", async () => {
    for (const folder of ['tests/fixtures/casebooks/zh', 'tests/fixtures/casebooks/en']) {
      const files = siteCards(publishedView({ casebook: await loadCasebook(root, folder) }), site);
      const fonts = await cardFonts(files);
      const parts = new RecurringParts();
      const calls: number[] = [];
      // Three times over: by the third, every part has been seen in every box it lands in.
      for (let round = 0; round < 3; round++) {
        calls.push(0);
        for (const file of files) {
          const { width, height } = CARD_SIZES[file.shape];
          const drawing = counted(fonts, width, height);
          const tree = card(file.content, file.shape);
          expect(await parts.svg(tree, drawing.draw), `${folder} ${file.path}`).toBe(await satori(tree as Parameters<typeof satori>[0], { width, height, fonts }));
          calls[round]! += drawing.calls.count;
        }
      }
      // Then each card is laid out once, with its parts' boxes empty.
      expect(calls[2], folder).toBe(files.length);
    }
  }, 120_000);

  it('reuses a part only in the box it was drawn in: a label pushed down by a longer title is drawn there', async () => {
    const titles = ['短标题', '一个长得多的标题，在这张小卡片上要折成两行才放得下', '另一个短标题'];
    const fonts = await cardFonts([{ content: { layout: 'page', eyebrow: '', title: titles.join('') + '系列标签', site: '', mark: '' }, shape: 'wide', page: '/' }]);
    const parts = new RecurringParts();
    const { calls, draw } = counted(fonts, 400, 300);
    for (const title of [titles[0]!, titles[0]!, titles[1]!, titles[1]!, titles[2]!, titles[1]!, titles[0]!]) {
      const tree = labelled(title, '系列标签');
      expect(await parts.svg(tree, draw), title).toBe(await satori(tree as Parameters<typeof satori>[0], { width: 400, height: 300, fonts }));
    }
    // First card: whole (size learnt). Second: empty box, then whole (part learnt). Third, a new box: empty, then whole.
    // Then one call each: 1 + 2 + 2 + 1 + 1 + 1 + 1.
    expect(calls.count).toBe(9);
  }, 30_000);

  it('reuses a part only where it was given the same room: a label in a column its neighbour narrows or widens', async () => {
    // The column takes what the figure beside it leaves; the label, one line ending in an ellipsis, is as wide as the
    // column (stretched) or as its own text allows (set at the start), and so ends earlier in a narrower column.
    const beside = (figure: string, align: Record<string, unknown>): CardNode => ({
      type: 'div',
      props: {
        style: { display: 'flex', width: 400, height: 200, background: '#fbfaf7', fontFamily: 'Noto Sans SC', padding: 20 },
        children: [
          {
            type: 'div',
            props: {
              style: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
              children: [{ ...text({ ...align, display: 'block', fontSize: 20, lineClamp: 1, textOverflow: 'ellipsis', flexShrink: 0 }, '一个很长的系列名称，放不下的部分以省略号结尾'), recurring: true }],
            },
          },
          text({ fontSize: 40, flexShrink: 0 }, figure),
        ],
      },
    });
    const fonts = await cardFonts([{ content: { layout: 'page', eyebrow: '', title: '一个很长的系列名称，放不下的部分以省略号结尾12345678', site: '', mark: '' }, shape: 'wide', page: '/' }]);
    for (const align of [{}, { alignSelf: 'flex-start' }]) {
      const parts = new RecurringParts();
      const { draw } = counted(fonts, 400, 200);
      for (const figure of ['12', '12', '12345678', '12', '12345678', '12345678']) {
        const tree = beside(figure, align);
        expect(await parts.svg(tree, draw), `${figure} ${JSON.stringify(align)}`).toBe(await satori(tree as Parameters<typeof satori>[0], { width: 400, height: 200, fonts }));
      }
    }
  }, 30_000);

  it('cuts parts out of a whole SVG only where the cut is certain', () => {
    const mark = (index: number) => `<rect x="0" y="0" width="5" height="5" fill="#fe010${index}"/>`;
    expect(partsBetweenMarkers(`<a>${mark(0)}<b>${mark(1)}<c>`, '<a><P0><b><P1><c>', 2)).toEqual(['<P0>', '<P1>']);
    // Nothing between two parts: where the first ends cannot be told.
    expect(partsBetweenMarkers(`<a>${mark(0)}${mark(1)}<c>`, '<a><P0><P1><c>', 2)).toBeUndefined();
    // The text between them found twice: the first part may hold it.
    expect(partsBetweenMarkers(`<a>${mark(0)}<b>${mark(1)}<c>`, '<a><b><b><P1><c>', 2)).toBeUndefined();
    // Not the same card around the parts.
    expect(partsBetweenMarkers(`<a>${mark(0)}<c>`, '<x><P0><c>', 1)).toBeUndefined();
  });
});
