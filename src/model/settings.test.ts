import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings, withCasebookSettings } from './settings.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { optionsFromEnv } from '../options.ts';

const VALID = ['title: Riverside Case Library', 'shortTitle: Case Library', 'description: Case studies of river towns, every figure checked.', 'publisher: Riverside Policy Unit', 'lang: en', 'kinds:', '  community: Community governance', ''].join('\n');

/** A project folder holding one content folder `book` whose casebook.yaml is `text` (none when undefined). */
async function project(text: string | undefined): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'casebook-settings-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, 'book'));
  if (text !== undefined) await writeFile(path.join(dir, 'book/casebook.yaml'), text);
  return dir;
}

const problems = async (text: string | undefined) => readSettings(await project(text), 'book').diagnostics.map(formatDiagnostic);

describe('casebook.yaml', () => {
  it('reads a valid file, with the sections and defaults of its language', async () => {
    const { settings, diagnostics } = readSettings(await project(VALID), 'book');
    expect(diagnostics).toEqual([]);
    expect(settings).toMatchObject({ title: 'Riverside Case Library', lang: 'en', kinds: { community: 'Community governance' }, sourceTexts: { folder: 'texts', optional: false } });
    expect(settings.sections.map((section) => section.name)).toEqual(['Background', 'What was done', 'Results', 'Lessons']);
    const zh = readSettings(await project(VALID.replace('lang: en', 'lang: zh-CN')), 'book').settings;
    expect(zh.sections.map((section) => section.name)).toEqual(['背景', '主要做法', '成效', '启示']);
  });

  it('says where a missing, empty or malformed file is', async () => {
    expect(await problems(undefined)).toEqual([expect.stringMatching(/^book\/casebook\.yaml:1:1 there is no casebook\.yaml in the content folder: every casebook names its title, language and kinds there/)]);
    expect(await problems('  \n')).toEqual([expect.stringMatching(/^book\/casebook\.yaml:1:1 casebook\.yaml is empty: it needs at least title/)]);
    const [malformed] = await problems(`${VALID}kinds: [oops\n`);
    expect(malformed).toMatch(/^book\/casebook\.yaml:\d+:\d+ /);
  });

  it('names the line and field of each wrong or missing setting', async () => {
    expect(await problems(VALID.replace('lang: en', 'lang: fr').replace('publisher: Riverside Policy Unit\n', ''))).toEqual([
      'book/casebook.yaml:1:1 publisher: is required but missing',
      'book/casebook.yaml:4:7 lang: must be one of: zh-CN, en',
    ]);
    expect(await problems(VALID.replace('  community: Community governance\n', '  Community: Community governance\n'))).toEqual([
      expect.stringMatching(/^book\/casebook\.yaml:7:\d+ kinds\.Community: a kind id must be lower-case letters/),
    ]);
    expect(await problems(`${VALID}sections:\n  - name: Results\n  - name: Outcomes\n    also: [Results]\n`)).toEqual([
      'book/casebook.yaml:10:11 sections[1].name: "Results" is already a name of section 1: each heading may name one section',
    ]);
    expect(await problems(`${VALID}colour: blue\n`)).toEqual(['book/casebook.yaml:8:9 colour: unknown field "colour"']);
  });

  it('gives the build its base path, URL, cards and reports unless the environment says otherwise', async () => {
    const dir = await project(`${VALID}base: /cases/\nurl: https://cases.example.org\ncards: { enabled: false }\n`);
    const { settings } = readSettings(dir, 'book');
    const options = withCasebookSettings(optionsFromEnv(dir, { CASEBOOK_CONTENT: 'book' }), settings, { CASEBOOK_CONTENT: 'book' });
    expect(options).toMatchObject({ base: '/cases/', siteUrl: 'https://cases.example.org', cards: false, reports: true });
    const env = { CASEBOOK_CONTENT: 'book', CASEBOOK_BASE: '/', CASEBOOK_CARDS: 'on', CASEBOOK_SITE_URL: 'https://other.example.org' };
    expect(withCasebookSettings(optionsFromEnv(dir, env), settings, env)).toMatchObject({ base: '/', siteUrl: 'https://other.example.org', cards: true });
  });
});
