import { reportVolumes } from '../domain/report-volumes.ts';
import { reportPdfUrl, siteUrl } from '../domain/urls.ts';
import { site, ui } from '../site.config.ts';

/** The PDFs of a report of `cases` cases: one, or one per volume (see reportVolumes). */
export function reportPdfs(id: string, cases: number): { name: string; href: string }[] {
  const volumes = reportVolumes(cases, site.reportVolumeChapters);
  return volumes.map((volume) => ({ name: volumes.length > 1 ? ui.reports.volumeName(volume.number) : ui.reports.pdf, href: reportPdfUrl(id, volume) }));
}

/**
 * Where a page's "PDF" link for a report leads: the PDF itself, or, for a
 * report printed in volumes, its entry on the reports page, which lists
 * every volume.
 */
export function reportPdfLink(id: string, cases: number): { href: string; label: string } {
  const pdfs = reportPdfs(id, cases);
  return pdfs.length === 1 ? { href: pdfs[0]!.href, label: ui.reports.pdf } : { href: `${siteUrl('/reports/')}#report-${id}`, label: ui.reports.pdfVolumes(pdfs.length) };
}
