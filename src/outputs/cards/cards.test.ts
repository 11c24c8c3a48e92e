import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, truncate } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { publishCards } from './publish.ts';
import { MissingGlyphError } from './render.ts';
import { titleSize } from './template.ts';
import type { CardFile } from './content.ts';

const file = (title: string, extra: Partial<CardFile> = {}): CardFile => ({
  path: '/cards/test.png',
  page: '/cases/test/',
  shape: 'wide',
  alt: title,
  from: [],
  content: { eyebrow: '测试系列', title, subtitle: '山东省 烟台市', figure: { value: '2.6亿元', label: '融资额' }, site: '测试案例集', mark: '案' },
  ...extra,
});

describe('social cards', () => {
  it('fails naming the page and the character the fonts cannot draw', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    await expect(publishCards([file('蓬莱𠀀园区')], out, path.join(out, 'cache'))).rejects.toThrow(
      new MissingGlyphError('/cases/test/', ['𠀀']).message,
    );
  });

  it('fails before drawing any card when one of a batch for the worker threads has a character the fonts cannot draw', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    const files = Array.from({ length: 60 }, (_, index) => file(`蓬莱经济开发区第${index + 1}号案例${index === 45 ? '𠀀' : ''}`, { path: `/cards/case-${index}.png`, page: `/cases/case-${index}/` }));
    await expect(publishCards(files, out, path.join(out, 'cache'))).rejects.toThrow(new MissingGlyphError('/cases/case-45/', ['𠀀']).message);
    const [code] = await readdir(path.join(out, 'cache'));
    expect((await readdir(path.join(out, 'cache', code!))).filter((name) => name.endsWith('.png'))).toEqual([]);
  }, 30_000);

  it('draws emoji from Twemoji instead of blank boxes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    const plain = await publishCards([file('蓬莱园区')], out, path.join(out, 'cache'));
    expect(plain.rendered).toBe(1);
    const withEmoji = path.join(out, 'emoji');
    await publishCards([file('蓬莱😀园区🇨🇳', { path: '/cards/emoji.png' })], withEmoji, path.join(out, 'cache'));
    const png = PNG.sync.read(await readFile(path.join(withEmoji, 'cards/emoji.png')));
    // Twemoji's grinning face is yellow (#FFCC4D); a blank box would have none.
    let yellow = 0;
    for (let offset = 0; offset < png.data.length; offset += 4) {
      if (png.data[offset]! > 230 && png.data[offset + 1]! > 180 && png.data[offset + 1]! < 225 && png.data[offset + 2]! < 120) yellow++;
    }
    expect(yellow).toBeGreaterThan(500);
  }, 30_000);

  it('draws a card once, then serves it from the cache until its text changes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    const cache = path.join(out, 'cache');
    expect(await publishCards([file('蓬莱经济开发区')], out, cache)).toMatchObject({ rendered: 1, cached: 0 });
    expect(await publishCards([file('蓬莱经济开发区')], out, cache)).toMatchObject({ rendered: 0, cached: 1 });
    expect(await publishCards([file('蓬莱经济开发区。')], out, cache)).toMatchObject({ rendered: 1, cached: 0 });
    const png = PNG.sync.read(await readFile(path.join(out, 'cards/test.png')));
    expect([png.width, png.height]).toEqual([1200, 630]);
  }, 30_000);

  it('draws a stored card again when it was damaged after it was stored, never serving it', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    const cache = path.join(out, 'cache');
    await publishCards([file('蓬莱经济开发区')], out, cache);
    // The card in the site is a hard link of the stored one: an editor overwriting it in place cuts the store's short.
    const [code] = await readdir(cache);
    const [stored] = await readdir(path.join(cache, code!));
    await truncate(path.join(cache, code!, stored!), 100);
    expect(await publishCards([file('蓬莱经济开发区')], path.join(out, 'next'), cache)).toMatchObject({ rendered: 1, cached: 0 });
    const png = PNG.sync.read(await readFile(path.join(out, 'next/cards/test.png')));
    expect([png.width, png.height]).toEqual([1200, 630]);
  }, 30_000);

  it('draws every card of a batch large enough for the worker threads, each a whole PNG at its path', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cards-'));
    const files = Array.from({ length: 40 }, (_, index) => file(`蓬莱经济开发区第${index + 1}号案例`, { path: `/cards/case-${index}.png` }));
    // Forty cards make two threads' work: one worker, and this thread beside it (its heap is small); on one core, this thread alone.
    const workers = availableParallelism() > 1 ? 1 : 0;
    expect(await publishCards(files, out, path.join(out, 'cache'))).toEqual({ rendered: 40, cached: 0, threads: { workers, publishing: true } });
    const sizes = new Set<string>();
    for (let index = 0; index < files.length; index++) {
      const png = PNG.sync.read(await readFile(path.join(out, `cards/case-${index}.png`)));
      sizes.add(`${png.width}x${png.height}`);
    }
    expect([...sizes]).toEqual(['1200x630']);
  }, 60_000);

  it('shrinks long titles within limits', () => {
    expect(titleSize('短标题', 'wide')).toBe(68);
    expect(titleSize('长'.repeat(30), 'wide')).toBe(52);
    expect(titleSize('长'.repeat(60), 'wide')).toBe(46);
  });
});
