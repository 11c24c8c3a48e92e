// Merging printed parts into one report with their structure trees: pdf-lib's copyPages copies pages only, and
// the merged PDF would lose every tag. Each part's pages, annotations and structure are copied by one copier,
// so the structure elements' page references land on the copied pages.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';

// The placeholder address of a link to another part (a reserved domain: it can never be a real site).
export const OTHER_PART = 'https://casebook-part.invalid/#';

const STRUCT_PARENTS = PDFName.of('StructParents');
const STRUCT_PARENT = PDFName.of('StructParent');

/**
 * Merges the printed parts into one PDF, their structure trees into one
 * under a `Document` element (in `language`), one `Part` element per part
 * (Chromium's `Document` element of that part, renamed). Each part's
 * parent-tree keys (pages' `StructParents`, annotations' `StructParent`) are
 * moved past the previous parts'; marked-content ids belong to their page
 * and need no change; element ids were made unique when the part was printed
 * (see `prepareTaggedPart`). Every link keeps working: Chromium names each
 * link target of a part (`/Dests`), and the merged document gets all of them,
 * pointing at the copied pages, plus one per part (its id, at its first
 * page); links that left their part (see `printPart`) are turned into links
 * to those names. A link to nothing in the merged PDF is dropped with its
 * place in the structure.
 */
export async function mergeParts(parts: PDFDocument[], ids: string[], language: string): Promise<PDFDocument> {
  // No creation or modification time: the same report prints to the same bytes, so builds stay reproducible.
  const merged = await PDFDocument.create({ updateMetadata: false });
  const { context } = merged;
  const dests = context.obj({});
  const root = context.nextRef();
  const documentElement = context.nextRef();
  const partElements: PDFRef[] = [];
  const parentTree: PDFObject[] = [];
  const idTree: [string, PDFObject][] = [];
  let nextKey = 0;
  for (const [index, part] of parts.entries()) {
    const copier = PDFObjectCopier.for(part.context, context);
    const offset = nextKey;
    const pages = part.getPages();
    const pageOf = new Map<string, PDFRef>();
    for (const page of pages) {
      const ref = copier.copy(page.ref) as PDFRef;
      pageOf.set(page.ref.toString(), ref);
      const node = context.lookup(ref) as PDFPageLeaf;
      const key = node.get(STRUCT_PARENTS);
      if (key instanceof PDFNumber) node.set(STRUCT_PARENTS, PDFNumber.of(key.asNumber() + offset));
      for (const annotation of node.Annots()?.asArray() ?? []) {
        const dict = context.lookupMaybe(annotation, PDFDict);
        const own = dict?.get(STRUCT_PARENT);
        if (own instanceof PDFNumber) dict!.set(STRUCT_PARENT, PDFNumber.of(own.asNumber() + offset));
      }
      merged.addPage(PDFPage.of(node, ref, merged));
    }
    const first = pages[0] && pageOf.get(pages[0].ref.toString());
    if (first) dests.set(PDFName.of(ids[index]!), context.obj([first, 'XYZ', null, null, null]));
    const named = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    for (const [name, value] of named?.entries() ?? []) {
      const target = part.context.lookupMaybe(value, PDFArray);
      const page = target && pageOf.get(target.get(0).toString());
      if (!page || dests.has(name)) continue;
      dests.set(name, context.obj([page, ...target.asArray().slice(1)]));
    }
    const structure = part.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
    if (!structure) continue;
    // The part's Document element becomes a Part of the merged Document: cut from its root before copying, so the
    // copier does not follow it up into the part's whole tree again.
    const element = structure.get(PDFName.of('K'));
    const elementRef = element instanceof PDFArray ? undefined : element;
    const elementDict = elementRef && part.context.lookupMaybe(elementRef, PDFDict);
    if (elementRef instanceof PDFRef && elementDict) {
      elementDict.delete(PDFName.of('P'));
      const copied = copier.copy(elementRef) as PDFRef;
      const dict = context.lookup(copied, PDFDict);
      dict.set(PDFName.of('S'), PDFName.of('Part'));
      dict.set(PDFName.of('P'), documentElement);
      dict.delete(PDFName.of('Lang'));
      partElements.push(copied);
    }
    for (const [key, value] of numberTree(part, structure.lookupMaybe(PDFName.of('ParentTree'), PDFDict))) {
      parentTree.push(PDFNumber.of(key + offset), copier.copy(value));
      nextKey = Math.max(nextKey, key + offset + 1);
    }
    const declared = structure.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber();
    if (declared !== undefined) nextKey = Math.max(nextKey, declared + offset);
    for (const [name, value] of nameTree(part, structure.lookupMaybe(PDFName.of('IDTree'), PDFDict))) idTree.push([name, copier.copy(value)]);
  }
  merged.catalog.set(PDFName.of('Dests'), context.register(dests));
  const dropped = resolveOtherPartLinks(merged, dests);
  context.assign(documentElement, context.obj({ Type: 'StructElem', S: 'Document', P: root, Lang: PDFString.of(language), K: partElements }));
  for (const key of dropped) {
    const at = parentTree.findIndex((item, index) => index % 2 === 0 && (item as PDFNumber).asNumber() === key);
    const link = at >= 0 ? context.lookupMaybe(parentTree[at + 1]!, PDFDict) : undefined;
    if (link) withoutObjectReference(merged, link);
    if (at >= 0) parentTree.splice(at, 2);
  }
  idTree.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  context.assign(
    root,
    context.obj({
      Type: 'StructTreeRoot',
      K: documentElement,
      ParentTree: context.register(context.obj({ Nums: parentTree })),
      ParentTreeNextKey: nextKey,
      ...(idTree.length ? { IDTree: context.register(context.obj({ Names: idTree.flatMap(([name, value]) => [PDFString.of(name.replace(/[\\()]/g, (c) => `\\${c}`)), value]) })) } : {}),
    }),
  );
  merged.catalog.set(PDFName.of('StructTreeRoot'), root);
  merged.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  return merged;
}

/**
 * Turns each link printed to another part's placeholder address into a link
 * to that part's name in `dests`; one whose target is nowhere in this PDF (it
 * cannot happen in a checked report) is removed. Returns the parent-tree keys
 * of the removed annotations.
 */
function resolveOtherPartLinks(merged: PDFDocument, dests: PDFDict): number[] {
  const dropped: number[] = [];
  for (const page of merged.getPages()) {
    const annotations = page.node.Annots();
    for (const ref of annotations?.asArray() ?? []) {
      const annotation = merged.context.lookupMaybe(ref, PDFDict);
      const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      if (!annotation || !uri?.startsWith(OTHER_PART)) continue;
      const name = PDFName.of(decodeURIComponent(uri.slice(OTHER_PART.length)));
      if (!dests.has(name)) {
        annotations!.remove(annotations!.indexOf(ref)!);
        const key = annotation.get(STRUCT_PARENT);
        if (key instanceof PDFNumber) dropped.push(key.asNumber());
        continue;
      }
      annotation.delete(PDFName.of('A'));
      annotation.set(PDFName.of('Dest'), name);
    }
  }
  return dropped;
}

/** Removes a structure element's object references (`OBJR`): the annotation they name is gone. */
function withoutObjectReference(merged: PDFDocument, element: PDFDict): void {
  const kids = element.lookup(PDFName.of('K'));
  if (!(kids instanceof PDFArray)) return;
  for (let index = kids.size() - 1; index >= 0; index--) {
    const kid = merged.context.lookupMaybe(kids.get(index), PDFDict);
    if (kid?.get(PDFName.of('Type')) === PDFName.of('OBJR')) kids.remove(index);
  }
}

/** The entries of a number tree (`Nums`, and `Kids` below it). */
function* numberTree(pdf: PDFDocument, node: PDFDict | undefined): Generator<[number, PDFObject]> {
  if (!node) return;
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray)?.asArray() ?? [];
  for (let index = 0; index + 1 < nums.length; index += 2) yield [(pdf.context.lookup(nums[index]!) as PDFNumber).asNumber(), nums[index + 1]!];
  for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) yield* numberTree(pdf, pdf.context.lookupMaybe(kid, PDFDict));
}

/** The entries of a name tree (`Names`, and `Kids` below it). */
function* nameTree(pdf: PDFDocument, node: PDFDict | undefined): Generator<[string, PDFObject]> {
  if (!node) return;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? [];
  for (let index = 0; index + 1 < names.length; index += 2) yield [(pdf.context.lookup(names[index]!) as PDFString).decodeText(), names[index + 1]!];
  for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) yield* nameTree(pdf, pdf.context.lookupMaybe(kid, PDFDict));
}
