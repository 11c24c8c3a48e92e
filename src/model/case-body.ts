import type { Root } from 'mdast';
import { closest } from '../domain/suggest.ts';
import type { CaseData } from './schemas/case.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseBody } from './body/parse.ts';
import { contentProblems, statTags } from './body/components.ts';
import { proseClaims } from './body/prose-claims.ts';
import { bodySections, type BodySection } from './body/sections.ts';
import { headingSlugs, type BodyHeading } from './body/tree.ts';
import { renderBody, type StatView } from './body/render.ts';
import { ui } from '../site.config.ts';
import { BODY_LIMITS, bodyLimitProblem, treeDepthProblem } from './body/limits.ts';
import { CASE_SECTIONS, emptyBodyProblem, structureProblems } from './body/structure.ts';
import type { CaseSection, Language } from './schemas/casebook.ts';

/** What a casebook's settings decide about every body: the sections it must have, and its language. */
export interface BodyRules {
  sections: readonly CaseSection[];
  lang: Language;
}

const DEFAULT_RULES: BodyRules = { sections: CASE_SECTIONS, lang: 'zh-CN' };

/** A case body read once: its HTML, headings, sections for search, and what is wrong with it. */
export interface CaseBody {
  /** The body as HTML, `<Stat>` filled in from the frontmatter; empty when it does not parse. */
  html: string;
  sections: BodySection[];
  headings: BodyHeading[];
  diagnostics: Diagnostic[];
}

/**
 * Parses a case body and runs every check that needs only this file: the
 * body is within Casebook's limits (size, line length, nesting; see
 * `BODY_LIMITS`), has its four sections, is content (no code, only
 * Casebook's components, safe links), every `<Stat id>` names a declared
 * statistic, every statistic is stated, and no other number in the prose
 * reads as a claim. `bodyLine` is the file line the body starts on, so
 * positions point into the file. Never throws: whatever goes wrong reading
 * one body is a diagnostic for its file.
 */
export function readCaseBody(
  file: string,
  body: string,
  bodyLine: number,
  data: CaseData,
  locate: (path: (string | number)[]) => { line: number; column: number },
  sourceName: (id: string) => string,
  rules: BodyRules = DEFAULT_RULES,
): CaseBody {
  const at = (line: number, column: number, message: string): Diagnostic => ({ file, line: bodyLine + line - 1, column, message });
  const refused = (diagnostic: Diagnostic): CaseBody => ({ html: '', sections: [], headings: [], diagnostics: [diagnostic] });
  try {
    // Odd input is refused before the parser, which recurses once per level of nesting and can take minutes.
    // An empty body also states no statistic; one error says all.
    const limit = bodyLimitProblem(body) ?? emptyBodyProblem(body, rules.sections);
    if (limit) return refused(at(limit.line, limit.column, limit.message));
    const parsed = parseBody(body, bodyLine);
    if (!parsed.ok) return refused(at(parsed.error.line, parsed.error.column, parsed.error.message));
    // Rendering recurses too; the pre-scan's counts are bounds, this is the tree as built.
    const deep = treeDepthProblem(parsed.tree);
    if (deep) return refused(at(deep.line, deep.column, deep.message));
    return checkedBody(parsed.tree, body, data, locate, sourceName, file, at, rules);
  } catch (error) {
    return refused(at(1, 1, unexpected(error)));
  }
}

/** The message for an exception while reading a body: what it was and where in Casebook's code, since no stack is shown. */
function unexpected(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return `nesting too deep to read (the parser ran out of stack): lists, quotes and tags may nest at most ${BODY_LIMITS.nesting} levels`;
  }
  const where = error instanceof Error ? error.stack?.split('\n').find((line) => /^\s+at /.test(line))?.trim() : undefined;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `could not read the body, an error in Casebook (please report it): ${what}${where ? ` (${where})` : ''}`;
}

/** The checks and the rendering of a parsed body within the limits. */
function checkedBody(
  tree: Root,
  body: string,
  data: CaseData,
  locate: (path: (string | number)[]) => { line: number; column: number },
  sourceName: (id: string) => string,
  file: string,
  at: (line: number, column: number, message: string) => Diagnostic,
  rules: BodyRules,
): CaseBody {
  const diagnostics = [...structureProblems(tree, body, rules.sections), ...contentProblems(tree)].map((problem) => at(problem.line, problem.column, problem.message));
  const declared = new Set(data.stats.map((stat) => stat.id));
  const stated = new Set<string>();
  for (const tag of statTags(tree)) {
    stated.add(tag.id);
    if (declared.has(tag.id)) continue;
    const known = [...declared];
    const guess = closest(tag.id, known);
    const hint = guess ? ` (did you mean "${guess}"?)` : known.length ? ` (declared: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})` : '';
    diagnostics.push(at(tag.line, tag.column, `<Stat id="${tag.id}" /> names no statistic declared in this file's stats${hint}`));
  }
  data.stats.forEach((stat, index) => {
    if (stated.has(stat.id)) return;
    diagnostics.push({
      file,
      ...locate(['stats', index, 'id']),
      field: `stats[${index}].id`,
      message: `"${stat.id}" (${stat.figure}) is declared but never stated in the body: add <Stat id="${stat.id}" /> where the text makes this claim`,
    });
  });
  for (const claim of proseClaims(tree)) {
    diagnostics.push(
      at(
        claim.line,
        claim.column,
        claim.unknownUnit
          ? `"${claim.printed}${/^[A-Za-z]/.test(claim.unknownUnit) ? ' ' : ''}${claim.unknownUnit}…": unrecognised unit "${claim.unknownUnit}" after a number; declare the figure in stats with a unit from the catalogue, or wrap a number that is not a claim (a name such as 1861文化创意产业园) in <NotClaim>…</NotClaim>`
          : `"${claim.printed}" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
      ),
    );
  }
  const figures = new Map(data.stats.map((stat) => [stat.id, stat.figure]));
  const slugs = headingSlugs(tree, figures);
  const html = renderBody(tree, statViews(data, sourceName), slugs).html;
  return { html, sections: bodySections(tree, figures, slugs), headings: [...slugs.values()], diagnostics };
}

/** What each `<Stat>` shows: its figure, and on hover what it measures and its source. */
function statViews(data: CaseData, sourceName: (id: string) => string): Map<string, StatView> {
  return new Map(
    data.stats.map((stat) => [
      stat.id,
      { figure: stat.figure, about: [[stat.subject, stat.metric, stat.period].filter(Boolean).join(' · '), ui.body.statSource(sourceName(stat.source.id))].join('\n') },
    ]),
  );
}
