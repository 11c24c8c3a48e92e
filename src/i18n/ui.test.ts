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
    // Modules that build what readers see; a module whose Chinese is logic (figure parsing, the print fonts' glyph probe,
    // the search engine's text handling) is left out by name, and the settings (site.config.ts) are content.
    const logic = new Set(['site/figure-parts.ts', 'outputs/reports/print-fonts.ts']);
    const modules = ['site', 'view', 'pages', 'outputs/cards', 'outputs/charts', 'outputs/reports', 'outputs/search-index', 'outputs/exports']
      .flatMap((dir) => filesIn(dir, '.ts'))
      .filter((file) => !file.endsWith('.test.ts') && !logic.has(file));
    const files = [...['components', 'layouts', 'pages'].flatMap((dir) => filesIn(dir, '.astro')), ...modules, 'client/search/page.ts', 'model/body/render.ts'];
    expect(files.length).toBeGreaterThan(50);
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

describe('the English interface', () => {
  const en = uiFor('en');

  it('is written without a Chinese character or punctuation mark', () => {
    const files = filesIn('i18n/en', '.ts');
    expect(files.length).toBeGreaterThan(8);
    expect(files.filter((file) => chinese.test(readFileSync(path.join(src, file), 'utf8').replace(/[“”…—→←]/g, '')))).toEqual([]);
  });

  it('counts in the singular and the plural, with thousands separators', () => {
    expect(en.counts.cases(1)).toBe('1 case');
    expect(en.counts.cases(7)).toBe('7 cases');
    expect(en.counts.stats(1300)).toBe('1,300 statistics');
    expect(en.stats.count(1)).toBe('1 statistic');
    expect(en.home.allCases(2400)).toBe('See all 2,400 cases →');
    expect(en.search.casesFound(12, 5, 10)).toBe('12 cases found (5 have every word), showing the 10 most relevant');
    expect(en.search.casesFound(1, 1, 1)).toBe('1 case found');
  });

  it('writes dates day, month, year, and partial dates to the precision known', () => {
    expect(en.format.day(new Date(Date.UTC(2026, 11, 6)))).toBe('6 December 2026');
    expect(en.format.partialDate({ year: 2024, month: 3, day: 1, precision: 'day' })).toBe('1 March 2024');
    expect(en.format.partialDate({ year: 2024, month: 3, precision: 'month' })).toBe('March 2024');
    expect(en.format.partialDate({ year: 2024, precision: 'year' })).toBe('2024');
  });

  it('joins lists with commas and "and", quotes with single quotation marks, and numbers appendices by letter', () => {
    expect(en.search.missingTerms(['river', 'school', 'clinic'])).toBe('Missing: river, school and clinic');
    expect(en.tags.pageDescription('rivers', en.listing.cases(2, ['Riverside'], ['A', 'B']))).toBe('Tagged ‘rivers’: 2 cases in the series ‘Riverside’: ‘A’ and ‘B’.');
    expect(en.regions.description(['Kent', 'Essex'], 3)).toBe('Browse the cases by province, city and district: 3 cities in Kent and Essex.');
    expect(en.reports.appendix(2, en.reports.appendixNames.sources)).toBe('Appendix B: References');
  });

  it('shares the Chinese dictionary\'s words for the browser scripts', async () => {
    const { searchWords } = await import('./search.ts');
    const { statsWords } = await import('./stats.ts');
    const page = (lang: string) => ({ documentElement: { lang } }) as unknown as Document;
    expect(searchWords(page('en')).casesFound(2, 2, 2)).toBe(en.search.casesFound(2, 2, 2));
    expect(searchWords(page('zh-CN')).casesFound(2, 2, 2)).toBe(ui.search.casesFound(2, 2, 2));
    expect(statsWords(page('en-GB')).statsCount(1236)).toBe('1,236 statistics');
    expect(statsWords(page('zh-CN')).statsCount(1236)).toBe(ui.stats.count(1236));
  });
});
