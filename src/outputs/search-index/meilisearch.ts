import { figureKeyCounts } from '../../domain/search-figures.ts';
import { figureToken, meilisearchSettings, type EngineRecord } from '../../domain/search-engine.ts';
import type { SearchIndex } from '../../domain/search-index.ts';
import { sectionUrl } from '../../domain/urls.ts';
import { hanRuns, spellRun } from './pinyin.ts';
import { traditionalForm } from './variants.ts';

// Meilisearch takes up to 100 MB a request by default: files stay well below, so each is one request.
const FILE_BYTES = 20 * 2 ** 20;

/**
 * The search records of an index in Meilisearch's bulk-import format: one
 * record a section (see `EngineRecord`), newline-delimited JSON
 * (`Content-Type: application/x-ndjson`, POST /indexes/{uid}/documents),
 * in files of at most 20 MB each. Normalised with the normalisers the
 * static search uses: OpenCC's tables for the traditional form, the pinyin
 * of `spellRun`, the figure keys of `figureKeyCounts`.
 */
export function meilisearchRecords(index: SearchIndex): EngineRecord[] {
  const spelled = new Map<string, string[]>();
  const spell = (text: string) =>
    hanRuns(text)
      .filter((run) => [...run].length >= 2 && [...run].length <= 8)
      .flatMap((run) => {
        let forms = spelled.get(run);
        if (!forms) spelled.set(run, (forms = pinyinForms(spellRun(run))));
        return forms;
      });
  return index.docs.flatMap(({ doc, sections }, order) => {
    const names = [doc.title, ...doc.tags, doc.seriesTitle, ...doc.place.split(' ')].flatMap(spell);
    return sections.map(([anchor, heading, text], number): EngineRecord => ({
      id: `${doc.id}_${number}`,
      case: doc.id,
      order,
      url: sectionUrl(doc.id, anchor),
      anchor,
      heading,
      text,
      title: doc.title,
      summary: doc.summary,
      series: doc.series,
      seriesTitle: doc.seriesTitle,
      kind: doc.kind,
      kindLabel: doc.kindLabel,
      place: doc.place,
      province: doc.province,
      tags: doc.tags,
      ...(doc.en ? { en_title: doc.en.title, ...(doc.en.summary ? { en_summary: doc.en.summary } : {}) } : {}),
      traditional: traditionalForm(`${doc.title}\n${heading}\n${text}`),
      pinyin: [...new Set([...names, ...spell(heading)])],
      figures: [...new Set([...figureKeyCounts(`${heading}\n${text}`).keys()].map(figureToken))],
    }));
  });
}

/** The pinyin forms of a spelled run (`lan se|zhi gu`): whole (`lansezhigu`), by words (`lanse zhigu`), by initials (`lszg`). */
function pinyinForms(spelled: string): string[] {
  const words = spelled.split('|').map((word) => word.split(' ').filter(Boolean));
  const syllables = words.flat();
  if (syllables.length === 0) return [];
  return [syllables.join(''), words.map((word) => word.join('')).join(' '), syllables.map((syllable) => syllable[0]).join('')];
}

/**
 * The export's files, by path under `search/export/meilisearch/`:
 * `documents-000.ndjson`… and `settings.json` (the index settings the
 * records are made for: searchable, filterable and distinct attributes).
 */
export function meilisearchExportFiles(index: SearchIndex, lang: string): Map<string, string> {
  const files = new Map<string, string>([['settings.json', `${JSON.stringify(meilisearchSettings(lang), null, 2)}\n`]]);
  let lines: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (lines.length) files.set(`documents-${String(files.size - 1).padStart(3, '0')}.ndjson`, `${lines.join('\n')}\n`);
    lines = [];
    bytes = 0;
  };
  for (const record of meilisearchRecords(index)) {
    const line = JSON.stringify(record);
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > FILE_BYTES) flush();
    lines.push(line);
    bytes += size;
  }
  flush();
  return files;
}
