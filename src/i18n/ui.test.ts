import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uiFor } from './ui.ts';

const ui = uiFor('zh-CN');

const src = fileURLToPath(new URL('..', import.meta.url));

/** Files under `dir` (relative to src/) whose names end with `extension`. */
function filesIn(dir: string, extension: string): string[] {
  return readdirSync(path.join(src, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));
}

// Han characters and the CJK punctuation the site uses (full-width brackets, quotes, ellipsis, dashes).
const chinese = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”…—→←]/u;

describe('interface strings', () => {
  it('live in the dictionary, not in templates or browser scripts', () => {
    const files = [...['components', 'layouts', 'pages'].flatMap((dir) => filesIn(dir, '.astro')), 'client/search/page.ts'];
    expect(files.length).toBeGreaterThan(20);
    const literals = files.flatMap((file) => {
      const code = readFileSync(path.join(src, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      return code
        .split('\n')
        .filter((line) => chinese.test(line))
        .map((line) => `${file}: ${line.trim()}`);
    });
    expect(literals).toEqual([]);
  });

  it('fill in values in the reader\'s word order', () => {
    expect(ui.counts.cases(7)).toBe('7 个案例');
    expect(ui.search.casesFound(12, 12, 10)).toBe('找到 12 个案例，显示最相关的 10 个');
    expect(ui.search.casesFound(12, 5, 10)).toBe('找到 12 个案例（5 个包含全部词语），显示最相关的 10 个');
    expect(ui.search.casesFound(3, 3, 3)).toBe('找到 3 个案例');
    expect(`${ui.search.correctedTo('蓬莱')}${ui.search.casesFound(2, 2, 2)}${ui.search.took(4)}`).toBe('已按“蓬莱”搜索。找到 2 个案例（4 毫秒）');
    expect(ui.search.missingTerms(['量子', '纠缠'])).toBe('缺少：量子、纠缠');
    expect(ui.search.resultsTitle('penglai')).toBe('“penglai”的搜索结果 | 搜索');
    expect(ui.reports.appendix(3, ui.reports.appendixNames.sources)).toBe('附录三 参考文献');
    expect(ui.stats.count(236)).toBe('236 项');
  });

  it('describe a listing page by its cases: the count, the series, the first three titles', () => {
    expect(ui.tags.pageDescription('海上风电', ui.listing.cases(2, ['蓬莱海工装备产业链'], ['甲', '乙']))).toBe('标有“海上风电”的2个案例，属“蓬莱海工装备产业链”系列：《甲》《乙》。');
    expect(ui.regions.pageDescription('山东省', ui.listing.cases(4, ['一', '二'], ['甲', '乙', '丙', '丁']))).toBe('山东省的4个案例，分属“一”“二”2个系列：《甲》《乙》《丙》等。');
  });
});
