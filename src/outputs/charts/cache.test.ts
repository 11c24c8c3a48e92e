import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedModel } from '../../model/shared-model.ts';
import { fileURLToPath } from 'node:url';
import { chartFolder } from './cache.ts';

describe('the chart cache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-charts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives a later build the drawing an earlier one kept, in the chart store, and drops other code versions', async () => {
    const stale = path.join(root, 'cards/charts/an-older-version');
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, 'x.svg'), '<svg/>');
    // The cache finds its folder once per process: a fresh copy of the module finds this test's.
    vi.resetModules();
    const { cachedChart, keepChart } = await import('./cache.ts');
    const shared = sharedModel();
    const before = shared.options;
    // The project's own code (its root), the store in a folder of the test's (CASEBOOK_CARDS_CACHE).
    const options = { root: fileURLToPath(new URL('../../../', import.meta.url)), content: 'content', cardsCache: path.join(root, 'cards') };
    shared.options = options;
    try {
      expect(await cachedChart('{"metric":"中心数"}')).toBeUndefined();
      await keepChart('{"metric":"中心数"}', '<svg role="img"><title>中心数（个）</title></svg>');
      expect(await cachedChart('{"metric":"中心数"}')).toBe('<svg role="img"><title>中心数（个）</title></svg>');
      expect(await cachedChart('{"metric":"产值"}')).toBeUndefined();
      expect(existsSync(stale)).toBe(false);
      expect(readdirSync(path.join(root, 'cards/charts'))).toEqual([path.basename(chartFolder(options))]);
      expect(readdirSync(chartFolder(options))).toHaveLength(1);
    } finally {
      shared.options = before;
    }
  });
});
