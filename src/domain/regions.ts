import { placeSlug } from './slug.ts';

/** A case's place, as the schema reads it: province and city, and a district when narrower. */
interface Place {
  province: string;
  city: string;
  district?: string;
}

/** One level of the region tree: a province, a city or a district. */
export interface Region {
  /** Names from the province down, e.g. `['山东省', '烟台市']`. */
  names: string[];
  /** URL path under `/regions/`, e.g. `shandong/yantai`. */
  path: string;
}

/** The region and each enclosing region of a place, province first. */
export function regionsOf(place: Place): Region[] {
  const names = [place.province, place.city, place.district].filter((name): name is string => Boolean(name));
  return names.map((_, index) => {
    const prefix = names.slice(0, index + 1);
    return { names: prefix, path: prefix.map(placeSlug).join('/') };
  });
}

/** Whether `place` lies inside `region` (or is it). */
export function placeInRegion(place: Place, region: Region): boolean {
  const names = [place.province, place.city, place.district];
  return region.names.every((name, index) => names[index] === name);
}
