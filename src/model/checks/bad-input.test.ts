import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkCasebook } from './index.ts';
import { formatDiagnostic, formatReport } from '../diagnostics.ts';
import { readTextFile } from '../files/text-file.ts';
import { loadCasebook } from '../load.ts';
import { checkFixtureProject, editFixtureFile, fixtureProject } from '../../../tests/helpers/fixture-project.ts';

// Bad input, second round, by class (see docs/editors/errors.md): files that are not files, characters that hide
// or attack, dates that move, names that collide, claims outside the prose, messages that help. Each input is one
// clear error at its file, line and field, over a copy of the valid fixture.
const CASE = 'valid/cases/penglai-sample.mdx';
const SOURCE = 'valid/sources/spread-b14-b15.yaml';
const SERIES = 'valid/series/penglai-chain.yaml';
const TEXT = 'valid/texts/002_53224f3071a808ca.txt';
const TEXT_NAME = '002_53224f3071a808ca.txt';
// A terminal acts on these: ESC ] 0 ; title BEL sets its title, ESC [ 2 J clears it.
const ATTACK = '\u001b]0;owned\u0007\u001b[2J';

const project = () => fixtureProject('casebook-bad-input-');
const check = checkFixtureProject;
const edit = (folder: string, file: string, change: (text: string) => string) => editFixtureFile(folder, file, change, true);

/** The valid case with `change` applied, checked. */
async function checkCase(change: (text: string) => string): Promise<string[]> {
  const folder = await project();
  await edit(folder, CASE, change);
  return check(folder);
}

const textProblem = (message: string) => [`${SOURCE}:9:7 text: ${message}; 3 figures citing it were not checked`];

describe('files that are not regular files', () => {
  it('refuses a source text that is a named pipe at once, without waiting for a writer', async () => {
    const folder = await project();
    await rm(path.join(folder, TEXT));
    execFileSync('mkfifo', [path.join(folder, TEXT)]);
    expect(await check(folder)).toEqual(
      textProblem(`the source text ${TEXT_NAME} is a named pipe (FIFO), not a regular file: only plain text files are read; replace it with the file itself`),
    );
  });

  it('refuses a source text linked to a device outside its folder, such as /dev/zero, without reading it', async () => {
    const folder = await project();
    await rm(path.join(folder, TEXT));
    await symlink('/dev/zero', path.join(folder, TEXT));
    expect(await check(folder)).toEqual(
      textProblem(`the source text ${TEXT_NAME} is a link to /dev/zero, outside ${path.join(folder, 'valid/texts')}: copy the file into the folder instead of linking to it`),
    );
  });

  it('refuses a source text that is a folder', async () => {
    const folder = await project();
    await rm(path.join(folder, TEXT));
    await mkdir(path.join(folder, TEXT));
    expect(await check(folder)).toEqual(
      textProblem(`the source text ${TEXT_NAME} is a folder, not a regular file: only plain text files are read; replace it with the file itself`),
    );
  });

  it('never reads a device, and holds the size limit while reading a file whose size reads 0', async () => {
    expect(await readTextFile('/dev/zero', 1024)).toEqual({ ok: false, reason: 'not-a-file', kind: 'a device' });
    // /proc files say they are empty and are not: the limit is counted on the bytes read.
    expect(await readTextFile('/proc/self/status', 16)).toEqual({ ok: false, reason: 'too-large', size: 17, limit: 16, atLeast: true });
  });

  it('refuses a case linked to a file outside the content folder, and a case that is a named pipe', async () => {
    const folder = await project();
    await writeFile(path.join(folder, 'elsewhere.mdx'), await readFile(path.join(folder, CASE)));
    await symlink('../../elsewhere.mdx', path.join(folder, 'valid/cases/linked.mdx'));
    execFileSync('mkfifo', [path.join(folder, 'valid/cases/piped.mdx')]);
    expect(await check(folder)).toEqual([
      'valid/cases/linked.mdx:1:1 a link to ../../elsewhere.mdx, outside the content folder: copy the file into valid/cases/ instead of linking to it',
      'valid/cases/piped.mdx:1:1 not a file: a case file must be a plain text file',
    ]);
  });

  it('refuses casebook.yaml when it is a named pipe', async () => {
    const folder = await project();
    await rm(path.join(folder, 'valid/casebook.yaml'));
    execFileSync('mkfifo', [path.join(folder, 'valid/casebook.yaml')]);
    expect(await check(folder)).toEqual([
      'valid/casebook.yaml:1:1 the file is a named pipe (FIFO), not a regular file: only plain text files are read; replace it with the file itself',
    ]);
  });

  it('refuses casebook.yaml linked to a file outside the content folder', async () => {
    const folder = await project();
    await cp(path.join(folder, 'valid/casebook.yaml'), path.join(folder, 'shared.yaml'));
    await rm(path.join(folder, 'valid/casebook.yaml'));
    await symlink('../shared.yaml', path.join(folder, 'valid/casebook.yaml'));
    expect(await check(folder)).toEqual([
      `valid/casebook.yaml:1:1 the file is a link to ${path.join(folder, 'shared.yaml')}, outside ${path.join(folder, 'valid')}: copy the file into the folder instead of linking to it`,
    ]);
  });

  it('is one error when the content folder is a file', async () => {
    const folder = await project();
    const { diagnostics } = await checkCasebook(folder, { contentDir: 'valid/casebook.yaml' });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'valid/casebook.yaml:1:1 the content folder (CASEBOOK_CONTENT or --content) is valid/casebook.yaml, which is a file, not a folder: name the folder that holds casebook.yaml, cases/, series/ and sources/ (npm run init creates one)',
    ]);
  });
});

describe('characters that hide, reverse or attack', () => {
  it('refuses control characters in a summary (backspace, form feed, NEXT LINE), naming the character by code point', async () => {
    expect(await checkCase((text) => text.replace('这是一个用于开发', '这是一个\\b用于开发').replace('summary: ', 'summary: "').replace('示例。\n', '示例。"\n'))).toEqual([
      `${CASE}:3:10 summary: holds U+0008 BACKSPACE (a control character): delete it (it was probably pasted from a terminal or a word processor)`,
    ]);
    expect(await checkCase((text) => text.replace('这是一个用于开发', '这是一个\f用于开发'))).toEqual([
      `${CASE}:3:10 summary: holds U+000C FORM FEED (a control character): delete it (it was probably pasted from a terminal or a word processor)`,
    ]);
    expect(await checkCase((text) => text.replace('这是一个用于开发', '这是一个\u0085用于开发'))).toEqual([
      `${CASE}:3:10 summary: holds U+0085 NEXT LINE (a control character): delete it (it was probably pasted from a terminal or a word processor)`,
    ]);
  });

  it('refuses a right-to-left override in a title and in the body, also written as a character reference', async () => {
    const bidi = 'holds U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control, which reverses or reorders the text around it): delete it; Casebook publishes left-to-right text';
    expect(await checkCase((text) => text.replace('title: 蓬莱区', 'title: 蓬莱\u202E区'))).toEqual([`${CASE}:2:8 title: ${bidi}`]);
    expect(await checkCase((text) => text.replace('## 成效\n\n正文。', '## 成效\n\n正文\u202E。'))).toEqual([`${CASE}:65:3 the body ${bidi}`]);
    expect(await checkCase((text) => text.replace('## 成效\n\n正文。', '## 成效\n\n正文&#x202E;。'))).toEqual([`${CASE}:65:3 the body ${bidi.replace('OVERRIDE', 'OVERRIDE written as &#x202E;')}`]);
  });

  it('refuses a lone surrogate written as a YAML escape, instead of publishing U+FFFD', async () => {
    expect(await checkCase((text) => text.replace('title: 蓬莱区：以党建联盟串起海工装备产业链', 'title: "蓬莱区\\uD800以党建联盟串起海工装备产业链"'))).toEqual([
      `${CASE}:2:8 title: holds U+D800 (a lone surrogate: half of a UTF-16 pair, which no text can hold): delete it, or write the whole character`,
    ]);
  });

  it('refuses text that shows nothing: a summary of braille blanks, an English title of zero-width spaces', async () => {
    const blanks = '\u2800'.repeat(40);
    expect(await checkCase((text) => text.replace(/^summary: .*$/m, `summary: ${blanks}`))).toEqual([
      `${CASE}:3:10 summary: holds only characters that show as nothing (such as U+2800 BRAILLE PATTERN BLANK): write the text, or remove the field`,
    ]);
    expect(await checkCase((text) => text.replace('series: ', `en:\n  title: "${'\\u200B'.repeat(8)}"\nseries: `))).toEqual([
      `${CASE}:5:10 en.title: holds U+200B ZERO WIDTH SPACE (an invisible formatting character): delete it; it hides where words, numbers or names break`,
    ]);
  });

  it('refuses a soft hyphen in a tag, and folds format characters out of tag identity', async () => {
    expect(await checkCase((text) => text.replace('tags: [海工装备, 海上风电]', 'tags: [海工装备, 海上\u00AD风电]'))).toEqual([
      `${CASE}:11:14 tags[1]: holds U+00AD SOFT HYPHEN (an invisible formatting character): delete it; it hides where words, numbers or names break`,
    ]);
    const { tag } = await import('../../domain/normalise.ts');
    expect(tag('海上\u00AD风电')).toBe(tag('海上风电'));
    expect(tag('海上\u200B风电')).toBe(tag('海上风电'));
  });

  it('allows a zero width joiner inside an emoji sequence only', async () => {
    const { refusedCharacter } = await import('../../domain/text-policy.ts');
    expect(refusedCharacter('家庭👨\u200D👩\u200D👧')).toBeUndefined();
    expect(refusedCharacter('海上\u200D风电')).toEqual({ index: 2, codePoint: 0x200d, refused: 'invisible' });
    expect(refusedCharacter('海上\u200C风电')).toEqual({ index: 2, codePoint: 0x200c, refused: 'invisible' });
  });

  it('never prints a content file\'s escape sequences to the terminal: in a key, a value or a folder name', async () => {
    const folder = await project();
    await edit(folder, SERIES, (text) => `${text}"${ATTACK.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}": 1\n`);
    await mkdir(path.join(folder, `valid/cases/${ATTACK}`));
    await writeFile(path.join(folder, `valid/cases/${ATTACK}/Bad${ATTACK}.mdx`), '');
    const { diagnostics } = await checkCasebook(folder, { contentDir: 'valid', sourceTexts: 'valid/texts' });
    const report = formatReport(diagnostics);
    expect(report).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(diagnostics.map(formatDiagnostic).sort()).toEqual([
      'valid/cases/\\u{1B}]0;owned\\u{7}\\u{1B}[2J/Bad\\u{1B}]0;owned\\u{7}\\u{1B}[2J.mdx:1:1 file name "Bad\\u{1B}]0;owned\\u{7}\\u{1B}[2J" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "penglai-chain.mdx"',
      `${SERIES}:5:22 \\u{1B}]0;owned\\u{7}\\u{1B}[2J: the field name holds U+001B ESCAPE (a control character): delete it (it was probably pasted from a terminal or a word processor)`,
    ]);
  });
});

describe('dates that mean what they say', () => {
  const dateError = (date: string, line = 10) =>
    `${CASE}:${line}:7 date: ${date} is before 1900, the earliest year this casebook accepts (a digit may be missing from the year): write the year in four digits as it is; a casebook of older documents sets dates: { earliest: … } in valid/casebook.yaml`;

  it('reads a year as its four digits, never as 19xx, and refuses one before the floor', async () => {
    expect(await checkCase((text) => text.replace('date: 2026-11-05', 'date: 0000-01-01'))).toEqual([dateError('0000-01-01')]);
    expect(await checkCase((text) => text.replace('date: 2026-11-05', 'date: 0026-11-20'))).toEqual([dateError('0026-11-20')]);
    const folder = await project();
    await edit(folder, CASE, (text) => text.replace('date: 2026-11-05', 'date: 0026-11-20'));
    const { casebook } = await checkCasebook(folder, { contentDir: 'valid', sourceTexts: 'valid/texts' });
    expect(casebook.cases[0]!.data.date.toISOString().slice(0, 10)).toBe('0026-11-20');
  });

  it('refuses a date far in the future, and a source dated before the floor', async () => {
    expect(await checkCase((text) => text.replace('date: 2026-11-05', 'date: 9999-12-31'))).toEqual([
      `${CASE}:10:7 date: 9999-12-31 is more than 31 days after today: date a case when it is published and a source when it appeared; to allow later dates set dates: { futureDays: … } in valid/casebook.yaml`,
    ]);
    const folder = await project();
    await edit(folder, SOURCE, (text) => text.replace('date: unknown', 'date: 0021-06'));
    expect(await check(folder)).toEqual([
      `${SOURCE}:6:7 date: 0021-06 is before 1900, the earliest year this casebook accepts (a digit may be missing from the year): write the year in four digits as it is; a casebook of older documents sets dates: { earliest: … } in valid/casebook.yaml`,
    ]);
  });

  it('takes the floor and the margin from casebook.yaml', async () => {
    const folder = await project();
    await edit(folder, SOURCE, (text) => text.replace('date: unknown', 'date: 1850'));
    await edit(folder, 'valid/casebook.yaml', (text) => `${text}dates: { earliest: 1800, futureDays: 0 }\n`);
    expect(await check(folder)).toEqual([]);
    await edit(folder, 'valid/casebook.yaml', (text) => text.replace('earliest: 1800', 'earliest: 1900'));
    expect(await check(folder)).toEqual([
      `${SOURCE}:6:7 date: 1850 is before 1900, the earliest year this casebook accepts: write the year in four digits as it is; a casebook of older documents sets dates: { earliest: … } in valid/casebook.yaml`,
    ]);
  });
});

describe('names the site uses itself', () => {
  it('refuses a series named like the whole-casebook report', async () => {
    const folder = await project();
    await cp(path.join(folder, SERIES), path.join(folder, 'valid/series/casebook.yaml'));
    expect(await check(folder)).toEqual([
      "valid/series/casebook.yaml:1:1 the series id \"casebook\" is taken by the whole-casebook report, /reports/casebook/: rename the file (e.g. casebook-series.yaml) and the cases' series: fields",
    ]);
  });

  it('refuses a case named as Windows names a device', async () => {
    const folder = await project();
    await cp(path.join(folder, CASE), path.join(folder, 'valid/cases/con.mdx'));
    expect(await check(folder)).toEqual([
      'valid/cases/con.mdx:1:1 "con" is a name Windows keeps for a device, so the page or file named after it cannot be copied to or served from Windows: rename the file',
    ]);
  });

  it('gives a body heading that takes a page id another id', async () => {
    const folder = await project();
    await edit(folder, CASE, (text) => text.replace('### 建联盟', '### main\n\n### stat-blade-length\n\n### 建联盟'));
    const { casebook } = await checkCasebook(folder, { contentDir: 'valid', sourceTexts: 'valid/texts' });
    const html = casebook.cases[0]!.parsed.html;
    expect(html).toContain('<h3 id="section-main">main</h3>');
    expect(html).toContain('<h3 id="section-stat-blade-length">stat-blade-length</h3>');
    expect(html).not.toMatch(/<h3 id="(?:main|stat-blade-length)"/);
  });

  it('refuses frontmatter written after the closing ---', async () => {
    const stray = '"draft: …" after the closing --- is body text, not frontmatter, so it does not apply: move the line up into the frontmatter, above the closing ---';
    expect(await checkCase((text) => text.replace('---\n\n## 背景', '---\ndraft: true\n---\n\n## 背景'))).toEqual([`${CASE}:48:1 draft: ${stray}, and remove the second ---`]);
    expect(await checkCase((text) => text.replace('---\n\n## 背景', '---\n\ndraft: true\n\n## 背景'))).toEqual([`${CASE}:49:1 draft: ${stray}`]);
    // A second block with its own opening ---.
    expect(await checkCase((text) => text.replace('---\n\n## 背景', '---\n---\ndraft: true\n---\n\n## 背景'))).toEqual([`${CASE}:49:1 draft: ${stray}, and remove the second ---`]);
    // Body text that only looks like a field is prose.
    expect(await checkCase((text) => text.replace('---\n\n## 背景', '---\n\nNote: written from the reports.\n\n## 背景'))).toEqual([]);
  });
});

describe('claims outside the prose', () => {
  it('reads figures in image descriptions, link titles and inline code', async () => {
    const claim = (column: number, figure: string) =>
      `${CASE}:65:${column} "${figure}" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`;
    // The alt text's figure at its place; a link title's at the link (the parser gives a title no place of its own).
    expect(await checkCase((text) => text.replace('## 成效\n\n正文。', '## 成效\n\n![码头停靠船只36艘](/x.png) 见[报道](/y "共签约项目48个")，`产值突破百亿元`。'))).toEqual([
      claim(28, '48个'),
      claim(46, '突破百亿元'),
      claim(9, '36艘'),
    ]);
    // A link definition's title, at the definition.
    expect(await checkCase((text) => text.replace('## 成效\n\n正文。', '## 成效\n\n正文。\n\n[报道]: /y "签约项目48个"'))).toEqual([
      `${CASE}:67:5 "48个" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
    ]);
  });
});

describe('messages that help', () => {
  it('names a full-width colon typed by an input method', async () => {
    expect(await checkCase((text) => text.replace('kind: industrial-chain', 'kind：industrial-chain'))).toEqual([
      `${CASE}:5:5 kind: "kind" is followed by a full-width colon ：(U+FF1A, as a Chinese input method types it): write an ASCII colon and a space, "kind: "`,
    ]);
  });

  it('names indentation typed with a full-width space', async () => {
    expect(await checkCase((text) => text.replace('  city: 烟台市', '\u3000city: 烟台市'))).toEqual([
      `${CASE}:8:1 the line is indented with a full-width space (U+3000 IDEOGRAPHIC SPACE, as a Chinese input method types it): indent with ASCII spaces`,
    ]);
  });

  it('names a loop of links', async () => {
    const folder = await project();
    await symlink('loop-b.mdx', path.join(folder, 'valid/cases/loop-a.mdx'));
    await symlink('loop-a.mdx', path.join(folder, 'valid/cases/loop-b.mdx'));
    expect(await check(folder)).toEqual([
      'valid/cases/loop-a.mdx:1:1 a link to loop-b.mdx, which leads back to itself (a loop of links): remove the link, or point it at a case file',
      'valid/cases/loop-b.mdx:1:1 a link to loop-a.mdx, which leads back to itself (a loop of links): remove the link, or point it at a case file',
    ]);
  });

  it('says merge keys and unknown tags are not supported, once each', async () => {
    const folder = await project();
    await writeFile(path.join(folder, SERIES), 'base: &base\n  order: 2\n<<: *base\ntitle: 蓬莱海工装备产业链\n');
    expect(await check(folder)).toEqual([`${SERIES}:3:1 merge keys (<<) are not supported: write each field out in full (no <<: *name)`]);
    await edit(folder, SERIES, () => 'title: !include title.txt\n');
    expect(await check(folder)).toEqual([
      `${SERIES}:1:8 the YAML tag !include is not supported: Casebook reads plain values only (no !include, !env…); write the value itself`,
    ]);
  });

  it('bounds key length and nesting, and prints a long key shortened, once', async () => {
    const folder = await project();
    await edit(folder, SERIES, (text) => `${text}${'k'.repeat(100_000)}: 1\n`);
    const [long] = await check(folder);
    expect(long).toBe(
      `${SERIES}:5:1 a field name of 100,000 characters ("kkkkkkkkkkkkkkkkkkkkkkk… (100,000 characters)") is longer than the limit of 100: field names are short words such as "title"; see docs/reference/limits.md`,
    );
    await edit(folder, SERIES, () => `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(await check(folder)).toEqual([
      `${SERIES}:1:1 the YAML is nested more than 20 levels deep (lists or braces inside one another): no field needs that; see docs/reference/limits.md`,
    ]);
  });

  it('says a series written as a list must be fields', async () => {
    const folder = await project();
    await writeFile(path.join(folder, SERIES), '- title: 蓬莱海工装备产业链\n- order: 2\n');
    expect(await check(folder)).toEqual([
      `${SERIES}:1:1 the file must be a set of "field: value" lines, one field per line, but it is a list (its lines start with "- "): write it as "title: …", "description: …" and so on (see docs/reference/frontmatter.md)`,
    ]);
  });

  it('names every code point of a character made of several', async () => {
    const { describeCharacter } = await import('../../domain/text-policy.ts');
    expect(describeCharacter('e\u0301')).toBe('"e\u0301" (U+0065 U+0301)');
    expect(describeCharacter('\u{20000}')).toBe('"\u{20000}" (U+20000)');
  });
});

describe('one state of the content', () => {
  it('reads the casebook as it is when nothing changes during the read', async () => {
    const folder = await project();
    const casebook = await loadCasebook(folder, 'valid');
    expect(casebook.diagnostics).toEqual([]);
    expect(casebook.cases.map((entry) => entry.id)).toEqual(['penglai-sample']);
  });
});
