import { describe, expect, it, onTestFinished } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A copy of the valid fixture with one case file changed. */
async function validWith(change: (text: string) => string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'casebook-vocabulary-'));
  onTestFinished(() => rm(copy, { recursive: true, force: true }));
  await cp(path.join(root, 'tests/fixtures/valid'), path.join(copy, 'valid'), { recursive: true });
  const file = path.join(copy, 'valid/cases/penglai-sample.mdx');
  await writeFile(file, change(await readFile(file, 'utf8')));
  return copy;
}

describe('kinds from casebook.yaml', () => {
  it('refuses a kind the casebook does not name, at the field, with the nearest and the list', async () => {
    const project = await validWith((text) => text.replace('kind: industrial-chain', 'kind: industrial-chian'));
    const { diagnostics } = await checkCasebook(project, { contentDir: 'valid' });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^valid\/cases\/penglai-sample\.mdx:\d+:7 kind: unknown kind "industrial-chian" \(did you mean "industrial-chain"\?\): the kinds of this casebook are park, industrial-chain \(kinds in valid\/casebook\.yaml\)$/),
    ]);
  });

  it('accepts any kind the casebook names, whatever the bundled casebook has', async () => {
    const project = await validWith((text) => text.replace('kind: industrial-chain', 'kind: rural'));
    const settings = path.join(project, 'valid/casebook.yaml');
    await writeFile(settings, (await readFile(settings, 'utf8')).replace('kinds:\n', 'kinds:\n  rural: 乡村振兴\n'));
    const { diagnostics } = await checkCasebook(project, { contentDir: 'valid' });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
