// What `npm run init` writes, read as files: every piece refers to the others, every statistic of the example is
// printed in the source text it cites, and a folder that holds anything is refused with nothing written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { STARTER_LANGUAGES, StarterRefused, starterFiles, writeStarterCasebook } from './index.ts';
import { STARTER_SECTIONS } from './sections.ts';
import { copiedRuns } from '../../domain/originality.ts';

const DATE = '2026-12-06';

function temporaryFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'casebook-starter-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The starter's files by path, the case's frontmatter and body split apart. */
function starter(lang: (typeof STARTER_LANGUAGES)[number]) {
  const files = new Map(starterFiles(lang, DATE).map((file) => [file.path, file.text]));
  const settings = load(files.get('casebook.yaml')!) as Record<string, unknown> & { kinds: Record<string, string>; sections: { name: string; also?: string[] }[]; search: { examples: string[] } };
  const casePath = [...files.keys()].find((name) => name.startsWith('cases/'))!;
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(files.get(casePath)!)!;
  const data = load(frontmatter!, { schema: JSON_SCHEMA }) as { kind: string; series: string; sources: string[]; date: string; stats: { id: string; figure: string; source: string }[] };
  const source = load(files.get(`sources/${data.sources[0]}.yaml`)!) as { text: string; description: string; note: string };
  return { files, settings, data, body: body!, source, sourceText: files.get(`texts/${source.text}`) };
}

describe.each(STARTER_LANGUAGES)('the %s starter casebook', (lang) => {
  it('holds casebook.yaml, a series, a source with its text and one example case that refer to each other', () => {
    const { files, settings, data, source, sourceText } = starter(lang);
    expect([...files.keys()].map((name) => name.split('/')[0])).toEqual(['casebook.yaml', 'series', 'sources', 'texts', 'cases']);
    expect(settings.lang).toBe(lang);
    expect(Object.keys(settings.kinds)).toContain(data.kind);
    expect(files.has(`series/${data.series}.yaml`)).toBe(true);
    expect(sourceText).toBeDefined();
    expect(data.date).toBe(DATE);
    // Invented, and saying so where an editor and a reader look: the record, the text, the case.
    expect(`${source.description} ${source.note}`).toMatch(/示例|[Ee]xample/);
    expect(sourceText).toMatch(/npm run init/);
  });

  it('writes the language\'s default sections, and the example case has them in order', () => {
    const { settings, body } = starter(lang);
    expect(settings.sections.map((section) => section.name)).toEqual(STARTER_SECTIONS[lang].map((section) => section.name));
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(STARTER_SECTIONS[lang].map((section) => section.name));
  });

  it('prints every statistic of the example in its source text, states each in the body, and searches for words the case uses', () => {
    const { data, body, sourceText, settings, files } = starter(lang);
    expect(data.stats.length).toBeGreaterThanOrEqual(3);
    for (const stat of data.stats) {
      expect(sourceText).toContain(stat.figure);
      expect(body).toContain(`<Stat id="${stat.id}" />`);
    }
    const caseText = [...files].find(([name]) => name.startsWith('cases/'))![1].toLowerCase();
    for (const example of settings.search.examples) expect(caseText).toContain(example.toLowerCase().split(' ')[0]);
  });

  it('writes the example in its own words: no run of the source text as long as the check refuses', () => {
    const { body, sourceText } = starter(lang);
    expect(copiedRuns(body, [sourceText!])).toEqual([]);
  });

  it('leaves the title, description and publisher as placeholders an editor sees at once', () => {
    const { settings } = starter(lang);
    for (const field of ['title', 'shortTitle', 'description', 'publisher']) expect(settings[field]).toMatch(lang === 'en' ? /EDIT ME/ : /待改/);
  });
});

describe('writeStarterCasebook', () => {
  it('creates the folder and its missing parents and writes every file', async () => {
    const folder = path.join(temporaryFolder(), 'a', 'b', 'casebook');
    const written = await writeStarterCasebook(folder, 'zh-CN', DATE);
    expect(written).toContain('casebook.yaml');
    for (const file of written) expect(readFileSync(path.join(folder, file), 'utf8').length).toBeGreaterThan(0);
  });

  it('writes into an empty folder', async () => {
    const folder = temporaryFolder();
    await writeStarterCasebook(folder, 'en', DATE);
    expect(readdirSync(folder).sort()).toEqual(['casebook.yaml', 'cases', 'series', 'sources', 'texts']);
  });

  it('refuses a folder that holds anything, even a hidden file, and writes nothing', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, '.keep'), '');
    await expect(writeStarterCasebook(folder, 'zh-CN', DATE)).rejects.toThrow(StarterRefused);
    await expect(writeStarterCasebook(folder, 'zh-CN', DATE)).rejects.toThrow(`${folder} is not empty (.keep); choose a new or empty folder`);
    expect(readdirSync(folder)).toEqual(['.keep']);
  });

  it('refuses a file where the folder should be', async () => {
    const file = path.join(temporaryFolder(), 'casebook');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x');
    await expect(writeStarterCasebook(file, 'en', DATE)).rejects.toThrow(`${file} is a file, not a folder`);
  });
});
