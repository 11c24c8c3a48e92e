import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArtefactStore, DamagedArtefactError, MISSING } from './artefact-store.ts';
import { encodePng } from '../outputs/cards/png.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'casebook-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const png = (shade: number) => encodePng(2, 2, new Uint8Array(16).fill(shade));
const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body.padEnd(80, ' ')}\ntrailer\n%%EOF\n`, 'latin1');
const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('an artefact store', () => {
  it('writes an entry whole under concurrent writers and readers: every read sees one whole version, nothing is left aside', async () => {
    const stores = [1, 2, 3].map(() => ArtefactStore.open(dir));
    const versions = Array.from({ length: 12 }, (_, n) => pdf(`version ${n} ${'x'.repeat(50_000 * (n + 1))}`));
    const reads: (Buffer | undefined)[] = [];
    await Promise.all([
      ...versions.map((bytes, n) => stores[n % 3]!.write('report--a1.pdf', bytes)),
      ...Array.from({ length: 20 }, async () => reads.push(await stores[0]!.read('report--a1.pdf'))),
    ]);
    for (const bytes of [...reads.filter((read) => read !== undefined), readFileSync(path.join(dir, 'report--a1.pdf'))]) {
      expect(versions.some((version) => version.equals(bytes))).toBe(true);
    }
    expect(temporaries(dir)).toEqual([]);
  });

  it('refuses a damaged file of each kind, storing nothing', async () => {
    const store = ArtefactStore.open(dir);
    const whole = pdf('page');
    const refused: [string, string | Uint8Array, RegExp][] = [
      ['a.pdf', '<!doctype html><title>404</title>', /a\.pdf: the new file is 33 bytes, too short for a PDF/],
      ['b.pdf', whole.subarray(0, whole.length - 8), /no %%EOF at its end/],
      ['c.png', png(10).subarray(0, 30), /no IEND chunk/],
      ['d.png', Buffer.from('not a png at all'), /no PNG signature/],
      ['e.svg', '', /is empty/],
      ['f.svg', '<svg role="img"><title>中心数', /no <\/svg> at its end/],
      ['g.json', '{"shards": [1, 2', /is not JSON/],
      ['h.gz', 'plain text', /not gzip/],
      ['i.html', '{"not": "a page"}', /is not an HTML document/],
      ['j.html', '<!DOCTYPE html><html lang="zh"><body><p>中心', /no <\/html> at its end/],
      ['k.xml', '<?xml version="1.0"?><rss><channel><title>案例', /does not end with >/],
    ];
    for (const [name, bytes, message] of refused) {
      await expect(store.write(name, bytes)).rejects.toThrow(DamagedArtefactError);
      await expect(store.write(name, bytes)).rejects.toThrow(message);
    }
    expect(readdirSync(dir)).toEqual([]);
    await store.write('ok.pdf', whole);
    await store.write('ok.png', png(10));
    await store.write('ok.svg', '<svg role="img"><title>中心数（个）</title></svg>\n');
    await store.write('ok.json', '{"shards":[]}');
    await store.write('ok.html', '<!DOCTYPE html><html lang="zh"><body><p>中心</p></body></html>\n');
    await store.write('ok.xml', '<?xml version="1.0"?><rss><channel/></rss>');
    expect(readdirSync(dir).sort()).toEqual(['ok.html', 'ok.json', 'ok.pdf', 'ok.png', 'ok.svg', 'ok.xml']);
  });

  it('never serves an entry damaged after it was stored: it is dropped and said why', async () => {
    const store = ArtefactStore.open(dir);
    await store.write('card.png', png(10));
    await store.write('report.pdf', pdf('page'));
    writeFileSync(path.join(dir, 'card.png'), png(10).subarray(0, 40));
    writeFileSync(path.join(dir, 'report.pdf'), 'truncated');
    const later = ArtefactStore.open(dir);
    expect(later.verify('card.png')).toBe('is cut short (no IEND chunk at its end)');
    expect(await later.read('report.pdf')).toBeUndefined();
    expect(later.verify('gone.png')).toBe(MISSING);
    expect(later.damaged).toEqual(['card.png: is cut short (no IEND chunk at its end)', 'report.pdf: is 9 bytes, too short for a PDF']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('puts entries into the site as links, and adopts a file written beside it only when whole', async () => {
    const store = ArtefactStore.open(dir);
    await store.write('card.png', png(20));
    const site = path.join(dir, '..', `${path.basename(dir)}-site`);
    mkdirSync(site);
    try {
      await store.place('card.png', path.join(site, 'og.png'));
      await store.place('card.png', path.join(site, 'og.png'), { atomic: true });
      expect(readFileSync(path.join(site, 'og.png'))).toEqual(png(20));
      writeFileSync(path.join(dir, 'printed.tmp'), 'half a pdf');
      await expect(store.adopt('x.pdf', path.join(dir, 'printed.tmp'))).rejects.toThrow(/x\.pdf: the new file is 10 bytes, too short for a PDF; it was not stored/);
      expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
      writeFileSync(path.join(dir, 'printed.tmp'), pdf('page'));
      await store.adopt('x.pdf', path.join(dir, 'printed.tmp'));
      expect(readdirSync(dir).sort()).toEqual(['card.png', 'x.pdf']);
      // A page written into the site is kept as it is, and stays in the site.
      const page = path.join(site, 'index.html');
      writeFileSync(page, '<!DOCTYPE html><html><body>半页');
      expect(store.keep('page.html', page)).toBe('is cut short (no </html> at its end)');
      expect(existsSync(path.join(dir, 'page.html'))).toBe(false);
      writeFileSync(page, '<!DOCTYPE html><html><body>整页</body></html>');
      expect(store.keep('page.html', page)).toBeUndefined();
      expect(readFileSync(path.join(dir, 'page.html'), 'utf8')).toBe(readFileSync(page, 'utf8'));
      expect(readdirSync(dir).sort()).toEqual(['card.png', 'page.html', 'x.pdf']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('pruning', () => {
  it('keeps what this run used and removes the rest, and temporaries of killed runs once old', async () => {
    const first = ArtefactStore.open(dir);
    for (const name of ['a.svg', 'b.svg', 'c.svg']) await first.write(name, `<svg>${name}</svg>`);
    writeFileSync(path.join(dir, 'fresh.tmp'), 'being written');
    writeFileSync(path.join(dir, 'left.tmp'), 'killed');
    const old = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(path.join(dir, 'left.tmp'), old, old);
    const second = ArtefactStore.open(dir);
    expect(second.has('a.svg')).toBe(true);
    await second.read('b.svg');
    await second.write('d.svg', '<svg>d</svg>');
    await second.prune();
    expect(readdirSync(dir).sort()).toEqual(['a.svg', 'b.svg', 'd.svg', 'fresh.tmp']);
  });

  it('within scopes, keeps every other scope: printing one report keeps the others', async () => {
    const build = ArtefactStore.open(dir);
    for (const name of ['casebook--old.pdf', 'casebook.2--v2.pdf', 'penglai-chain--p1.pdf', 'font-a.font']) writeFileSync(path.join(dir, name), pdf(name));
    const report = ArtefactStore.open(dir);
    await report.write(ArtefactStore.name('new', '.pdf', 'casebook'), pdf('new'));
    await report.prune({ scopes: ['casebook'] });
    expect(readdirSync(dir).sort()).toEqual(['casebook--new.pdf', 'casebook.2--v2.pdf', 'font-a.font', 'penglai-chain--p1.pdf']);
    // A run over every report prunes every report's unused copies.
    build.use('casebook--new.pdf');
    await build.prune();
    expect(readdirSync(dir)).toEqual(['casebook--new.pdf']);
  });

  it('by age: keeps what any run used within the bound', async () => {
    const store = ArtefactStore.open(dir);
    await store.write('recent.pdf', pdf('recent'));
    await store.write('stale.pdf', pdf('stale'));
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(path.join(dir, 'stale.pdf'), old, old);
    await ArtefactStore.open(dir).prune({ unusedForMs: 30 * 24 * 3600 * 1000 });
    expect(readdirSync(dir)).toEqual(['recent.pdf']);
  });
});

describe('a store opened with a code digest', () => {
  it('keeps each code version apart and deletes the folders of other versions', async () => {
    const before = ArtefactStore.open(dir, { code: 'code-1' });
    await before.write('card.png', png(1));
    const after = ArtefactStore.open(dir, { code: 'code-2' });
    expect(after.has('card.png')).toBe(false);
    expect(readdirSync(dir)).toEqual(['code-2']);
  });
});
