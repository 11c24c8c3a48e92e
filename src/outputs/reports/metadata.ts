import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { escapeHtml } from '../../domain/html.ts';

/** Document information written into each PDF. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
}

/**
 * Title, author, subject, language and creator in the document information
 * and in an XMP metadata stream, which PDF/UA-1 requires and which names the
 * file as PDF/UA-1 (`pdfuaid:part`); the title, not the file name, shown in
 * the viewer's window (`DisplayDocTitle`). No dates: the same report prints
 * to the same bytes.
 */
export function setMetadata(pdf: PDFDocument, info: PdfInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setLanguage(info.language);
  pdf.setCreator('Casebook');
  pdf.setProducer('Casebook (Chromium, pdf-lib)');
  const stream = pdf.context.stream(Buffer.from(xmp(info), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

/** The XMP packet of `info` (Dublin Core, PDF and PDF/UA identification schemas). */
function xmp(info: PdfInfo): string {
  const text = (value: string) => escapeHtml(value);
  const language = text(info.language);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdf:Producer>Casebook (Chromium, pdf-lib)</pdf:Producer>
   <xmp:CreatorTool>Casebook</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
