// Running heads, page numbers and bookmarks, added to a merged report (or a case's PDF) with pdf-lib.
import { deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { degrees, drawText, PDFDocument, PDFHexString, PDFName, rgb, type PDFFont, type PDFRef } from '@cantoo/pdf-lib';
import { rgbChannels } from '../../design/css.ts';
import { colors } from '../../design/tokens.ts';
import { cachedSubsets } from './print-fonts.ts';
import type { PartCache } from './pdf.ts';

/** What a page carries in its margins: a running head (none on a cover or a case's PDF) and its number. */
export interface PageMarks {
  head?: string;
  number: boolean;
}

// Running heads and page numbers in the site's secondary ink.
const GREY = rgb(...rgbChannels(colors.inkSoft));
const MM = 72 / 25.4;

/**
 * On every page whose mark asks for it: its running head (report title ·
 * part title) and the author in the top margin, `n / total` centred in the
 * bottom margin, both marked as pagination artifacts. The text is set
 * in Noto Sans SC cut down to the characters it uses, so it prints on any
 * machine. A chapter's heading repeats on each of its pages and the author
 * on every page: each text is laid out and measured once, not per page
 * (pdf-lib's drawText shapes its text on every call, a third of the time a
 * volume took to put together). The font is cut to the characters of the
 * headers, kept in `cache` by that set like the print fonts: an edit that
 * changes no title cuts none.
 */
export async function stampHeadersAndNumbers(pdf: PDFDocument, marks: readonly PageMarks[], author: string, cache?: PartCache): Promise<void> {
  const pages = pdf.getPages();
  const headings = marks.map((mark) => mark.head ?? '');
  const characters = [...new Set(`${headings.join('')}${author} /0123456789`)].sort().join('');
  const [regular] = await cachedSubsets(characters, cache);
  pdf.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const font: PDFFont = await pdf.embedFont(regular!.data, { subset: false });
  const laidOut = new Map<string, { glyphs: PDFHexString; width: number }>();
  const layout = (text: string) => {
    let known = laidOut.get(text);
    if (!known) laidOut.set(text, (known = { glyphs: font.encodeText(text), width: font.widthOfTextAtSize(text, STAMP_SIZE) }));
    return known;
  };
  const upright = degrees(0);
  pages.forEach((page, index) => {
    const mark = marks[index];
    if (!mark?.number) return;
    const width = page.getWidth();
    const top = page.getHeight() - 12 * MM;
    const fontKey = page.node.newFontDictionary(font.name, font.ref);
    const text = (line: string, x: (width: number) => number, y: number) => {
      const { glyphs, width: lineWidth } = layout(line);
      return drawText(glyphs, { color: GREY, font: fontKey, size: STAMP_SIZE, rotate: upright, xSkew: upright, ySkew: upright, x: x(lineWidth), y });
    };
    // Marked as pagination artifacts: a screen reader skips them, and PDF/UA asks that running heads and page numbers
    // be artifacts, not text of the page.
    const operators = [
      ...(mark.head ? [HEADER, ...text(mark.head, () => 20 * MM, top), ...text(author, (own) => width - 20 * MM - own, top), END] : []),
      FOOTER,
      ...text(`${index + 1} / ${pages.length}`, (own) => (width - own) / 2, 30),
      END,
    ];
    // The page's own stream, as pushOperators would add it, compressed by Node's zlib: pdf-lib's compressor in
    // JavaScript spent a tenth of a second on a volume's few hundred small streams.
    const content = Buffer.from(operators.map((operator) => `${operator}\n`).join(''), 'latin1');
    page.node.addContentStream(pdf.context.register(pdf.context.stream(deflateSync(content), { Filter: 'FlateDecode' })));
  });
}

const STAMP_SIZE = 8;
const HEADER = '/Artifact <</Type /Pagination /Subtype /Header>> BDC';
const FOOTER = '/Artifact <</Type /Pagination /Subtype /Footer>> BDC';
const END = 'EMC';

/** Bookmarks, one per part, each opening its first page. */
export function addOutline(pdf: PDFDocument, items: { title: string; page: number }[]): void {
  if (items.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = items.map(() => context.nextRef());
  items.forEach((item, index) => {
    context.assign(
      refs[index]!,
      context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: root,
        Dest: [pages[item.page]!.ref, 'XYZ', null, null, null],
        ...(index > 0 ? { Prev: refs[index - 1]! } : {}),
        ...(index < items.length - 1 ? { Next: refs[index + 1]! } : {}),
      }),
    );
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: items.length }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
