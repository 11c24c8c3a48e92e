import { pinyin } from 'pinyin-pro';
import * as normalise from './normalise.ts';

/**
 * An ASCII URL slug for a Chinese name, from its toneless pinyin:
 * `海上风电` → `haishangfengdian`. Latin letters and digits are kept.
 */
export function pinyinSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    // Kept per process: the same few place names and tags are slugged once per case on every build.
    if (slugs.size >= MAX_KEPT_SLUGS) slugs.clear();
    slugs.set(text, (slug = normalise.slug(pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''))));
  }
  return slug;
}

const MAX_KEPT_SLUGS = 100_000;
const slugs = new Map<string, string>();

// Administrative suffixes read as noise in a URL (山东省 → shandong), but zone names need theirs (烟台开发区).
const ADMINISTRATIVE_SUFFIX = /(?:省|市|区|县)$/;
const ZONE = /开发区|高新区|新区|园区$/;
// Toneless pinyin cannot tell 陕西 from 山西; the official romanisation can (Shaanxi), so the two provinces keep distinct URLs.
const CONVENTIONAL_SPELLINGS = new Map([['陕西', 'shaanxi']]);

/** A slug for a place name, dropping a plain administrative suffix: `蓬莱区` → `penglai`, `烟台开发区` → `yantaikaifaqu`. */
export function placeSlug(name: string): string {
  const plain = (name.length === 3 || name.length === 4) && !ZONE.test(name);
  const stem = plain ? name.replace(ADMINISTRATIVE_SUFFIX, '') : name;
  return CONVENTIONAL_SPELLINGS.get(stem) ?? pinyinSlug(stem);
}

/**
 * Gives every tag a distinct ASCII slug from its pinyin; when two tags share
 * a pinyin (homophones), later ones get `-2`, `-3` in sorted order so URLs
 * stay stable as long as the tag set does. The check has already refused a
 * tag whose pinyin is empty and two spellings of one tag (see
 * `checkTagSpellings`), so homophones are the only tags that share a base.
 */
export function tagSlugs(tags: Iterable<string>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const tag of [...new Set(tags)].sort()) {
    const base = pinyinSlug(tag) || 'tag';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(tag, slug);
  }
  return slugs;
}
