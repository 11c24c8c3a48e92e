import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from './precompress.ts';
import { headersFile } from './headers.ts';

describe('precompressed files', () => {
  it('writes .br and .gz beside each text file of 1 KB or more that decompress to it, and reuses them when unchanged', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'casebook-precompress-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const site = path.join(dir, 'site');
    const page = `<p>${'党建引领产业链发展。'.repeat(200)}</p>`;
    await mkdir(site, { recursive: true });
    await writeFile(path.join(site, 'index.html'), page);
    await writeFile(path.join(site, 'small.json'), '{}');
    await writeFile(path.join(site, 'card.png'), Buffer.alloc(4096));
    expect(await precompress(site, path.join(dir, 'store'))).toEqual({ files: 1, compressed: 1 });
    expect(brotliDecompressSync(await readFile(path.join(site, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(await readFile(path.join(site, 'index.html.gz'))).toString()).toBe(page);
    expect((await stat(path.join(site, 'index.html.br'))).size).toBeLessThan(page.length / 5);
    await expect(stat(path.join(site, 'small.json.br'))).rejects.toThrow();
    await expect(stat(path.join(site, 'card.png.br'))).rejects.toThrow();
    // The next build of the same page compresses nothing.
    expect(await precompress(site, path.join(dir, 'store'))).toEqual({ files: 1, compressed: 0 });
  });
});

describe('the headers file', () => {
  it('caches hashed bundles and search files for a year under the base path, and nothing else', () => {
    const text = headersFile('/casebook/');
    expect(text).toContain('/casebook/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/casebook/search/files/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text.match(/Cache-Control/g)).toHaveLength(2);
  });
});
