import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseCaseText } from './case-text.ts';
import type { LoadedCase } from './load.ts';
import { loadedCase } from './loaded-case.fixture.ts';
import { publishedView } from '../view/published.ts';
import type { Casebook } from './load.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const newFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'casebook-text-'));
  folders.push(folder);
  return path.join(folder, 'text');
};

const makeCase = (id: string, body: string): LoadedCase =>
  loadedCase(id, { date: new Date('2024-01-01') }, {
    digest: `digest-${id}-${body.length}`,
    body,
    bodyLine: 9,
    parsed: { html: `<p>${body}</p>`, sections: [{ anchor: 'a', heading: '背景', text: body }], headings: [{ depth: 2, slug: 'a', text: '背景' }], diagnostics: [] },
  } as Partial<LoadedCase>);

describe('releaseCaseText', () => {
  it('gives back each case with its body, HTML and sections as they were', async () => {
    const cases = [makeCase('a', '园区引进企业。'), makeCase('b', '产业链延伸。')];
    const released = await releaseCaseText(cases, newFolder());
    for (const [index, entry] of released.entries()) {
      const original = cases[index]!;
      expect(entry.body).toBe(original.body);
      expect(entry.parsed.html).toBe(original.parsed.html);
      expect(entry.parsed.sections).toEqual(original.parsed.sections);
      expect(entry.parsed.headings).toEqual(original.parsed.headings);
      expect({ id: entry.id, file: entry.file, digest: entry.digest, data: entry.data }).toEqual({ id: original.id, file: original.file, digest: original.digest, data: original.data });
    }
  });

  it('reads the text from the store when asked, not before, through the published view too', async () => {
    const folder = newFolder();
    const [entry] = await releaseCaseText([makeCase('a', '园区引进企业。')], folder);
    const view = publishedView({ casebook: { cases: [entry!], series: [], sources: [], thesaurus: [], settings: { kinds: {} } } as unknown as Casebook });
    rmSync(folder, { recursive: true, force: true });
    // Held nowhere but in the store: with the store gone, the page that asks for the HTML is told why.
    expect(() => view.cases[0]!.parsed.html).toThrow(/content\/cases\/a\.mdx: its checked text .* could not be read back/);
    expect(() => entry!.body).toThrow(/could not be read back/);
  });

  it('lets go of the text it stored: nothing it returns holds the original case', async () => {
    // The garbage collector, reached the way Node's own tests do, to see what is still held.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    let original: LoadedCase | undefined = makeCase('a', '园区引进企业。'.repeat(1000));
    const gone = new WeakRef(original.parsed);
    const [entry] = await releaseCaseText([original], newFolder());
    original = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(gone.deref()).toBeUndefined();
    expect(entry!.parsed.html).toBe(`<p>${'园区引进企业。'.repeat(1000)}</p>`);
  });

  it('writes each state of a case once, and removes none still in use', async () => {
    const folder = newFolder();
    const cases = [makeCase('a', '一'), makeCase('b', '二')];
    await releaseCaseText(cases, folder);
    const written = Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(path.join(folder, name)).mtimeMs]));
    expect(Object.keys(written)).toHaveLength(2);
    await releaseCaseText([...cases, makeCase('a', '一二')], folder);
    const now = readdirSync(folder);
    expect(now).toHaveLength(3);
    for (const [name, mtime] of Object.entries(written)) expect(statSync(path.join(folder, name)).mtimeMs).toBe(mtime);
  });

  it('keeps a case in memory when its text cannot be stored', async () => {
    const folder = newFolder();
    // A file where the store's folder should be: nothing can be written there.
    const blocked = path.join(folder, 'not-a-folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(blocked, '');
    const [entry] = await releaseCaseText([makeCase('a', '园区。')], blocked);
    rmSync(folder, { recursive: true, force: true });
    expect(entry!.parsed.html).toBe('<p>园区。</p>');
  });
});
