import { describe, expect, it } from 'vitest';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkCasebook } from './index.ts';
import { checkFixtureProject, editFixtureFile, fixtureProject } from '../../../tests/helpers/fixture-project.ts';
import { MAX_CONTENT_FILE_BYTES, MAX_SOURCE_TEXT_BYTES } from '../files/limits.ts';

// Odd input, one file at a time: each is one clear error at its file and line, never silent loss, never a pile of
// errors about something else. Over a copy of the valid fixture (one case citing `spread-b14-b15`, whose text has
// the case's figures, and `visit-notes`, which has no text).
const CASE = 'valid/cases/penglai-sample.mdx';
const SOURCE = 'valid/sources/spread-b14-b15.yaml';
const SERIES = 'valid/series/penglai-chain.yaml';
const TEXT = 'valid/texts/002_53224f3071a808ca.txt';
// Bytes of 云浮市 in GBK (Node has no GB18030 encoder); GB18030 contains GBK.
const YUNFU_GBK = [0xd4, 0xc6, 0xb8, 0xa1, 0xca, 0xd0];

const project = () => fixtureProject('casebook-odd-input-');
const check = checkFixtureProject;
const edit = (folder: string, file: string, change: (text: string) => string) => editFixtureFile(folder, file, change);

/** GBK bytes for text that is ASCII but for 云浮市. */
const gbk = (text: string) => Buffer.from(text.split('云浮市').flatMap((part, index) => [...(index ? YUNFU_GBK : []), ...Buffer.from(part)]));

describe('content files that are not UTF-8 text', () => {
  it('reports a source record saved as GB18030 once, at its first line that is not UTF-8, and no case is told it is missing', async () => {
    const folder = await project();
    const record = 'title: unknown\ndescription: Yunfu\n# 云浮市\noutlet: unknown\ntype: newspaper\ndate: unknown\npages: B14-B15\nauthors: unknown\n';
    await writeFile(path.join(folder, SOURCE), gbk(record));
    expect(await check(folder)).toEqual([`${SOURCE}:3:1 the file is not UTF-8 but probably GB18030/GBK: save it as UTF-8`]);
  });

  it('reports a case saved as UTF-16, and accepts one saved with a UTF-8 byte-order mark', async () => {
    const folder = await project();
    const text = await readFile(path.join(folder, CASE), 'utf8');
    await writeFile(path.join(folder, CASE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await check(folder)).toEqual([`${CASE}:1:1 the file is UTF-16 LE (it starts with the byte-order mark FF FE), not UTF-8: save it as UTF-8`]);
    await writeFile(path.join(folder, CASE), `\uFEFF${text}`);
    expect(await check(folder)).toEqual([]);
  });

  it('reports a series file that is binary', async () => {
    const folder = await project();
    await writeFile(path.join(folder, SERIES), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await check(folder)).toEqual([`${SERIES}:1:1 the file is binary (a PNG image), not text: it must be UTF-8 text`]);
  });

  it('reports a thesaurus that is not UTF-8, and one saved under another name', async () => {
    const folder = await project();
    await writeFile(path.join(folder, 'valid/thesaurus.yaml'), gbk('groups:\n  - [云浮市, yunfu]\n'));
    expect(await check(folder)).toEqual(['valid/thesaurus.yaml:2:1 the file is not UTF-8 but probably GB18030/GBK: save it as UTF-8']);
    await rm(path.join(folder, 'valid/thesaurus.yaml'));
    await writeFile(path.join(folder, 'valid/thesaurus.yml'), 'groups:\n  - [党建, 党的建设]\n');
    expect(await check(folder)).toEqual(['valid/thesaurus.yml:1:1 the thesaurus must be named thesaurus.yaml: rename it to thesaurus.yaml']);
  });
});

describe('a source or series file that is there but does not load', () => {
  it('is not "no file" to the cases that name it: an alias bomb is one error', async () => {
    const folder = await project();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`)];
    await writeFile(path.join(folder, SERIES), `${bomb.join('\n')}\n`);
    expect(await check(folder)).toEqual([`${SERIES}:1:1 invalid YAML: Excessive alias count indicates a resource exhaustion attack`]);
  });

  it('is not "no file" when it fails its schema or is saved as .yml, but a file that is not there still is', async () => {
    const folder = await project();
    await edit(folder, SERIES, (text) => text.replace(/^order: .*$/m, 'order: first'));
    expect(await check(folder)).toEqual([`${SERIES}:4:8 order: must be a number`]);
    await rm(path.join(folder, SERIES));
    await writeFile(path.join(folder, 'valid/series/penglai-chain.yml'), 'title: x\n');
    expect(await check(folder)).toEqual([
      'valid/series/penglai-chain.yml:1:1 a series file must end in .yaml: rename it to penglai-chain.yaml, or move it out of valid/series/',
    ]);
    await rm(path.join(folder, 'valid/series/penglai-chain.yml'));
    expect(await check(folder)).toEqual([
      `${CASE}:4:9 series: unknown series "penglai-chain": no file valid/series/penglai-chain.yaml`,
    ]);
  });
});

describe('a source text that cannot be read', () => {
  const problem = (message: string) => [`${SOURCE}:9:7 text: ${message}; 3 figures citing it were not checked`];

  it('is one error at the record\'s text: line when it is empty, and its figures are not each reported', async () => {
    const folder = await project();
    await writeFile(path.join(folder, TEXT), '\n \n');
    expect(await check(folder)).toEqual(problem("the source text 002_53224f3071a808ca.txt is empty: put the source's full text in it, or write text: unknown"));
  });

  it('is one error when it is an image or random bytes', async () => {
    const folder = await project();
    await writeFile(path.join(folder, TEXT), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await check(folder)).toEqual(problem('the source text 002_53224f3071a808ca.txt is binary (a PNG image), not text: it must be UTF-8 text'));
    // Bytes 0..255 (their NUL first), repeated: no signature, so named by the NUL bytes.
    await writeFile(path.join(folder, TEXT), Buffer.from(Array.from({ length: 1024 }, (_, index) => index % 256)));
    expect(await check(folder)).toEqual(problem('the source text 002_53224f3071a808ca.txt is binary (it holds NUL bytes), not text: it must be UTF-8 text'));
  });

  it('is one error naming the encoding when it is GB18030', async () => {
    const folder = await project();
    await writeFile(path.join(folder, TEXT), gbk('126\n12\n云浮市'));
    expect(await check(folder)).toEqual(
      problem('the source text 002_53224f3071a808ca.txt is not UTF-8 but probably GB18030/GBK: save it as UTF-8 (first seen at line 3)'),
    );
  });

  it('is one error when it is larger than the limit', async () => {
    const folder = await project();
    // A sparse file: the size is looked at before anything is read.
    await truncate(path.join(folder, TEXT), MAX_SOURCE_TEXT_BYTES + 1);
    expect(await check(folder)).toEqual(
      problem('the source text 002_53224f3071a808ca.txt is 20,971,521 bytes, more than the limit of 20 MB (see docs/reference/limits.md)'),
    );
  });
});

describe('size limits', () => {
  it('reports a case file larger than 1 MB without reading it', async () => {
    const folder = await project();
    await truncate(path.join(folder, CASE), MAX_CONTENT_FILE_BYTES + 1);
    expect(await check(folder)).toEqual([`${CASE}:1:1 the file is 1,048,577 bytes, more than the limit of 1 MB (see docs/reference/limits.md)`]);
  });
});

describe('region and tag URLs', () => {
  /** A second case beside the fixture's, with its place and tags changed. */
  async function twoCases(change: (text: string) => string): Promise<string> {
    const folder = await project();
    const text = await readFile(path.join(folder, CASE), 'utf8');
    await writeFile(path.join(folder, 'valid/cases/second.mdx'), change(text));
    return folder;
  }

  it('refuses a place name that makes an empty URL segment', async () => {
    const folder = await twoCases((text) => text.replace('district: 蓬莱区', 'district: ——'));
    expect(await check(folder)).toEqual([
      'valid/cases/second.mdx:9:13 place.district: "——" makes an empty URL segment (/regions/shandong/yantai//): a place name needs Chinese characters, Latin letters or digits',
    ]);
  });

  it('refuses two names in one region that make one URL, naming where the other is written, once at the level where they part', async () => {
    const county = await twoCases((text) => text.replace('district: 蓬莱区', 'district: 蓬莱县'));
    expect(await check(county)).toEqual([
      `valid/cases/second.mdx:9:13 place.district: "蓬莱县" and "蓬莱区" (${CASE}:9:13) make the same region URL /regions/shandong/yantai/penglai/: write one name for one place (a region's URL is the pinyin of its name without 省, 市, 区 or 县)`,
    ]);
    // Names under different parents may share a segment: /regions/shandong/yantai/penglai/ and /regions/shandong/weihai/penglai/.
    const elsewhere = await twoCases((text) => text.replace('city: 烟台市', 'city: 威海市'));
    expect(await check(elsewhere)).toEqual([]);
    // 山西 and 陕西 share a toneless pinyin; 陕西 is spelt Shaanxi, as officially romanised.
    const provinces = await twoCases((text) => text.replace('province: 山东省', 'province: 陕西省'));
    const { casebook } = await checkCasebook(provinces, { contentDir: 'valid', sourceTexts: 'valid/texts' });
    expect(casebook.cases.map((entry) => entry.data.place.province)).toEqual(['山东省', '陕西省']);
    expect(await check(provinces)).toEqual([]);
  });

  it('refuses a tag that makes an empty URL', async () => {
    const folder = await twoCases((text) => text.replace('tags: [海工装备, 海上风电]', 'tags: [海工装备, "——"]'));
    expect(await check(folder)).toEqual([
      'valid/cases/second.mdx:11:14 tags[1]: "——" makes an empty URL (/tags//): a tag needs Chinese characters, Latin letters or digits',
    ]);
  });

  it('refuses two spellings of one tag, asking for the one used most, or on a tie the one written first', async () => {
    const variant = (text: string) => text.replace('tags: [海工装备, 海上风电]', 'tags: [“海工”装备, 海上风电]');
    const tie = await twoCases(variant);
    expect(await check(tie)).toEqual([
      `valid/cases/second.mdx:11:8 tags[0]: "“海工”装备" is the tag "海工装备" (${CASE}:11:8) written another way: write "海工装备" (tags are compared without punctuation, spaces and letter case)`,
    ]);
    // Two cases write “海工”装备, one 海工装备: the one is asked to follow the two.
    const most = await twoCases(variant);
    await writeFile(path.join(most, 'valid/cases/a-first.mdx'), variant(await readFile(path.join(most, CASE), 'utf8')));
    expect(await check(most)).toEqual([
      `${CASE}:11:8 tags[0]: "海工装备" is the tag "“海工”装备" (valid/cases/a-first.mdx:11:8) written another way: write "“海工”装备" (tags are compared without punctuation, spaces and letter case)`,
    ]);
  });
});
