import { describe, expect, it } from 'vitest';
import { buildSite } from './helpers/build.ts';

describe('a build of bad content', () => {
  it('fails with every problem at its file and line, before writing pages', () => {
    const site = buildSite('tests/fixtures/broken');
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(
      'tests/fixtures/broken/cases/2025/dangling.mdx:4:9 series: unknown series "penglai-chian" (did you mean "penglai-chain"?)',
    );
    expect(site.output).toContain('tests/fixtures/broken/sources/incomplete.yaml:1:1 description: is required but missing');
    expect(site.output).toContain('11 errors in 5 files');
    expect(site.output).not.toContain('generating static routes');
  }, 120_000);
});
