import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseRate, readCorpus } from './figures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The corpus is real text no one here wrote, each figure read by a person (tests/fixtures/real-figures/README.md).
describe('figures in real Chinese news and government text', () => {
  it('parses at least 97 % of them to the right value, unit and qualifier, and misreads none', async () => {
    const rate = parseRate(await readCorpus(root));
    expect(rate.excerpts).toBeGreaterThanOrEqual(25);
    expect(rate.figures).toBeGreaterThanOrEqual(400);
    expect(rate.wrong).toEqual([]);
    expect(rate.right / rate.figures).toBeGreaterThanOrEqual(0.97);
  });

  it('finds them whole in the running text, spaced or wrapped as printed', async () => {
    const rate = parseRate(await readCorpus(root));
    expect(rate.foundInText / rate.figures).toBeGreaterThanOrEqual(0.95);
  });
});
