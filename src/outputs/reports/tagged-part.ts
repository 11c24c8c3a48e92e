// What a part printed by Chromium with tags still lacks for PDF/UA, added once when it is printed (the cached part
// keeps it): decoration marked as artifacts, element ids unique in the merged report, and a description on every
// link annotation.
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { markUntaggedAsArtifacts } from './artifacts.ts';

const FLATE = PDFName.of('FlateDecode');

/**
 * Makes a tagged part printed by Chromium ready to be merged into a report:
 * every page's painting outside the structure (backgrounds, borders, rules)
 * marked as an artifact (see `markUntaggedAsArtifacts`); the structure
 * elements' ids (Chromium numbers them per page session, so two parts can
 * share one, and a part's depend on what was printed before it) renamed to
 * the part's `id` and a count, in the table cells that name their header
 * cells and in the id tree; and each link annotation described by
 * its link's text (`links`, by the link's address as Chromium prints it:
 * the absolute URL, or `#` and the target's id), as PDF/UA asks.
 */
export function prepareTaggedPart(pdf: PDFDocument, id: string, links: Readonly<Record<string, string>>): void {
  const { context } = pdf;
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const marked = refs.map((ref) => {
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) return ref;
      const filter = stream.dict.get(PDFName.of('Filter'));
      if (filter && filter !== FLATE) return ref;
      const decoded = filter ? inflateSync(stream.contents) : stream.contents;
      const content = markUntaggedAsArtifacts(decoded);
      if (content === decoded) return ref;
      return context.register(context.stream(deflateSync(content), { Filter: 'FlateDecode' }));
    });
    if (marked.some((ref, index) => ref !== refs[index])) page.node.set(PDFName.of('Contents'), marked.length === 1 ? marked[0]! : context.obj(marked));
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annotation = context.lookupMaybe(ref, PDFDict);
      if (!annotation || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      const dest = annotation.get(PDFName.of('Dest'));
      const key = uri ?? (dest instanceof PDFName ? `#${dest.decodeText()}` : dest instanceof PDFString || dest instanceof PDFHexString ? `#${dest.decodeText()}` : undefined);
      const text = (key && links[key]) || uri;
      if (text) annotation.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  }
  renameElementIds(pdf, `${id}-`);
}

/**
 * Renames every structure element id to `<prefix><n>`, n counting the ids in
 * the tree's order, where it is declared, referred to (`/Headers`) and
 * indexed (the id tree). Chromium's ids number the page's nodes in the
 * order the browser made them, which depends on what else the page held:
 * the same part printed in another build would otherwise differ.
 */
function renameElementIds(pdf: PDFDocument, prefix: string): void {
  const { context } = pdf;
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
  const names = new Map<string, string>();
  const declared: [PDFDict, PDFRef | undefined][] = [];
  const headers: PDFArray[] = [];
  const seen = new Set<PDFDict>();
  const visit = (object: PDFObject | undefined, ref?: PDFRef) => {
    const value = object instanceof PDFRef ? context.lookup(object) : object;
    if (value instanceof PDFArray) {
      for (const item of value.asArray()) visit(item, item instanceof PDFRef ? item : undefined);
      return;
    }
    if (!(value instanceof PDFDict) || seen.has(value) || value.get(PDFName.of('Type')) === PDFName.of('OBJR') || value.get(PDFName.of('Type')) === PDFName.of('MCR')) return;
    seen.add(value);
    const id = text(value.get(PDFName.of('ID')));
    if (id !== undefined) {
      if (!names.has(id)) names.set(id, `${prefix}${names.size + 1}`);
      declared.push([value, ref]);
    }
    const attributes = value.lookup(PDFName.of('A'));
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const list = context.lookupMaybe(attribute as PDFObject, PDFDict)?.lookupMaybe(PDFName.of('Headers'), PDFArray);
      if (list) headers.push(list);
    }
    visit(value.get(PDFName.of('K')));
  };
  visit(root.get(PDFName.of('K')));
  const renamed = (id: string) => PDFString.of(escapeLiteral(names.get(id) ?? `${prefix}${id}`));
  const ids: [string, PDFRef][] = [];
  for (const [element, ref] of declared) {
    const name = renamed(text(element.get(PDFName.of('ID')))!);
    element.set(PDFName.of('ID'), name);
    if (ref) ids.push([name.decodeText(), ref]);
  }
  for (const list of headers) list.asArray().forEach((header, index) => list.set(index, text(header) === undefined ? header : renamed(text(header)!)));
  if (ids.length === 0) {
    root.delete(PDFName.of('IDTree'));
    return;
  }
  ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  root.set(PDFName.of('IDTree'), context.register(context.obj({ Names: ids.flatMap(([name, ref]) => [PDFString.of(escapeLiteral(name)), ref]) })));
}

/** A literal PDF string's escapes for the characters that would end or break it (ids are ASCII). */
const escapeLiteral = (text: string) => text.replace(/[\\()]/g, (character) => `\\${character}`);
