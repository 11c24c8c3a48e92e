import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticCasebook } from './synthetic.ts';
import { checkCasebook } from '../../src/model/checks/index.ts';
import { formatReport } from '../../src/model/diagnostics.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('synthetic casebook for benchmarks', () => {
  it('passes every check, so benchmarks measure a valid casebook', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'casebook-synthetic-'));
    await writeSyntheticCasebook(dir, 20, path.join(root, 'content'));
    const { casebook, diagnostics, skipped } = await checkCasebook(root, { contentDir: dir, sourceTexts: path.join(dir, 'texts') });
    expect(diagnostics, formatReport(diagnostics)).toEqual([]);
    expect(skipped).toEqual([]);
    expect(casebook.cases).toHaveLength(20);
  });
});
