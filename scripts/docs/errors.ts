import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteCasebook } from '../../src/integration/casebook.ts';
import { optionsSchema, resolveOptions } from '../../src/options.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { SCENARIOS, SECTIONS, type Project, type Scenario } from './scenarios.ts';
import { codeSpan, tableCell } from './markdown.ts';

/** One error as an editor sees it: where it points and what it says, under the problem that caused it. */
export interface ErrorRow {
  scenario: Scenario;
  /** `content/…:line:col`, as `npm run check` prints it. */
  where: string;
  field?: string;
  message: string;
}

/** The errors of a check run, with the folder they were checked in written as `content/`. */
async function check(root: string, content: string, sourceTexts: string): Promise<Diagnostic[]> {
  const options = resolveOptions(optionsSchema.parse({ root, content, sourceTexts, cards: false, reports: false }));
  const { diagnostics } = await loadSiteCasebook(options);
  const prefix = `${content}/`;
  // The root as the checks print it (no trailing slash), so no path of this machine reaches the page.
  const at = `${path.resolve(root)}/`;
  const relative = (text: string) => text.split(at).join('').split(prefix).join('content/');
  return diagnostics.map((diagnostic) => ({ ...diagnostic, file: relative(diagnostic.file), message: relative(diagnostic.message) }));
}

const rowOf = (scenario: Scenario, diagnostic: Diagnostic): ErrorRow => ({
  scenario,
  where: `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`,
  field: diagnostic.field,
  message: diagnostic.message,
});

const formatted = (diagnostic: Diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}${diagnostic.field ? ` ${diagnostic.field}` : ''}: ${diagnostic.message}`;

/** A scratch project holding the valid fixture as `content/`. */
async function scratchProject(root: string): Promise<Project> {
  const folder = await mkdtemp(path.join(tmpdir(), 'casebook-docs-'));
  await cp(path.join(root, 'tests/fixtures/valid'), path.join(folder, 'content'), { recursive: true });
  const file = (name: string) => path.join(folder, name);
  return {
    root: folder,
    read: (name) => readFile(file(name), 'utf8'),
    write: (name, text) => writeFile(file(name), text),
    async replace(name, from, to) {
      const text = await readFile(file(name), 'utf8');
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`${name} has no ${String(from)} to replace`);
      await writeFile(file(name), changed);
    },
  };
}

/**
 * Runs the real checks (the build's, cards included) over every scenario:
 * the bad-input fixtures of the tests as they are, and edits of the valid
 * fixture. Every error of a fixture must belong to one scenario, and every
 * scenario must produce an error, so the table neither misses nor invents one.
 */
export async function collectErrors(root: string): Promise<ErrorRow[]> {
  const fixtures = [...new Set(SCENARIOS.flatMap((scenario) => (scenario.fixture ? [scenario.fixture] : [])))];
  const byFixture = new Map<string, Diagnostic[]>();
  for (const fixture of fixtures) {
    const content = `tests/fixtures/${fixture}`;
    const texts = existsSync(path.join(root, content, 'texts')) ? `${content}/texts` : 'tests/fixtures/valid/texts';
    byFixture.set(fixture, await check(root, content, texts));
  }
  const rows = new Map<Scenario, ErrorRow[]>();
  for (const [fixture, diagnostics] of byFixture) {
    for (const diagnostic of diagnostics) {
      const owners = SCENARIOS.filter((scenario) => scenario.fixture === fixture && (!scenario.match || scenario.match.test(formatted(diagnostic))));
      if (owners.length !== 1) throw new Error(`tests/fixtures/${fixture}: ${owners.length} scenarios describe ${formatted(diagnostic)}; add or narrow one in scripts/docs/scenarios.ts`);
      rows.set(owners[0]!, [...(rows.get(owners[0]!) ?? []), rowOf(owners[0]!, diagnostic)]);
    }
  }
  // Each edit in a project of its own, all at once: most of the time is file work.
  await Promise.all(
    SCENARIOS.filter((candidate) => candidate.edit).map(async (scenario) => {
      const project = await scratchProject(root);
      try {
        await scenario.edit!(project);
        rows.set(scenario, (await check(project.root, 'content', 'content/texts')).map((diagnostic) => rowOf(scenario, diagnostic)));
      } finally {
        await rm(project.root, { recursive: true, force: true });
      }
    }),
  );
  for (const scenario of SCENARIOS) {
    if (!rows.get(scenario)?.length) throw new Error(`"${scenario.problem.en}" produced no error: fix its input in scripts/docs/scenarios.ts`);
  }
  return SCENARIOS.flatMap((scenario) => rows.get(scenario)!);
}

/** The error table in Markdown, one table per section; each cell in Chinese, then English. */
export function errorTables(rows: readonly ErrorRow[]): string {
  const out: string[] = [];
  for (const [key, title] of Object.entries(SECTIONS)) {
    const inSection = rows.filter((row) => row.scenario.section === key);
    if (inSection.length === 0) continue;
    out.push(`### ${title.zh} · ${title.en}`, '', '| 问题 Problem | 报错 Message | 指向 Points at | 怎么改 How to fix |', '| --- | --- | --- | --- |');
    let previous: Scenario | undefined;
    for (const row of inSection) {
      const first = row.scenario !== previous;
      previous = row.scenario;
      const problem = first ? `${row.scenario.problem.zh}<br>${row.scenario.problem.en}` : '〃';
      const fix = first ? `${row.scenario.fix.zh}<br>${row.scenario.fix.en}` : '〃';
      const where = `${codeSpan(row.where)}${row.field ? ` ${codeSpan(row.field)}` : ''}`;
      out.push(`| ${tableCell(problem)} | ${codeSpan(row.message)} | ${where} | ${tableCell(fix)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
