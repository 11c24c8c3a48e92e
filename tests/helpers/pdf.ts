// Reads PDFs in JavaScript (pdf.js for text, pdf-lib for metadata and fonts), so tests need no poppler.
import { readFile } from 'node:fs/promises';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text as lines, top to bottom; the pieces of a line are joined with spaces. */
export async function pdfLines(file: string): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const lines = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5]! / 2) * 2;
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4]!, text: item.str }]);
    }
    pages.push([...lines].sort(([a], [b]) => b - a).map(([, pieces]) => pieces.sort((a, b) => a.x - b.x).map((piece) => piece.text).join(' ')));
  }
  await document.destroy();
  return pages;
}

/** Title, author, subject, page count and the first page's size in points. */
export async function pdfInfo(file: string): Promise<{ title?: string; author?: string; subject?: string; pages: number; width: number; height: number }> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const { width, height } = pdf.getPage(0).getSize();
  return { title: pdf.getTitle(), author: pdf.getAuthor(), subject: pdf.getSubject(), pages: pdf.getPageCount(), width, height };
}

/** The fonts a PDF embeds: base name and type (Type3 is how Chromium draws glyphs no font on the page has). */
export async function pdfFonts(file: string): Promise<{ name: string; type: string }[]> {
  const pdf = await PDFDocument.load(await readFile(file));
  const fonts: { name: string; type: string }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = object.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '';
    if (subtype === 'CIDFontType2' || subtype === 'CIDFontType0') continue;
    fonts.push({ name: object.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '', type: subtype });
  }
  return fonts;
}

/** The links of a PDF: each internal one with whether its destination exists, and every web address. */
export async function pdfLinks(file: string): Promise<{ internal: { page: number; dest: string; resolves: boolean }[]; external: string[] }> {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const internal: { page: number; dest: string; resolves: boolean }[] = [];
  const external: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      if (annotation.url) external.push(annotation.url);
      else if (annotation.dest) {
        const dest = typeof annotation.dest === 'string' ? await document.getDestination(annotation.dest) : annotation.dest;
        const page = dest ? await document.getPageIndex(dest[0]).catch(() => -1) : -1;
        internal.push({ page: number, dest: typeof annotation.dest === 'string' ? annotation.dest : JSON.stringify(annotation.dest), resolves: page >= 0 });
      }
    }
  }
  await document.destroy();
  return { internal, external };
}

/** An element of a page's structure tree as pdf.js reads it: its role (H1, P, Table, TH, Figure, Link…), alternative text, and text. */
export interface TaggedElement {
  role: string;
  alt?: string;
  /** The text of the marked content under it, in order. */
  text: string;
  children: TaggedElement[];
}

/** What a tagged PDF says about itself and each page: the elements, and the text marked as artifact or not marked at all. */
export interface TaggedPdf {
  catalog: { lang?: string; marked: boolean; displayDocTitle: boolean; xmp: string };
  pages: { elements: TaggedElement[]; artifacts: string[]; untagged: string[]; links: { description: string }[] }[];
}

/**
 * Reads a PDF's tags with pdf.js: each page's structure tree (with the text
 * of its marked content), the text inside `Artifact` marked content, any
 * text outside marked content and each link annotation's description; and, with pdf-lib, the catalog's language,
 * `MarkInfo`, `DisplayDocTitle` and XMP metadata.
 */
export async function pdfTags(file: string): Promise<TaggedPdf> {
  const bytes = await readFile(file);
  const lib = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = lib.catalog;
  const lookup = (dict: PDFDict | undefined, key: string) => dict?.lookup(PDFName.of(key));
  const metadata = lookup(catalog, 'Metadata');
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: TaggedPdf['pages'] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const artifacts: string[] = [];
    const untagged: string[] = [];
    const open: { tag?: string; id?: string }[] = [];
    for (const item of content.items as { type?: string; tag?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push({ tag: item.tag, id: item.id });
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str?.trim()) {
        const id = open.findLast((entry) => entry.id)?.id;
        if (open.some((entry) => entry.tag === 'Artifact')) artifacts.push(item.str);
        else if (id) texts.set(id, `${texts.get(id) ?? ''}${item.str}`);
        else untagged.push(item.str);
      }
    }
    type Node = { role?: string; alt?: string; type?: string; id?: string; children?: Node[] };
    const element = (node: Node): TaggedElement => {
      const children = (node.children ?? []).filter((child) => child.role).map(element);
      const text = (node.children ?? []).map((child) => (child.type === 'content' ? (texts.get(child.id!) ?? '') : child.role ? element(child).text : '')).join('');
      return { role: node.role!, alt: node.alt, text, children };
    };
    const tree = (await page.getStructTree()) as Node | null;
    const annotations = (await page.getAnnotations()) as { subtype: string; contentsObj?: { str?: string } }[];
    const links = annotations.filter((annotation) => annotation.subtype === 'Link').map((annotation) => ({ description: annotation.contentsObj?.str ?? '' }));
    pages.push({ elements: tree ? (tree.children ?? []).map(element) : [], artifacts, untagged, links });
  }
  await document.destroy();
  return {
    catalog: {
      lang: (lookup(catalog, 'Lang') as { decodeText(): string } | undefined)?.decodeText(),
      marked: String(lookup(lookup(catalog, 'MarkInfo') as PDFDict | undefined, 'Marked')) === 'true',
      displayDocTitle: String(lookup(lookup(catalog, 'ViewerPreferences') as PDFDict | undefined, 'DisplayDocTitle')) === 'true',
      xmp: metadata instanceof PDFRawStream ? Buffer.from(metadata.contents).toString('utf8') : '',
    },
    pages,
  };
}

/** Every element of `elements` and below, depth first. */
export function allElements(elements: readonly TaggedElement[]): TaggedElement[] {
  return elements.flatMap((element) => [element, ...allElements(element.children)]);
}
