import { bodyPosition, type Casebook, type LoadedCase } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { findClaims } from '../../domain/figure/scan.ts';

const STAT_TAG = /<Stat\b[^>]*?\bid\s*=\s*["']([^"']*)["'][^>]*?\/>/g;
// Blanked out before scanning for claims, keeping offsets so positions stay right.
const NOT_PROSE = [/<Stat\b[^>]*\/>/g, /<NotClaim>[\s\S]*?<\/NotClaim>/g, /```[\s\S]*?```/g, /`[^`\n]*`/g, /\{\/\*[\s\S]*?\*\/\}/g];

/**
 * Prose and data must say the same thing: every declared statistic is stated
 * in the body through `<Stat id="…" />`, every `<Stat>` names a declared
 * statistic, and no number in the body reads as a claim (a figure with a unit
 * or measure word) unless it is a `<Stat>`.
 */
export function checkProse(casebook: Casebook): Diagnostic[] {
  return casebook.cases.flatMap((entry) => [...checkStatTags(entry), ...checkUndeclaredClaims(entry)]);
}

function checkStatTags(entry: LoadedCase): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declared = new Set(entry.data.stats.map((stat) => stat.id));
  const stated = new Set<string>();
  for (const match of entry.body.matchAll(STAT_TAG)) {
    const id = match[1]!;
    stated.add(id);
    if (!declared.has(id)) {
      diagnostics.push({
        file: entry.file,
        ...bodyPosition(entry, match.index!),
        message: `<Stat id="${id}" /> names no statistic declared in this file's stats`,
      });
    }
  }
  entry.data.stats.forEach((stat, index) => {
    if (stated.has(stat.id)) return;
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(['stats', index, 'id']),
      field: `stats[${index}].id`,
      message: `"${stat.id}" (${stat.figure}) is declared but never stated in the body: add <Stat id="${stat.id}" /> where the text makes this claim`,
    });
  });
  return diagnostics;
}

function checkUndeclaredClaims(entry: LoadedCase): Diagnostic[] {
  const prose = NOT_PROSE.reduce((text, pattern) => text.replace(pattern, (match) => match.replace(/[^\n]/g, ' ')), entry.body);
  return findClaims(prose).map((claim) => ({
    file: entry.file,
    ...bodyPosition(entry, claim.offset),
    message: `"${claim.figure.printed}" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
  }));
}
