import { describe, expect, it, onTestFinished } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/unsourced';

/**
 * The fixture's case with its second statistic (printed 128米 in the case) declared as `figure`, checked against its
 * source text with the sentence `风电叶片长\n126米。` printed as `sentence`: the figure check's messages for that statistic.
 */
async function checkBlade(figure: string, sentence: string): Promise<string[]> {
  const copy = await mkdtemp(path.join(tmpdir(), 'casebook-qualifier-words-'));
  onTestFinished(() => rm(copy, { recursive: true, force: true }));
  const project = path.join(copy, 'project');
  await cp(path.join(root, fixture), path.join(project, 'unsourced'), { recursive: true });
  const text = path.join(project, 'unsourced/texts/report.txt');
  const source = await readFile(text, 'utf8');
  expect(source).toContain('风电叶片长\n126米。');
  await writeFile(text, source.replace('风电叶片长\n126米。', sentence));
  const file = path.join(project, 'unsourced/cases/wrong-figures.mdx');
  await writeFile(file, (await readFile(file, 'utf8')).replace('figure: "128米"', `figure: "${figure}"`));
  const result = await checkCasebook(project, { contentDir: 'unsourced', sourceTexts: 'unsourced/texts' });
  return result.diagnostics.filter((diagnostic) => diagnostic.field === 'stats[1].figure').map(formatDiagnostic);
}

describe('qualifier words against source texts', () => {
  it('matches a figure whether or not a word that changes nothing (达) is printed beside it, either way round', async () => {
    expect(await checkBlade('达126米', '风电叶片长达126米。')).toEqual([]);
    expect(await checkBlade('126米', '风电叶片长达126米。')).toEqual([]);
    expect(await checkBlade('达126米', '风电叶片长126米。')).toEqual([]);
  });

  it('tells 约为 (about) from an exact figure, and agrees with 约', async () => {
    expect(await checkBlade('约126米', '风电叶片长约为126米。')).toEqual([]);
    expect(await checkBlade('126米', '风电叶片长约为126米。')).toEqual([
      'unsourced/cases/wrong-figures.mdx:16:13 stats[1].figure: "126米" is printed in source "report" (report.txt) as "约为126米" (line 2): the qualifier differs (about, not exact); copy the figure with its qualifier',
    ]);
  });
});
