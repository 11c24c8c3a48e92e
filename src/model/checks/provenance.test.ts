import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook, type CheckResult } from './index.ts';
import { optionsFromEnv } from '../../options.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { verificationSummary } from './summary.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/unsourced';
const SKIPPED =
  'figures were not checked against source texts and bodies not checked for copied sentences: the source-text folder ../shared/seeds (sourceTexts in unsourced/casebook.yaml) is not there';

/** A copy of the fixture under a fresh temporary folder, so a test can change it or place things beside it; removed after the test. */
async function copyFixture(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'casebook-provenance-'));
  onTestFinished(() => rm(copy, { recursive: true, force: true }));
  await cp(path.join(root, fixture), path.join(copy, 'project/unsourced'), { recursive: true });
  return path.join(copy, 'project');
}

describe('figures against source texts', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkCasebook(root, { contentDir: fixture, sourceTexts: `${fixture}/texts` });
    // The fixture: one case citing a source with a text and a source whose text is missing.
    expect(result.casebook.cases.map((entry) => [entry.id, entry.data.stats.map((stat) => `${stat.figure} ${stat.source.id}`)])).toEqual([
      ['wrong-figures', ['12家 report', '128米 report']],
    ]);
    expect(result.casebook.sources.map((entry) => [entry.id, entry.data.text])).toEqual([
      ['lost', 'lost.txt'],
      ['report', 'report.txt'],
    ]);
  });

  it('finds a figure the source does not print, a copied sentence and a missing text file', () => {
    expect(result.skipped).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic).sort()).toEqual([
      `${fixture}/cases/wrong-figures.mdx:16:13 stats[1].figure: "128米" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it (the nearest it prints: 126米 at line 3)`,
      `${fixture}/cases/wrong-figures.mdx:26:1 copied from a source (39 characters in a row: "区内服务站点覆盖沿线主要社区和产业园区方便职工就近参加活动也…"); rewrite it in your own words`,
      `${fixture}/sources/lost.yaml:8:7 text: no file lost.txt in the source-text folder ${path.join(root, fixture, 'texts')}`,
    ]);
  });

  it('matches figures across the source\'s hard line breaks', async () => {
    // "12家" is printed as "12\n家" in the source text, never as "12家".
    const text = await readFile(path.join(root, fixture, 'texts/report.txt'), 'utf8');
    expect(text).toMatch(/12\n家/);
    expect(text).not.toContain('12家');
    // The figure check ran over this case (it reports stats[1]) and accepts stats[0].
    const fields = result.diagnostics.filter((diagnostic) => diagnostic.file === `${fixture}/cases/wrong-figures.mdx`).map((diagnostic) => diagnostic.field);
    expect(fields).toContain('stats[1].figure');
    expect(fields).not.toContain('stats[0].figure');

    // The same statistic with a figure the source does not print is reported at its line.
    const project = await copyFixture();
    const file = path.join(project, 'unsourced/cases/wrong-figures.mdx');
    const mdx = await readFile(file, 'utf8');
    expect(mdx).toContain('figure: "12家"');
    await writeFile(file, mdx.replace('figure: "12家"', 'figure: "13家"'));
    const changed = await checkCasebook(project, { contentDir: 'unsourced', sourceTexts: 'unsourced/texts' });
    expect(changed.diagnostics.map(formatDiagnostic)).toContain(
      'unsourced/cases/wrong-figures.mdx:11:13 stats[0].figure: "13家" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it (the nearest it prints: 12家 at line 1)',
    );
  });

  it('records a receipt for each figure found: paragraph, line, offset and the sentence, figure marked', async () => {
    const text = await readFile(path.join(root, fixture, 'texts/report.txt'), 'utf8');
    const [found, missing] = result.verifications.get('wrong-figures')!;
    expect(found).toEqual({
      status: 'verified',
      source: 'report',
      paragraph: 1,
      line: 1,
      offset: text.indexOf('12\n家'),
      quote: { before: '某区组织链上企业开展交流，来自', figure: '12家', after: '企业的党支部参加。' },
    });
    expect(missing).toEqual({ status: 'not-found', source: 'report' });
    expect(verificationSummary(result)).toBe('1 figures found in their source texts, 1 not found');
  });

  it('verifies changes, ranges and rates whole, and never a level or one end inside them', async () => {
    const project = await copyFixture();
    const text = path.join(project, 'unsourced/texts/report.txt');
    // Short lines, each a sentence, so the text's usual line length (which decides where paragraphs end) stays short.
    await writeFile(text, `${await readFile(text, 'utf8')}粮食产量下降3.2%。\n月薪2300—2500元。\n猪肉35.63元/公斤。\n收入翻一番。\n`);
    const file = path.join(project, 'unsourced/cases/wrong-figures.mdx');
    const stat = (id: string, figure: string, subject: string, metric: string) => `  - id: ${id}\n    figure: "${figure}"\n    subject: ${subject}\n    metric: ${metric}\n    source: report\n`;
    const added = [
      stat('fall', '3.2%', '粮食', '产量降幅'),
      stat('fall-as-level', '3.2%', '粮食产量', '占比'),
      stat('wage', '2300—2500元', '月薪', '发放标准'),
      stat('wage-end', '2500元', '最高月薪', '发放标准'),
      stat('pork', '35.63元/公斤', '猪肉', '收购标准'),
      stat('pork-level', '35.63元', '猪肉收购', '标准'),
      stat('income', '翻一番', '农民收入', '目标翻番'),
    ].join('');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    metric: 长度\n    source: report\n', `    metric: 长度\n    source: report\n${added}`));
    const changed = await checkCasebook(project, { contentDir: 'unsourced', sourceTexts: 'unsourced/texts' });
    const figures = changed.diagnostics.filter((diagnostic) => /^stats\[[2-8]\]\.figure$/.test(diagnostic.field ?? '')).map((diagnostic) => `${diagnostic.field} ${diagnostic.message}`);
    expect(figures).toEqual([
      'stats[3].figure "3.2%" is printed in source "report" (report.txt) as "下降3.2%" (line 4): there it is a fall, not a single level; copy the figure whole as the source prints it, under a metric that names the change (增长, 下降…)',
      'stats[5].figure "2500元" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it (the nearest it prints: 2300—2500元 at line 5, 35.63元/公斤 at line 6)',
      'stats[7].figure "35.63元" is printed in source "report" (report.txt) as "35.63元/公斤" (line 6): there it is a rate per 公斤, not a single level; copy the figure whole as the source prints it',
    ]);
    expect(changed.verifications.get('wrong-figures')!.map((found) => found.status)).toEqual(['verified', 'not-found', 'verified', 'not-found', 'verified', 'not-found', 'verified', 'not-found', 'verified']);
    // The receipt of 3.2% under 产量降幅 marks 3.2%, the source's 下降 before it.
    expect(changed.verifications.get('wrong-figures')![2]).toMatchObject({ quote: { before: '粮食产量下降', figure: '3.2%', after: '。' } });
  });

  it('asks for the figure as the source writes it: digits where it prints digits', async () => {
    const project = await copyFixture();
    const file = path.join(project, 'unsourced/cases/wrong-figures.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('figure: "12家"', 'figure: "十二家"'));
    const changed = await checkCasebook(project, { contentDir: 'unsourced', sourceTexts: 'unsourced/texts' });
    expect(changed.diagnostics.map(formatDiagnostic)).toContain(
      'unsourced/cases/wrong-figures.mdx:11:13 stats[0].figure: "十二家" is printed in source "report" (report.txt) as "12家" (line 1); copy the figure as the source writes it',
    );
  });

  it('leaves the figures of a source without text 未核对原文, never verified, and says so in the summary', async () => {
    const project = await copyFixture();
    const record = path.join(project, 'unsourced/sources/report.yaml');
    await writeFile(record, (await readFile(record, 'utf8')).replace('text: report.txt', 'text: unknown'));
    const changed = await checkCasebook(project, { contentDir: 'unsourced', sourceTexts: 'unsourced/texts' });
    expect(changed.diagnostics.map((diagnostic) => diagnostic.field)).not.toContain('stats[1].figure');
    expect(changed.verifications.get('wrong-figures')).toEqual([
      { status: 'unverified', source: 'report', reason: 'no-text' },
      { status: 'unverified', source: 'report', reason: 'no-text' },
    ]);
    expect(verificationSummary(changed)).toBe('0 figures found in their source texts, 2 未核对原文 (not checked against the source: 2 from source "report", which has no text)');
  });

  describe('with no source texts', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('is an error at casebook.yaml when the folder is required, skipped and said when it is optional, checked once it exists', async () => {
      vi.stubEnv('CASEBOOK_SOURCE_TEXTS', undefined);
      const project = await copyFixture();
      const settingsFile = path.join(project, 'unsourced/casebook.yaml');
      const settings = await readFile(settingsFile, 'utf8');
      await rm(path.join(project, 'unsourced/texts'), { recursive: true });

      const required = await checkCasebook(project, { contentDir: 'unsourced' });
      expect(required.diagnostics.map(formatDiagnostic)).toEqual([
        expect.stringMatching(/^unsourced\/casebook\.yaml:1:1 sourceTexts: the source-text folder texts \(.*unsourced\/texts\) does not exist: create it/),
      ]);

      await writeFile(settingsFile, `${settings}\nsourceTexts:\n  folder: ../shared/seeds\n  optional: true\n`);
      const bare = await checkCasebook(project, { contentDir: 'unsourced' });
      expect(bare.casebook.cases.map((entry) => entry.id)).toEqual(['wrong-figures']);
      expect(bare.skipped).toEqual([SKIPPED]);
      // Nothing was checked against a text: no figure or copied-sentence diagnostic, and no figure verified.
      expect(bare.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(bare.verifications.get('wrong-figures')!.map((item) => item.status)).toEqual(['unverified', 'unverified']);
      expect(verificationSummary(bare)).toMatch(/^0 figures found in their source texts, 2 未核对原文 .*the source-text folder is not there\)$/);

      // The texts put where the settings say: checked, nothing skipped.
      const seeds = path.join(project, 'shared/seeds');
      await mkdir(seeds, { recursive: true });
      await cp(path.join(root, fixture, 'texts'), seeds, { recursive: true });
      const beside = await checkCasebook(project, { contentDir: 'unsourced' });
      expect(beside.skipped).toEqual([]);
      expect(beside.diagnostics.map(formatDiagnostic)).toContain(
        'unsourced/cases/wrong-figures.mdx:16:13 stats[1].figure: "128米" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it (the nearest it prints: 126米 at line 3)',
      );
    });
  });
});

describe('the figure check from the model cache', () => {
  it('finds the same as a fresh check, and checks a case again when the source text it cites changes', async () => {
    const project = await copyFixture();
    const options = { contentDir: 'unsourced', sourceTexts: 'unsourced/texts', cacheDir: path.join(project, 'cache') };
    const fresh = await checkCasebook(project, options);
    const cached = await checkCasebook(project, options);
    expect(cached.diagnostics.map(formatDiagnostic)).toEqual(fresh.diagnostics.map(formatDiagnostic));
    expect(cached.verifications).toEqual(fresh.verifications);
    expect(fresh.verifications.get('wrong-figures')!.map((item) => item.status)).toEqual(['verified', 'not-found']);

    // The source now prints 128米: the cached finding ("not printed") must not survive the new text.
    const text = path.join(project, 'unsourced/texts/report.txt');
    await writeFile(text, (await readFile(text, 'utf8')).replace('126米', '128米'));
    const edited = await checkCasebook(project, options);
    expect(edited.verifications.get('wrong-figures')!.map((item) => item.status)).toEqual(['verified', 'verified']);
    expect(edited.diagnostics.map(formatDiagnostic).filter((line) => line.includes('stats[1]'))).toEqual([]);
  });
});
