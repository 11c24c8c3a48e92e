import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArtefactStore } from './artefact-store.ts';
import { keepSet, placeStoredSet, storeEach } from './linked-output.ts';

/** Stores `files` under `key` and places them in `outDir`, as a build does; how many had to be written. */
async function publish(files: Map<string, string>, outDir: string, store: string, key: string): Promise<number> {
  const opened = ArtefactStore.open(store);
  const { named, written } = storeEach(files, opened);
  await keepSet(opened, key, named);
  expect(await placeStoredSet(key, outDir, store)).toEqual([...files.keys()]);
  return written;
}

describe('publishing generated files through a content-addressed store', () => {
  it('writes each content once, links it into every build, and keeps only what the last build used', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-linked-'));
    try {
      const store = path.join(dir, 'store');
      const first = new Map([['search/meta.json', '{"a":1}'], ['search/texts/0.json', '["正文"]'], ['search/shards/0.json', '{}'], ['search/shards/1.json', '{}']]);
      expect(await publish(first, path.join(dir, 'one'), store, 'k1')).toBe(3);
      expect(readFileSync(path.join(dir, 'one/search/shards/1.json'), 'utf8')).toBe('{}');
      expect(readFileSync(path.join(dir, 'one/search/texts/0.json'), 'utf8')).toBe('["正文"]');

      const second = new Map([['search/meta.json', '{"a":2}'], ['search/texts/0.json', '["正文"]']]);
      expect(await publish(second, path.join(dir, 'two'), store, 'k2')).toBe(1);
      expect(readFileSync(path.join(dir, 'two/search/meta.json'), 'utf8')).toBe('{"a":2}');
      // The first build's output is untouched by the second.
      expect(readFileSync(path.join(dir, 'one/search/meta.json'), 'utf8')).toBe('{"a":1}');
      // The second build's two files and its list.
      expect(readdirSync(store)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores files from a generator a few at a time, each content once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-linked-'));
    try {
      const store = path.join(dir, 'store');
      let made = 0;
      function* files(): Generator<[string, string]> {
        for (let index = 0; index < 300; index++) {
          made++;
          yield [`docs/${index}.json`, JSON.stringify({ doc: index % 200 })];
        }
      }
      const { named, written } = storeEach(files(), ArtefactStore.open(store));
      expect(made).toBe(300);
      expect(written).toBe(200);
      expect(named).toHaveLength(300);
      expect(named[250]!.name).toBe(named[50]!.name);
      expect(readFileSync(path.join(store, named[299]!.name), 'utf8')).toBe('{"doc":99}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('places a set stored under a key again without its contents, and refuses a set with a file gone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-linked-'));
    try {
      const store = path.join(dir, 'store');
      const files = new Map([['search/meta.json', '{"a":1}'], ['search/files/x/docs/0.json', '["正文"]']]);
      await publish(files, path.join(dir, 'one'), store, 'k1');
      expect(await placeStoredSet('k1', path.join(dir, 'two'), store)).toEqual([...files.keys()]);
      for (const [file, content] of files) expect(readFileSync(path.join(dir, 'two', file), 'utf8')).toBe(content);
      // Placing it again keeps the set: the next build with the same key finds it.
      expect(await placeStoredSet('k1', path.join(dir, 'three'), store)).toHaveLength(2);
      expect(await placeStoredSet('k2', path.join(dir, 'four'), store)).toBeUndefined();
      const stored = readdirSync(store).find((name) => name.endsWith('.json') && !name.endsWith('.set.json'))!;
      rmSync(path.join(store, stored));
      expect(await placeStoredSet('k1', path.join(dir, 'five'), store)).toBeUndefined();
      expect(() => readdirSync(path.join(dir, 'five'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
