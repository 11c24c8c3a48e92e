import type { LoadedCase } from '../load.ts';
import { regionsOf } from '../../domain/regions.ts';
import { fieldPath, type Diagnostic } from '../diagnostics.ts';
import { pinyinSlug, placeSlug } from '../../domain/slug.ts';
import * as normalise from '../../domain/normalise.ts';
import { addTo } from '../../domain/append-all.ts';

/** A value in a case's frontmatter, located only when a message needs it (locating parses the YAML again). */
interface Occurrence {
  entry: LoadedCase;
  path: (string | number)[];
}

const at = ({ entry, path }: Occurrence) => entry.source.locate(path);
const where = (occurrence: Occurrence) => {
  const { line, column } = at(occurrence);
  return `${occurrence.entry.file}:${line}:${column}`;
};
const diagnostic = (occurrence: Occurrence, message: string): Diagnostic => ({
  file: occurrence.entry.file,
  ...at(occurrence),
  field: fieldPath(occurrence.path),
  message,
});

const PLACE_LEVELS = ['province', 'city', 'district'] as const;

/**
 * Region pages are made from the cases' places, each level's URL segment
 * from the name's pinyin (`placeSlug`). A name that makes an empty segment
 * (`——`) would link to `/regions/guangdong/yunfu//`; two names in one
 * region that make the same segment (`蓬莱区`, `蓬莱县`) would share one
 * page under the first name. Both are errors, the second naming where the
 * other name is written. A collision is reported once, at the highest level
 * where the names part. Drafts are checked too, so publishing one cannot
 * break the site.
 */
export function checkRegionSlugs(cases: readonly LoadedCase[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, { names: string[]; occurrence: Occurrence }>();
  for (const entry of cases) {
    for (const [index, { names, path }] of regionsOf(entry.data.place).entries()) {
      const name = names.at(-1)!;
      const occurrence = { entry, path: ['place', PLACE_LEVELS[index]!] };
      if (!placeSlug(name)) {
        diagnostics.push(diagnostic(occurrence, `"${name}" makes an empty URL segment (/regions/${path}/): a place name needs Chinese characters, Latin letters or digits`));
        break;
      }
      const seen = first.get(path);
      if (!seen) {
        first.set(path, { names, occurrence });
        continue;
      }
      const other = seen.names.at(-1)!;
      if (other === name) continue;
      // Only the level where the names part is reported: below it, the paths collide because their parents do.
      if (seen.names.slice(0, -1).join('/') === names.slice(0, -1).join('/')) {
        diagnostics.push(
          diagnostic(
            occurrence,
            `"${name}" and "${other}" (${where(seen.occurrence)}) make the same region URL /regions/${path}/: write one name for one place (a region's URL is the pinyin of its name without 省, 市, 区 or 县)`,
          ),
        );
      }
      break;
    }
  }
  return diagnostics;
}

/**
 * Tag pages are made from the tags' pinyin. A tag that makes an empty URL
 * (`——`, an emoji) is an error. Two spellings of one tag (see `normalise.tag`:
 * `“两新”组织` and `两新组织`) would make two pages for one topic, so every
 * use of the less used spelling is an error naming the other, at the first
 * place it is written; the editor chooses the spelling readers see.
 * Homophones (`党建`, `当肩`) are different tags and get `-2` URLs.
 */
export function checkTagSpellings(cases: readonly LoadedCase[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map<string, { tag: string; occurrence: Occurrence }[]>();
  for (const entry of cases) {
    entry.data.tags.forEach((tag, index) => {
      const occurrence = { entry, path: ['tags', index] };
      if (!pinyinSlug(tag)) {
        diagnostics.push(diagnostic(occurrence, `"${tag}" makes an empty URL (/tags//): a tag needs Chinese characters, Latin letters or digits`));
        return;
      }
      const key = normalise.tag(tag);
      addTo(byKey, key, { tag, occurrence });
    });
  }
  for (const uses of byKey.values()) {
    const counts = new Map<string, number>();
    for (const { tag } of uses) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The spelling used most stands; on a tie, the one written first.
    const [main] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
    const mainAt = where(uses.find((use) => use.tag === main)!.occurrence);
    for (const { tag, occurrence } of uses) {
      if (tag === main) continue;
      diagnostics.push(
        diagnostic(
          occurrence,
          `"${tag}" is the tag "${main}" (${mainAt}) written another way: write "${main}" (tags are compared without punctuation, spaces and letter case)`,
        ),
      );
    }
  }
  return diagnostics;
}
