/** One volume of a report: a run of its chapters (oldest first), printed as one PDF. */
export interface ReportVolume {
  /** 1-based. */
  number: number;
  /** How many volumes the report has. */
  of: number;
  /** Index of the volume's first chapter in the whole report, 0-based. */
  from: number;
  /** Index after its last chapter. */
  to: number;
}

/** Chapters in a volume unless the site settings say otherwise (`reportVolumeChapters`). */
export const VOLUME_CHAPTERS = 50;

/**
 * Splits a report of `chapters` chapters into volumes of `size` chapters,
 * the last one holding what is left. Volumes are fixed runs, not balanced:
 * a new case (the newest chapter) only changes the last volume, and an
 * edited case only its own, so a rebuild prints one volume again, not the
 * whole report. A report of `size` chapters or fewer is one volume.
 */
export function reportVolumes(chapters: number, size: number = VOLUME_CHAPTERS): ReportVolume[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a volume needs at least one chapter, not ${size}`);
  const of = Math.max(1, Math.ceil(chapters / size));
  return Array.from({ length: of }, (_, index) => ({ number: index + 1, of, from: index * size, to: Math.min(chapters, (index + 1) * size) }));
}
