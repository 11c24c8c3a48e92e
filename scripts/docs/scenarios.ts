import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_CONTENT_FILE_BYTES, MAX_SOURCE_TEXT_BYTES } from '../../src/model/files/limits.ts';

/** Words in Chinese and English: the editors read Chinese first. */
export interface Words {
  zh: string;
  en: string;
}

/**
 * One kind of bad input, how it is produced, and how an editor fixes it.
 * Either a test fixture (`fixture`, with `match` picking this problem's
 * errors out of the fixture's) or an edit of the valid fixture (`edit`).
 */
export interface Scenario {
  section: keyof typeof SECTIONS;
  problem: Words;
  fix: Words;
  /** A folder of tests/fixtures/ checked as it is. */
  fixture?: string;
  /** Which of the fixture's errors this row shows (tested against `file:line:col field: message`). */
  match?: RegExp;
  /** Changes a copy of tests/fixtures/valid (laid out as content/, with its texts in content/texts/). */
  edit?: (project: Project) => Promise<void>;
}

/** Sections of the error table, in the order an editor meets them. */
export const SECTIONS = {
  files: { zh: '文件与编码', en: 'Files and encodings' },
  characters: { zh: '看不见或会捣乱的字符', en: 'Characters that hide, reverse or attack' },
  frontmatter: { zh: '头信息（frontmatter）', en: 'Frontmatter' },
  records: { zh: '系列与来源记录', en: 'Series and source records' },
  body: { zh: '正文', en: 'The body' },
  limits: { zh: '正文的上限', en: 'Body limits' },
  figures: { zh: '数字', en: 'Figures' },
  sources: { zh: '来源与原文', en: 'Sources and their texts' },
  agreement: { zh: '各页一致', en: 'Agreement across pages' },
  urls: { zh: '地区与标签的网址', en: 'Region and tag URLs' },
  cards: { zh: '分享卡', en: 'Social cards' },
} satisfies Record<string, Words>;

/** A scratch project holding a copy of the valid fixture, with helpers to change it. */
export interface Project {
  root: string;
  /** Replaces text in a file of the project (the first match of `from`), failing if it is not there. */
  replace(file: string, from: string | RegExp, to: string): Promise<void>;
  write(file: string, text: string | Buffer): Promise<void>;
  read(file: string): Promise<string>;
}

/** Paths inside a scratch project. */
export const CASE = 'content/cases/penglai-sample.mdx';
const SERIES = 'content/series/penglai-chain.yaml';
const SOURCE = 'content/sources/spread-b14-b15.yaml';
const TEXT = 'content/texts/002_53224f3071a808ca.txt';
/** Bytes of 云浮市 in GBK, which GB18030 contains (Node has no GB18030 encoder). */
const YUNFU_GBK = [0xd4, 0xc6, 0xb8, 0xa1, 0xca, 0xd0];
const gbk = (text: string) => Buffer.from(text.split('云浮市').flatMap((part, index) => [...(index ? YUNFU_GBK : []), ...Buffer.from(part)]));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A second case beside the sample, changed by `change`. */
const secondCase = (change: (text: string) => string) => async (project: Project) =>
  project.write('content/cases/second.mdx', change(await project.read(CASE)));

/** Appends text to the body's last section. */
const appendToBody = (text: string) => (project: Project) => project.replace(CASE, /正文。\s*$/, `正文。\n\n${text}\n`);

export const SCENARIOS: Scenario[] = [
  // Files and encodings
  {
    section: 'files',
    problem: { zh: '空文件', en: 'an empty file' },
    fixture: 'broken',
    match: /the file is empty/,
    fix: { zh: '用 `npm run new` 生成案例，或从 `---` 开始写头信息。', en: 'Start the file with a `---` frontmatter block, or create it with `npm run new`.' },
  },
  {
    section: 'files',
    problem: { zh: '没有头信息', en: 'no frontmatter' },
    edit: (project) => project.replace(CASE, /^---\n/, ''),
    fix: { zh: '文件第一行写 `---`，头信息写完再写一行 `---`。', en: 'Make `---` the first line, and close the frontmatter with another `---` line.' },
  },
  {
    section: 'files',
    problem: { zh: '头信息没有结束', en: 'frontmatter never closed' },
    edit: (project) => project.replace(CASE, '\n---\n\n## 背景', '\n\n## 背景'),
    fix: { zh: '在最后一个字段之后、正文之前加一行 `---`。', en: 'Add a `---` line after the last field, before the body.' },
  },
  {
    section: 'files',
    problem: { zh: '文件名不是合法的 id', en: 'a file name that is not a valid id' },
    fixture: 'broken',
    match: /is not a valid id/,
    fix: { zh: '文件名只用小写字母、数字和单个连字符，如 `penglai-chain.mdx`；文件名就是网址。', en: 'Rename the file with lower-case letters, digits and single hyphens; the name is the URL.' },
  },
  {
    section: 'files',
    problem: { zh: '两个文件同名（在不同子文件夹里）', en: 'two files with one id (in different subfolders)' },
    fixture: 'broken',
    match: /duplicate id/,
    fix: { zh: '改掉其中一个文件的名字；子文件夹不算进 id。', en: 'Rename one of them: subfolders are not part of the id.' },
  },
  {
    section: 'files',
    problem: { zh: '扩展名大写', en: 'an upper-case extension' },
    edit: (project) => rename(path.join(project.root, CASE), path.join(project.root, 'content/cases/penglai-sample.MDX')),
    fix: { zh: '改成小写的 `.mdx`。', en: 'Rename it to end in `.mdx`.' },
  },
  {
    section: 'files',
    problem: { zh: '案例文件夹里有别的文件', en: 'another kind of file in the cases folder' },
    edit: (project) => project.write('content/cases/notes.md', '# notes\n'),
    fix: { zh: '案例改成 `.mdx`，其他文件移出 `content/cases/`。', en: 'Rename a case to `.mdx`; move any other file out of `content/cases/`.' },
  },
  {
    section: 'files',
    problem: { zh: '系列文件写成 `.yml`', en: 'a series file saved as `.yml`' },
    edit: (project) => rename(path.join(project.root, SERIES), path.join(project.root, 'content/series/penglai-chain.yml')),
    fix: { zh: '改成 `.yaml`（同一个 id 只有一种写法）。', en: 'Rename it to `.yaml` (one spelling, so one file per id).' },
  },
  {
    section: 'files',
    problem: { zh: '系列或来源文件夹里有子文件夹', en: 'a folder inside `series/` or `sources/`' },
    edit: async (project) => {
      await mkdir(path.join(project.root, 'content/series/old'));
      await project.write('content/series/old/yunfu.yaml', 'title: x\n');
    },
    fix: { zh: '系列和来源文件直接放在 `content/series/`、`content/sources/` 里；案例可以分子文件夹。', en: 'Put series and source files in the folder itself; only cases may be grouped in subfolders.' },
  },
  {
    section: 'files',
    problem: { zh: '指向文件夹的链接（如链接循环）', en: 'a link to a folder (such as a link loop)' },
    edit: (project) => symlink('.', path.join(project.root, 'content/cases/loop')),
    fix: { zh: '删除这个链接；案例直接放进 `content/cases/`。', en: 'Remove the link; put the cases in `content/cases/` itself.' },
  },
  {
    section: 'files',
    problem: { zh: '指向不存在文件的链接', en: 'a link to nothing' },
    edit: (project) => symlink('../gone.mdx', path.join(project.root, 'content/cases/gone.mdx')),
    fix: { zh: '删除链接，或让它指向一个案例文件。', en: 'Remove the link, or point it at a case file.' },
  },
  {
    section: 'files',
    problem: { zh: '文件存成 GB18030/GBK', en: 'a file saved as GB18030/GBK' },
    edit: (project) =>
      project.write(SOURCE, gbk('title: unknown\ndescription: Yunfu\n# 云浮市\noutlet: unknown\ntype: newspaper\ndate: unknown\npages: B14-B15\nauthors: unknown\n')),
    fix: { zh: '在编辑器里以 UTF-8 编码另存。', en: 'Save it again as UTF-8 in your editor.' },
  },
  {
    section: 'files',
    problem: { zh: '文件存成 UTF-16', en: 'a file saved as UTF-16' },
    edit: async (project) => project.write(CASE, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await project.read(CASE), 'utf16le')])),
    fix: { zh: '以 UTF-8 编码另存（带不带 BOM 都可以）。', en: 'Save it as UTF-8 (with or without a byte-order mark).' },
  },
  {
    section: 'files',
    problem: { zh: '二进制文件（图片、PDF、Word 文档）', en: 'a binary file (an image, a PDF, a Word document)' },
    edit: (project) => project.write(SERIES, PNG),
    fix: { zh: '内容文件必须是纯文本；把图片等移出内容文件夹。', en: 'Content files are plain text; move the binary file out of the content folder.' },
  },
  {
    section: 'files',
    problem: { zh: '文件超过 1 MB', en: 'a file over 1 MB' },
    edit: (project) => truncate(path.join(project.root, CASE), MAX_CONTENT_FILE_BYTES + 1),
    fix: { zh: '拆成几个案例；一个真实案例远小于这个上限。', en: 'Split it: a real case is far smaller than the limit.' },
  },
  {
    section: 'files',
    problem: { zh: '同义词表名字不对', en: 'the thesaurus under another name' },
    edit: (project) => project.write('content/thesaurus.yml', 'groups:\n  - [党建, 党的建设]\n'),
    fix: { zh: '改名为 `thesaurus.yaml`。', en: 'Rename it to `thesaurus.yaml`.' },
  },
  {
    section: 'files',
    problem: { zh: '不是普通文件（命名管道、设备、文件夹）', en: 'not a regular file (a named pipe, a device, a folder)' },
    edit: async (project) => {
      await rm(path.join(project.root, TEXT));
      execFileSync('mkfifo', [path.join(project.root, TEXT)]);
    },
    fix: { zh: '换成文本文件本身；Casebook 只读普通文件，不等管道、不读设备。', en: 'Put the text file itself there: only regular files are read, never a pipe or a device.' },
  },
  {
    section: 'files',
    problem: { zh: '指向内容文件夹以外的链接', en: 'a link to a file outside its folder' },
    edit: async (project) => {
      await writeFile(path.join(project.root, 'elsewhere.txt'), await readFile(path.join(project.root, TEXT)));
      await rm(path.join(project.root, TEXT));
      await symlink('../../elsewhere.txt', path.join(project.root, TEXT));
    },
    fix: { zh: '把文件复制进文件夹，不要链接到别处（如 `/dev/zero`、别的项目）。', en: 'Copy the file into the folder instead of linking elsewhere (such as `/dev/zero` or another project).' },
  },
  // Characters that hide, reverse or attack
  {
    section: 'characters',
    problem: { zh: '控制字符（退格、换页、NEL、ESC）', en: 'a control character (backspace, form feed, NEL, ESC)' },
    edit: (project) => project.replace(CASE, '这是一个用于开发', '这是一个\f用于开发'),
    fix: { zh: '删掉它（多半是从终端或文字处理软件粘贴来的）；它会让 RSS 无法解析。', en: 'Delete it (usually pasted from a terminal or a word processor); it makes the feed unreadable.' },
  },
  {
    section: 'characters',
    problem: { zh: '双向控制字符（如 U+202E）', en: 'a bidirectional control (such as U+202E)' },
    edit: (project) => project.replace(CASE, 'title: 蓬莱区', 'title: 蓬莱\u202E区'),
    fix: { zh: '删掉它：它把后面的文字倒过来显示。', en: 'Delete it: it shows the text after it reversed.' },
  },
  {
    section: 'characters',
    problem: { zh: '孤立的代理项（`"\\uD800"`）', en: 'a lone surrogate (`"\\uD800"`)' },
    edit: (project) => project.replace(CASE, 'title: 蓬莱区：以党建联盟串起海工装备产业链', 'title: "蓬莱区\\uD800以党建联盟串起海工装备产业链"'),
    fix: { zh: '删掉它，或写出完整的字符。', en: 'Delete it, or write the whole character.' },
  },
  {
    section: 'characters',
    problem: { zh: '只有看不见的字符（盲文空白、零宽空格）', en: 'text of invisible characters only (braille blanks, zero-width spaces)' },
    edit: (project) => project.replace(CASE, /^summary: .*$/m, `summary: ${'\u2800'.repeat(40)}`),
    fix: { zh: '写上真正的文字；空白的摘要会在列表和分享卡上显示为空。', en: 'Write the text: a blank summary shows as nothing in lists and previews.' },
  },
  {
    section: 'characters',
    problem: { zh: '名字里的格式字符（软连字符、零宽空格）', en: 'a format character in a name (soft hyphen, zero-width space)' },
    edit: (project) => project.replace(CASE, 'tags: [海工装备, 海上风电]', 'tags: [海工装备, 海上\u00AD风电]'),
    fix: { zh: '删掉它：两个看起来一样的标签会变成两页。', en: 'Delete it: two tags that read the same would be two pages.' },
  },
  {
    section: 'characters',
    problem: { zh: '正文里写成字符引用的控制字符（`&#x202E;`）', en: 'a refused character written as a reference in the body (`&#x202E;`)' },
    edit: appendToBody('正文&#x202E;。'),
    fix: { zh: '删掉这个引用。', en: 'Delete the reference.' },
  },
  // Frontmatter
  {
    section: 'frontmatter',
    problem: { zh: '输入法打出的全角冒号（`title：`）', en: 'a full-width colon typed by an input method (`title：`)' },
    edit: (project) => project.replace(CASE, 'kind: industrial-chain', 'kind：industrial-chain'),
    fix: { zh: '改成半角冒号加空格：`kind: `。', en: 'Write an ASCII colon and a space: `kind: `.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: 'YAML 合并键（`<<: *name`）', en: 'a YAML merge key (`<<: *name`)' },
    edit: (project) => project.write(SERIES, 'base: &base\n  order: 2\n<<: *base\ntitle: 蓬莱海工装备产业链\n'),
    fix: { zh: '把字段逐个写出来。', en: 'Write each field out.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: 'YAML 标签（`!include`）', en: 'a YAML tag (`!include`)' },
    edit: (project) => project.replace(SERIES, /^title: /m, 'title: !include '),
    fix: { zh: '直接写出值；Casebook 不读别的文件进来。', en: 'Write the value itself; Casebook does not read other files in.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '嵌套太深的 YAML', en: 'YAML nested too deep' },
    edit: (project) => project.replace(SERIES, /^order: 2$/m, `order: 2\nextra: ${'['.repeat(30)}${']'.repeat(30)}`),
    fix: { zh: '没有字段需要嵌套 20 层以上；见[上限](../reference/limits.md)。', en: 'No field needs more than 20 levels; see [limits](../reference/limits.md).' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '极长的字段名', en: 'a very long field name' },
    edit: (project) => project.replace(SERIES, /^order: 2$/m, `order: 2\n${'k'.repeat(5000)}: 1`),
    fix: { zh: '字段名是 `title` 这样的短词；见[上限](../reference/limits.md)。', en: 'Field names are short words such as `title`; see [limits](../reference/limits.md).' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '头信息写在结束的 `---` 之后', en: 'frontmatter after the closing `---`' },
    edit: (project) => project.replace(CASE, '---\n\n## 背景', '---\ndraft: true\n---\n\n## 背景'),
    fix: { zh: '把这一行移到结束的 `---` 之上，删掉第二个 `---`。', en: 'Move the line above the closing `---`, and remove the second `---`.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '年份少了一位或早得不可能（`0026-11-20`）', en: 'a year missing a digit or impossibly early (`0026-11-20`)' },
    edit: (project) => project.replace(CASE, 'date: 2026-11-05', 'date: 0026-11-20'),
    fix: { zh: '写出四位年份；收录更早文献的案例集在 casebook.yaml 里设 `dates: { earliest: … }`。', en: 'Write the four-digit year; a casebook of older documents sets `dates: { earliest: … }` in casebook.yaml.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '远在未来的日期（`9999-12-31`）', en: 'a date far in the future (`9999-12-31`)' },
    edit: (project) => project.replace(CASE, 'date: 2026-11-05', 'date: 9999-12-31'),
    fix: { zh: '写发布的日期；确需更晚的日期时在 casebook.yaml 里设 `dates: { futureDays: … }`。', en: 'Write the day it is published; set `dates: { futureDays: … }` in casebook.yaml if later dates are meant.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: 'YAML 写错', en: 'malformed YAML' },
    edit: (project) => project.replace(CASE, 'kind: industrial-chain', 'kind: industrial-chain: park'),
    fix: { zh: '看报错所指的行：冒号后的值里再有冒号时加引号，缩进用空格。', en: 'Look at the line named: quote a value that holds a colon, indent with spaces.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '缺少必填字段', en: 'a required field missing' },
    edit: (project) => project.replace(CASE, /^summary: .*\n/m, ''),
    fix: { zh: '补上这个字段；各字段见[头信息参考](../reference/frontmatter.md)。', en: 'Add the field; see the [frontmatter reference](../reference/frontmatter.md).' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '字段名拼错', en: 'a misspelt field' },
    edit: (project) => project.replace(CASE, 'tags:', 'tag:'),
    fix: { zh: '按提示改成正确的字段名。', en: 'Use the field name suggested.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '类型（kind）不在清单里', en: 'a kind not in the list' },
    edit: (project) => project.replace(CASE, 'kind: industrial-chain', 'kind: parc'),
    fix: { zh: '从报错列出的类型里选一个。', en: 'Choose one of the kinds listed.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '日期不存在', en: 'a date that is not a day' },
    edit: (project) => project.replace(CASE, 'date: 2026-11-05', 'date: 2026-02-30'),
    fix: { zh: '写成 `YYYY-MM-DD`，且是日历上真有的一天。', en: 'Write a real day as `YYYY-MM-DD`.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '修订日期早于发布日期', en: 'a revision before publication' },
    edit: (project) => project.replace(CASE, 'date: 2026-11-05', 'date: 2026-11-05\nupdated: 2020-01-01'),
    fix: { zh: '`updated` 是发布之后的修订日期，不能早于 `date`。', en: '`updated` is a revision after `date`: fix whichever is wrong.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: 'id 写法不对', en: 'an id written wrongly' },
    edit: (project) => project.replace(CASE, 'series: penglai-chain', 'series: Penglai_Chain'),
    fix: { zh: 'id 只用小写字母、数字和单个连字符。', en: 'Ids are lower-case letters, digits and single hyphens.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '系列不存在', en: 'an unknown series' },
    fixture: 'broken',
    match: / series: unknown series/,
    fix: { zh: '改成提示的 id，或在 `content/series/` 里建这个系列。', en: 'Use the id suggested, or create the series in `content/series/`.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '来源不存在', en: 'an unknown source' },
    fixture: 'broken',
    match: /unknown source/,
    fix: { zh: '改成已有来源的 id，或在 `content/sources/` 里建这条来源记录。', en: 'Use an existing source id, or add the record to `content/sources/`.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '统计引用的来源不在本案例的 `sources` 里', en: 'a statistic citing a source the case does not list' },
    edit: (project) => project.replace(CASE, 'sources: [spread-b14-b15, visit-notes]', 'sources: [spread-b14-b15]'),
    fix: { zh: '把这个来源加进 `sources`，或改正统计的 `source`。', en: "Add the source to the case's `sources`, or correct the statistic's `source`." },
  },
  {
    section: 'frontmatter',
    problem: { zh: '统计 id 重复', en: 'a duplicate statistic id' },
    edit: (project) => project.replace(CASE, 'id: branches', 'id: blade-length'),
    fix: { zh: '给每条统计一个本案例里唯一的 id。', en: 'Give every statistic an id of its own within the case.' },
  },
  {
    section: 'frontmatter',
    problem: { zh: '标题太长', en: 'a title too long' },
    edit: (project) => project.replace(CASE, /^title: .*$/m, `title: ${'蓬莱区以党建联盟串起海工装备产业链'.repeat(4)}`),
    fix: { zh: '标题最多 60 个字符，才放得进分享卡和搜索结果。', en: 'Shorten it to 60 characters at most, so it fits cards and search results.' },
  },
  // Series and source records
  {
    section: 'records',
    problem: { zh: '系列文件写成列表', en: 'a series file written as a list' },
    edit: (project) => project.write(SERIES, '- title: 蓬莱海工装备产业链\n- order: 2\n'),
    fix: { zh: '每行写一个 `字段: 值`，不要以 `- ` 开头。', en: 'Write one `field: value` per line, not starting with `- `.' },
  },
  {
    section: 'records',
    problem: { zh: '系列 id 与网站自己的网址冲突（`casebook`）', en: 'a series id the site uses itself (`casebook`)' },
    edit: (project) => cp(path.join(project.root, SERIES), path.join(project.root, 'content/series/casebook.yaml')),
    fix: { zh: '给文件换个名字；`/reports/casebook/` 是整个案例集的报告。', en: 'Rename the file: `/reports/casebook/` is the whole casebook\'s report.' },
  },
  {
    section: 'records',
    problem: { zh: 'Windows 保留的设备名（`con`、`nul`）', en: 'a name Windows keeps for a device (`con`, `nul`)' },
    edit: (project) => cp(path.join(project.root, CASE), path.join(project.root, 'content/cases/con.mdx')),
    fix: { zh: '换一个文件名。', en: 'Rename the file.' },
  },
  {
    section: 'records',
    problem: { zh: '来源记录缺字段', en: 'a source record missing fields' },
    fixture: 'broken',
    match: /incomplete\.yaml/,
    fix: { zh: '补上字段；来源上看不到的写 `unknown`，不要猜。', en: 'Add each field; write `unknown` for what the source does not show, never a guess.' },
  },
  {
    section: 'records',
    problem: { zh: '来源记录的字段太短', en: 'a source record field too short' },
    edit: (project) => project.replace(SOURCE, 'outlet: unknown', 'outlet: X'),
    fix: { zh: '写出完整名称，或写 `unknown`。', en: 'Write the whole name, or `unknown`.' },
  },
  {
    section: 'records',
    problem: { zh: '系列字段类型不对', en: 'a series field of the wrong type' },
    edit: (project) => project.replace(SERIES, /^order: .*$/m, 'order: first'),
    fix: { zh: '`order` 是整数，决定系列在首页上的位置。', en: '`order` is a whole number: the position on the home page.' },
  },
  {
    section: 'records',
    problem: { zh: 'YAML 别名炸弹', en: 'a YAML alias bomb' },
    edit: (project) =>
      project.write(
        SERIES,
        `${['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`)].join('\n')}\n`,
      ),
    fix: { zh: '内容文件里不要用 YAML 锚点和别名（`&`、`*`）。', en: 'Do not use YAML anchors and aliases (`&`, `*`) in content files.' },
  },
  // The body
  {
    section: 'body',
    problem: { zh: '图片说明、链接标题或行内代码里的数字', en: 'a figure in an image description, a link title or inline code' },
    edit: appendToBody('![码头停靠船只36艘](/x.png)'),
    fix: { zh: '和正文一样：声明为统计数字，或用 `<NotClaim>` 包起来。', en: 'As in prose: declare it as a statistic, or wrap it in `<NotClaim>`.' },
  },
  {
    section: 'body',
    problem: { zh: '`<Stat>` 指向未声明的统计', en: '`<Stat>` naming no statistic' },
    fixture: 'prose',
    match: /names no statistic/,
    fix: { zh: '改成头信息 `stats` 里已有的 id。', en: 'Use an id declared in `stats`.' },
  },
  {
    section: 'body',
    problem: { zh: '声明了统计但正文没写', en: 'a statistic declared but never stated' },
    fixture: 'prose',
    match: /never stated/,
    fix: { zh: '在正文说到这个数的地方写 `<Stat id="…" />`，或删掉这条统计。', en: 'Write `<Stat id="…" />` where the text makes the claim, or delete the statistic.' },
  },
  {
    section: 'body',
    problem: { zh: '正文里有未声明的数字', en: 'an undeclared figure in the body' },
    fixture: 'prose',
    match: /reads as a claim/,
    fix: {
      zh: '在 `stats` 里声明它并写 `<Stat id="…" />`；不是论断的数字（名称、编号）用 `<NotClaim>…</NotClaim>` 包起来。',
      en: 'Declare it in `stats` and write `<Stat id="…" />`; wrap a number that is not a claim (a name, a number in a title) in `<NotClaim>…</NotClaim>`.',
    },
  },
  {
    section: 'body',
    problem: { zh: '数字后面是目录外的单位', en: 'a number before a unit outside the catalogue' },
    edit: appendToBody('园区有12码产品。'),
    fix: {
      zh: '换成[单位目录](../reference/units.md)里的单位并声明为统计，或用 `<NotClaim>` 包起来。',
      en: 'Use a unit of the [catalogue](../reference/units.md) and declare the figure, or wrap it in `<NotClaim>`.',
    },
  },
  {
    section: 'body',
    problem: { zh: 'MDX 读不通', en: 'MDX that does not parse' },
    edit: appendToBody('<NotClaim>没有结束的标签'),
    fix: { zh: '看报错所指的位置：补上结束标签；正文里的 `<` 要写成 `\\<`。', en: 'Look at the place named: close the tag; write `\\<` for a literal `<`.' },
  },
  {
    section: 'body',
    problem: { zh: '尖括号网址', en: 'an autolink' },
    edit: appendToBody('详见<https://example.org>。'),
    fix: { zh: '写成 `[文字](https://example.org)`。', en: 'Write `[text](https://example.org)`.' },
  },
  {
    section: 'body',
    problem: { zh: '正文里有代码（import/export）', en: 'code in a body (import/export)' },
    edit: (project) => project.replace(CASE, '## 背景', "import X from './x.ts';\n\n## 背景"),
    fix: { zh: '删掉；正文只写内容。', en: 'Delete it: a case is content, not code.' },
  },
  {
    section: 'body',
    problem: { zh: '正文里有 `{…}` 表达式', en: 'a `{…}` expression in a body' },
    edit: appendToBody('共{1 + 1}项。'),
    fix: { zh: '删掉花括号；注释写成 `{/* … */}`。', en: 'Remove the braces; comments are `{/* … */}`.' },
  },
  {
    section: 'body',
    problem: { zh: '不是组件的标签', en: 'a tag that is not a component' },
    edit: appendToBody('<img src="x.png" />'),
    fix: { zh: '用 Markdown 写；只能用 `<Stat>` 和 `<NotClaim>`。', en: 'Use Markdown; the only components are `<Stat>` and `<NotClaim>`.' },
  },
  {
    section: 'body',
    problem: { zh: '组件带了不支持的属性', en: 'an attribute a component does not take' },
    edit: (project) => project.replace(CASE, '<Stat id="volunteers" />', '<Stat id="volunteers" class="big" />'),
    fix: { zh: '`<Stat>` 只写 `id`。', en: '`<Stat>` takes `id` only.' },
  },
  {
    section: 'body',
    problem: { zh: '会运行脚本的链接', en: 'a link that runs script' },
    edit: appendToBody('[点这里](javascript:alert(1))'),
    fix: { zh: '链接只能指向 http(s)、mailto、tel 或本站页面。', en: 'Link only to http(s), mailto, tel or a page of this site.' },
  },
  {
    section: 'body',
    problem: { zh: '正文为空', en: 'an empty body' },
    edit: (project) => project.replace(CASE, /\n---\n[\s\S]*$/, '\n---\n'),
    fix: { zh: '写出四个二级标题：`## 背景`、`## 主要做法`、`## 成效`、`## 启示`。', en: 'Write the four level-2 sections: `## 背景`, `## 主要做法`, `## 成效`, `## 启示`.' },
  },
  {
    section: 'body',
    problem: { zh: '缺一个部分（或标题写错）', en: 'a section missing (or misspelt)' },
    edit: (project) => project.replace(CASE, '## 成效', '## 效果'),
    fix: { zh: '按提示补上或改正标题；也接受 `## 做法`、`## 主要成效`、`## 经验启示`。', en: 'Add or correct the heading; `## 做法`, `## 主要成效` and `## 经验启示` are accepted too.' },
  },
  {
    section: 'body',
    problem: { zh: '部分标题级别不对', en: 'a section at the wrong level' },
    edit: (project) => project.replace(CASE, '## 成效', '### 成效'),
    fix: { zh: '四个部分都是二级标题（`##`）。', en: 'The four sections are level-2 headings (`##`).' },
  },
  {
    section: 'body',
    problem: { zh: '部分顺序不对', en: 'sections out of order' },
    edit: async (project) => {
      await project.replace(CASE, '## 成效', '## 启示X');
      await project.replace(CASE, /## 启示(?!X)/, '## 成效');
      await project.replace(CASE, '## 启示X', '## 启示');
    },
    fix: { zh: '按 背景、主要做法、成效、启示 的顺序排列。', en: 'Order them 背景, 主要做法, 成效, 启示.' },
  },
  {
    section: 'body',
    problem: { zh: '部分重复', en: 'a section twice' },
    edit: appendToBody('## 启示\n\n再写一遍。'),
    fix: { zh: '每个部分只写一次，合并重复的内容。', en: 'Write each section once: merge the two.' },
  },
  // Body limits
  {
    section: 'limits',
    problem: { zh: '一行太长', en: 'a line too long' },
    edit: appendToBody('字'.repeat(12_000)),
    fix: { zh: '在文字允许的地方空一行，另起一段。', en: 'Start a new paragraph (a blank line) where the text allows.' },
  },
  {
    section: 'limits',
    problem: { zh: '列表嵌套太深', en: 'lists nested too deep' },
    edit: appendToBody(Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- 项`).join('\n')),
    fix: { zh: '列表和引用最多嵌套 20 层。', en: 'Nest lists and quotes at most 20 levels.' },
  },
  {
    section: 'limits',
    problem: { zh: '一段里标记太多', en: 'too many marks in one paragraph' },
    edit: appendToBody('*强调*'.repeat(300)),
    fix: { zh: '拆成几段。', en: 'Split the paragraph.' },
  },
  // Figures
  {
    section: 'figures',
    problem: { zh: '数字读不出来', en: 'a figure that does not parse' },
    edit: (project) => project.replace(CASE, 'figure: "30名"', 'figure: "30盎司"'),
    fix: { zh: '照来源原样写，单位要在[单位目录](../reference/units.md)里。', en: 'Copy the figure as printed; its unit must be in the [catalogue](../reference/units.md).' },
  },
  {
    section: 'figures',
    problem: { zh: '占比超过 100%', en: 'a share over 100 %' },
    edit: async (project) => {
      await project.replace(CASE, 'figure: "30名"', 'figure: "120%"');
      await project.replace(CASE, 'metric: 志愿者人数', 'metric: 覆盖率');
    },
    fix: { zh: '核对原文；只有增长、同比之类的变化可以超过 100%。', en: 'Check the source: only a change (增长, 同比) may exceed 100 %.' },
  },
  {
    section: 'figures',
    problem: { zh: '计数不是整数', en: 'a count that is not whole' },
    edit: (project) => project.replace(CASE, 'figure: "30名"', 'figure: "30.5名"'),
    fix: { zh: '核对原文；计数必须是整数。', en: 'Check the source: a count is a whole number.' },
  },
  {
    section: 'figures',
    problem: { zh: '单位与指标不符', en: 'a unit that does not fit the metric' },
    edit: (project) => project.replace(CASE, 'figure: "30名"', 'figure: "2.6亿元"'),
    fix: { zh: '改正数字或指标，让指标的结尾说明量的是什么（见[单位](../reference/units.md)）。', en: 'Correct the figure or the metric, whose ending says what it measures (see [units](../reference/units.md)).' },
  },
  {
    section: 'figures',
    problem: { zh: '变化写在水平指标下', en: 'a change under a metric that names a level' },
    edit: (project) => project.replace(CASE, 'figure: "30名"', 'figure: "减少30名"'),
    fix: {
      zh: '`下降3.2%`、`减少30名` 是变化，不是水平：指标要以增长、下降、减少之类的词结尾，或照原文写水平。',
      en: 'A change (`下降3.2%`, `减少30名`) is not a level: end the metric with a change word (增长, 下降, 减少…), or declare the level the source prints.',
    },
  },
  {
    section: 'figures',
    problem: { zh: '指标没说量的是什么', en: 'a metric that does not say what is measured' },
    edit: (project) => project.replace(CASE, 'metric: 志愿者人数', 'metric: 志愿服务情况'),
    fix: { zh: '用说明量的结尾，如 `…数`、`金额`、`比例`、`面积`。', en: 'End it with what is measured, such as `…数`, `金额`, `比例`, `面积`.' },
  },
  // Sources and their texts
  {
    section: 'sources',
    problem: { zh: '数字不在来源原文里', en: 'a figure its source does not print' },
    fixture: 'unsourced',
    match: /is not printed in source/,
    fix: { zh: '照原文抄数字（报错给出原文里最接近的数字和行号）。', en: 'Copy the figure exactly as the source prints it (the message names the nearest it prints, and where).' },
  },
  {
    section: 'sources',
    problem: { zh: '限定词与原文不同', en: 'a qualifier other than the source’s' },
    edit: (project) => project.replace(CASE, 'figure: "126米"', 'figure: "约126米"'),
    fix: { zh: '连同限定词（近、约、余、超过……）照原文抄。', en: 'Copy the figure with the qualifier the source prints (近, 约, 余, 超过…).' },
  },
  {
    section: 'sources',
    problem: { zh: '数字写法与原文不同', en: 'numerals other than the source’s' },
    edit: async (project) => {
      await project.replace(CASE, 'figure: "12家"', 'figure: "十二家"');
    },
    fix: { zh: '原文写阿拉伯数字就写阿拉伯数字，写汉字就写汉字。', en: 'Write digits where the source has digits, Chinese numerals where it has those.' },
  },
  {
    section: 'sources',
    problem: { zh: '原文文件不存在', en: 'a source text file missing' },
    fixture: 'unsourced',
    match: /text: no file/,
    fix: { zh: '把原文放进原文文件夹，或改正 `text:`，或写 `text: unknown`。', en: 'Put the text in the source-text folder, correct `text:`, or write `text: unknown`.' },
  },
  {
    section: 'sources',
    problem: { zh: '原文文件为空', en: 'an empty source text' },
    edit: (project) => project.write(TEXT, '\n \n'),
    fix: { zh: '放入来源全文，或写 `text: unknown`。', en: "Put the source's full text in it, or write `text: unknown`." },
  },
  {
    section: 'sources',
    problem: { zh: '原文是二进制文件（PDF、图片）', en: 'a source text that is binary (a PDF, an image)' },
    edit: (project) => project.write(TEXT, PNG),
    fix: { zh: '把全文存成 UTF-8 纯文本（.txt）。', en: 'Save the full text as UTF-8 plain text (.txt).' },
  },
  {
    section: 'sources',
    problem: { zh: '原文存成 GB18030/GBK', en: 'a source text saved as GB18030/GBK' },
    edit: (project) => project.write(TEXT, gbk('126\n12\n云浮市')),
    fix: { zh: '以 UTF-8 编码另存。', en: 'Save it again as UTF-8.' },
  },
  {
    section: 'sources',
    problem: { zh: '原文超过 20 MB', en: 'a source text over 20 MB' },
    edit: (project) => truncate(path.join(project.root, TEXT), MAX_SOURCE_TEXT_BYTES + 1),
    fix: { zh: '只放这一份来源的正文。', en: 'Keep only the text of this one source.' },
  },
  {
    section: 'sources',
    problem: { zh: '照抄来源的句子', en: 'a sentence copied from a source' },
    fixture: 'unsourced',
    match: /copied from a source/,
    fix: { zh: '用自己的话重写；事实和数字可以沿用，句子不行。', en: 'Rewrite it in your own words: facts and figures carry over, sentences do not.' },
  },
  // Agreement across pages
  {
    section: 'agreement',
    problem: { zh: '两页对同一事项给出不同数字', en: 'two pages giving one claim different figures' },
    fixture: 'conflict',
    match: /disagrees with/,
    fix: {
      zh: '核对两份来源；确属口径不同，给两条统计都加 `reconciliation`（见[数字规则](claims.md)）。',
      en: 'Check both sources; where they genuinely differ, add a `reconciliation` to both statistics (see [the claim rules](claims.md)).',
    },
  },
  {
    section: 'agreement',
    problem: { zh: '没有分歧却写了说明', en: 'a reconciliation with nothing to reconcile' },
    fixture: 'conflict',
    match: /nothing to reconcile/,
    fix: { zh: '删掉这条 `reconciliation`。', en: 'Remove the `reconciliation`.' },
  },
  // Region and tag URLs
  {
    section: 'urls',
    problem: { zh: '地名做不出网址', en: 'a place name that makes no URL' },
    edit: secondCase((text) => text.replace('district: 蓬莱区', 'district: ——')),
    fix: { zh: '地名要有汉字、字母或数字。', en: 'A place name needs Chinese characters, Latin letters or digits.' },
  },
  {
    section: 'urls',
    problem: { zh: '两个地名是同一个网址', en: 'two place names with one URL' },
    edit: secondCase((text) => text.replace('district: 蓬莱区', 'district: 蓬莱县')),
    fix: { zh: '同一个地方只用一个名字。', en: 'Write one name for one place.' },
  },
  {
    section: 'urls',
    problem: { zh: '标签做不出网址', en: 'a tag that makes no URL' },
    edit: secondCase((text) => text.replace('tags: [海工装备, 海上风电]', 'tags: [海工装备, "——"]')),
    fix: { zh: '标签要有汉字、字母或数字。', en: 'A tag needs Chinese characters, Latin letters or digits.' },
  },
  {
    section: 'urls',
    problem: { zh: '同一标签两种写法', en: 'one tag spelt two ways' },
    edit: secondCase((text) => text.replace('tags: [海工装备, 海上风电]', 'tags: [“海工”装备, 海上风电]')),
    fix: { zh: '统一成提示的写法（用得多的那种）。', en: 'Use the spelling suggested (the one used most).' },
  },
  // Social cards
  {
    section: 'cards',
    problem: { zh: '分享卡画不出的字', en: 'a character a social card cannot draw' },
    fixture: 'broken-glyph',
    fix: { zh: '换一个字，或换用含这个字的字体。', en: 'Use another character, or add a font that has it.' },
  },
];
