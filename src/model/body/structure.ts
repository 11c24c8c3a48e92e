import type { Heading, Nodes, Root } from 'mdast';
import type { BodyProblem } from './components.ts';
import { readerText } from './tree.ts';
import { DEFAULT_SECTIONS, type CaseSection } from '../schemas/casebook.ts';

/**
 * The sections every case has by default (a Chinese casebook's), as level-2
 * headings in this order, so a reader can scan any case the same way. A
 * casebook names its own in `casebook.yaml` (`sections`), or gets its
 * language's default.
 */
export const CASE_SECTIONS: readonly CaseSection[] = DEFAULT_SECTIONS['zh-CN'];

const count = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ruleOf = (sections: readonly CaseSection[]) =>
  `a case has ${count[sections.length] ?? sections.length} level-2 section${sections.length === 1 ? '' : 's'} in this order: ${sections.map((section) => `## ${section.name}`).join(', ')}`;

// The level-2 headings found, for every message: what the editor has, beside what is wanted.
const foundList = (headings: { text: string }[]) =>
  headings.length ? `found: ${headings.slice(0, 8).map((heading) => `## ${heading.text}`).join(', ')}${headings.length > 8 ? ', …' : ''}` : 'found: no level-2 headings';

/** The section a heading's text names, by its position in `sections`, or -1. Case and spacing do not matter in Latin headings. */
function sectionOf(sections: readonly CaseSection[], text: string): number {
  const fold = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = fold(text);
  return sections.findIndex((section) => fold(section.name) === wanted || section.also.some((name) => fold(name) === wanted));
}

/** An empty body (nothing but whitespace) as one problem at its first line: it lacks everything else too. */
export function emptyBodyProblem(body: string, sections: readonly CaseSection[] = CASE_SECTIONS): BodyProblem | undefined {
  return body.trim() === '' ? { line: 1, column: 1, message: `the body is empty: ${ruleOf(sections)}` } : undefined;
}

/**
 * What is wrong with the outline of a body: it is empty, or one of the four
 * sections (see `CASE_SECTIONS`) is missing, repeated or out of order. A
 * missing section is reported at the last level-2 heading before the place
 * it belongs (where a misspelt `## 效果` stands), or at the body's first
 * line; a section written at another level (`### 成效`) at that heading.
 * Other level-2 headings may stand between the sections.
 */
export function structureProblems(tree: Root, body: string, sections: readonly CaseSection[] = CASE_SECTIONS): BodyProblem[] {
  const RULE = ruleOf(sections);
  const empty = emptyBodyProblem(body, sections);
  if (empty) return [empty];
  const headings: { text: string; depth: number; line: number; column: number }[] = [];
  for (const node of tree.children as Nodes[]) {
    if (node.type !== 'heading') continue;
    const heading = node as Heading;
    headings.push({ text: readerText(heading, new Map()).trim(), depth: heading.depth, line: heading.position?.start.line ?? 1, column: heading.position?.start.column ?? 1 });
  }
  const level2 = headings.filter((heading) => heading.depth === 2);
  const found = foundList(level2);
  const problems: BodyProblem[] = [];
  // Where each section first stands among the level-2 headings.
  const first = sections.map(() => -1);
  level2.forEach((heading, index) => {
    const section = sectionOf(sections, heading.text);
    if (section < 0) return;
    if (first[section]! < 0) {
      first[section] = index;
      return;
    }
    problems.push({ line: heading.line, column: heading.column, message: `section ## ${heading.text} appears twice: ${RULE} (${found})` });
  });
  // Missing sections that belong at the same place are one problem.
  const missing = new Map<string, { at: { line: number; column: number }; names: string[] }>();
  sections.forEach((section, index) => {
    if (first[index]! >= 0) return;
    const elsewhere = headings.find((heading) => heading.depth !== 2 && sectionOf(sections, heading.text) === index);
    if (elsewhere) {
      problems.push({
        line: elsewhere.line,
        column: elsewhere.column,
        message: `missing section ## ${section.name} (${'#'.repeat(elsewhere.depth)} ${elsewhere.text} here is a level-${elsewhere.depth} heading: write ## ${elsewhere.text}): ${RULE} (${found})`,
      });
      return;
    }
    const next = first.slice(index + 1).find((position) => position >= 0) ?? level2.length;
    const before = level2[next - 1];
    const at = before ? { line: before.line, column: before.column } : { line: 1, column: 1 };
    const key = `${at.line}:${at.column}`;
    const group = missing.get(key) ?? { at, names: [] };
    group.names.push(`## ${section.name}`);
    missing.set(key, group);
  });
  for (const { at, names } of missing.values()) {
    const listed = names.length > 1 ? `sections ${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : `section ${names[0]}`;
    problems.push({ ...at, message: `missing ${listed}: ${RULE} (${found})` });
  }
  // Out of order: the sections outside the longest run already in order (so one section moved is one problem).
  const present = sections.map((_, index) => index).filter((index) => first[index]! >= 0);
  let inOrder: number[] = [];
  for (let subset = 0; subset < 1 << present.length; subset++) {
    const chosen = present.filter((_, bit) => subset & (1 << bit));
    if (chosen.length > inOrder.length && chosen.every((section, at) => at === 0 || first[section]! > first[chosen[at - 1]!]!)) inOrder = chosen;
  }
  for (const section of present) {
    if (inOrder.includes(section)) continue;
    const heading = level2[first[section]!]!;
    problems.push({ line: heading.line, column: heading.column, message: `section ## ${heading.text} is out of order: ${RULE} (${found})` });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
