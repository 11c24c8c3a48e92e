import { describe, expect, it, onTestFinished } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './checks/index.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { scaffoldCase, scaffoldSeries, scaffoldSource } from './scaffold.ts';
import { locateFigures } from '../domain/figure/locate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = path.join(root, 'tests/fixtures/valid');

/** A copy of the valid fixture with `text` as a new case (and any `more` files), checked against the fixture's source texts. */
async function checkWith(id: string, text: string, more: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'casebook-new-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await cp(fixture, path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, 'content/cases', `${id}.mdx`), text);
  for (const [file, body] of Object.entries(more)) await writeFile(path.join(dir, 'content', file), body);
  return checkCasebook(dir, { contentDir: 'content', sourceTexts: 'content/texts' });
}

describe('npm run new', async () => {
  const sourceText = await readFile(path.join(fixture, 'texts/002_53224f3071a808ca.txt'), 'utf8');
  const answers = { id: 'new-case', series: 'penglai-chain', kind: 'park', place: { province: '山东省', city: '烟台市' }, sources: ['spread-b14-b15'], date: '2026-11-30' };
  const text = scaffoldCase(answers, [{ source: 'spread-b14-b15', figures: locateFigures(sourceText) }]);

  it('writes a draft with the four sections that passes the check as it is', async () => {
    expect(text).toMatch(/\ndraft: true\n/);
    expect(text.match(/^## (背景|主要做法|成效|启示)$/gm)).toEqual(['## 背景', '## 主要做法', '## 成效', '## 启示']);
    const result = await checkWith('new-case', text);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.casebook.cases.find((entry) => entry.id === 'new-case')!.data.draft).toBe(true);
  });

  it('offers the figures the source prints, each with its sentence, and one kept passes the figure check', async () => {
    expect(text).toContain('#    figure: "126米"');
    expect(text).toMatch(/#    # 原文第 1 段：远瑞169轮运载的风电叶片长【126米】，从蓬莱启运。/);
    // The editor keeps the first figure offered: uncomments it, names it and states it in the body.
    const block = /#  - id: (figure-\d+)\n#    figure: "126米"\n(?:#    .*\n)+/.exec(text)!;
    const kept = block[0].replace(/^# /gm, '').replace('subject: 待填', 'subject: 远瑞169轮运载的风电叶片').replace('metric: 待填', 'metric: 长度');
    const edited = text.replace('stats: []\n', `stats:\n${kept}`).replace('（待写）具体做了什么。', `叶片长<Stat id="${block[1]}" />。`);
    const result = await checkWith('new-case', edited);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.verifications.get('new-case')).toMatchObject([{ status: 'verified', paragraph: 1 }]);
  });

  it('never offers a piece of a date as a figure', () => {
    const dated = '2022年10月8日，蓬莱区召开大会。上世纪90年代起，全区有12家企业，22年10月新增3个项目。';
    const draft = scaffoldCase(answers, [{ source: 'spread-b14-b15', figures: locateFigures(dated) }]);
    const offered = [...draft.matchAll(/^#    figure: "(.*)"$/gm)].map((match) => match[1]);
    expect(offered).toEqual(['12家', '3个']);
  });

  it('writes a new series and source record that pass the check with the draft that names them', async () => {
    const draft = scaffoldCase({ ...answers, series: 'new-series', sources: ['new-source', 'with-text'] });
    const result = await checkWith('new-case', draft, {
      'series/new-series.yaml': scaffoldSeries({ id: 'new-series', place: answers.place, order: 9 }),
      'sources/new-source.yaml': scaffoldSource('new-source', undefined),
      'sources/with-text.yaml': scaffoldSource('with-text', '002_53224f3071a808ca.txt'),
    });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const sources = result.casebook.sources;
    // Nothing guessed: every bibliographic fact is unknown until the editor copies it from the document.
    expect(sources.find((entry) => entry.id === 'new-source')!.data).toMatchObject({ title: 'unknown', outlet: 'unknown', date: 'unknown', authors: 'unknown', text: 'unknown' });
    expect(sources.find((entry) => entry.id === 'with-text')!.data.text).toBe('002_53224f3071a808ca.txt');
    expect(result.casebook.series.find((entry) => entry.id === 'new-series')!.data).toMatchObject({ place: { province: '山东省', city: '烟台市' }, order: 9 });
  });

  it('writes an English draft with the casebook\'s own sections in its order', () => {
    const sections = [{ name: 'Background' }, { name: 'What was done' }, { name: 'Results' }, { name: 'Lessons' }, { name: 'Further reading' }];
    const draft = scaffoldCase(answers, [], { sections, lang: 'en' });
    expect(draft.match(/^## .+$/gm)).toEqual(sections.map((section) => `## ${section.name}`));
    expect(draft).toContain('title: "(Title to write) new-case"');
    expect(draft).not.toMatch(/[待写]/);
  });
});
