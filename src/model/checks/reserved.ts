import type { Casebook } from '../load.ts';
import { fieldPath, type Diagnostic } from '../diagnostics.ts';
import { regionsOf } from '../../domain/regions.ts';
import { pinyinSlug } from '../../domain/slug.ts';

/**
 * Series ids the site's own pages use, by route (src/pages): a series' report
 * is `/reports/<series>/`, beside the whole casebook's `/reports/casebook/`
 * (src/pages/reports/[...report].astro), and its card beside the whole
 * casebook's report card. Case, tag, region and kind pages have folders of
 * their own (`/cases/<id>/`, `/tags/<slug>/`…), with nothing else in them.
 */
export const RESERVED_SERIES_IDS: ReadonlyMap<string, string> = new Map([['casebook', 'the whole-casebook report, /reports/casebook/']]);

// Names Windows keeps for devices: a page or file named so cannot be copied to, or served from, a Windows machine.
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Ids and URL segments that would take a route the site uses or a file name
 * an operating system keeps: a series named `casebook` would replace the
 * whole-casebook report (Astro only warns of the clash); a case, series,
 * source, tag, region or kind whose URL segment is `con`, `nul`, `aux`… makes
 * a site that cannot be copied to Windows. Drafts too: publishing one must
 * not break the site.
 */
export function checkReservedIds(casebook: Casebook): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const file = (entry: { file: string }, message: string) => diagnostics.push({ file: entry.file, line: 1, column: 1, message });
  const device = (segment: string) => DEVICE_NAMES.test(segment);
  const deviceWords = (segment: string) => `"${segment}" is a name Windows keeps for a device, so the page or file named after it cannot be copied to or served from Windows`;
  for (const entry of casebook.series) {
    const route = RESERVED_SERIES_IDS.get(entry.id);
    if (route) file(entry, `the series id "${entry.id}" is taken by ${route}: rename the file (e.g. ${entry.id}-series.yaml) and the cases' series: fields`);
    else if (device(entry.id)) file(entry, `${deviceWords(entry.id)}: rename the file`);
  }
  for (const entry of [...casebook.cases, ...casebook.sources]) if (device(entry.id)) file(entry, `${deviceWords(entry.id)}: rename the file`);
  for (const entry of casebook.cases) {
    entry.data.tags.forEach((tag, index) => {
      const slug = pinyinSlug(tag);
      if (device(slug)) diagnostics.push({ file: entry.file, ...entry.source.locate(['tags', index]), field: fieldPath(['tags', index]), message: `the tag's URL ${deviceWords(slug)}: write the tag another way` });
    });
    const levels = ['province', 'city', 'district'] as const;
    for (const [index, region] of regionsOf(entry.data.place).entries()) {
      const segment = region.path.split('/').at(-1)!;
      if (device(segment)) {
        const path = ['place', levels[index]!];
        diagnostics.push({ file: entry.file, ...entry.source.locate(path), field: fieldPath(path), message: `the region's URL ${deviceWords(segment)}: write the place name in full` });
      }
    }
  }
  for (const kind of Object.keys(casebook.settings.kinds)) {
    if (device(kind)) diagnostics.push({ file: casebook.settingsFile.file, ...(casebook.settingsFile.source?.locate(['kinds', kind]) ?? { line: 1, column: 1 }), field: `kinds.${kind}`, message: `${deviceWords(kind)}: name the kind another way` });
  }
  return diagnostics;
}
