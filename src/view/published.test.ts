import { describe, expect, it } from 'vitest';
import { publishedView, type ViewableModel } from './published.ts';
import { statisticSchema } from '../model/schemas/statistic.ts';
import type { CaseData } from '../model/schemas/case.ts';
import type { Casebook, LoadedCase } from '../model/load.ts';
import { loadedCase } from '../model/loaded-case.fixture.ts';
import type { Verification } from '../domain/verification.ts';
import { placeInRegion } from '../domain/regions.ts';

// A small casebook held in memory: only what the view reads of each entry is filled in.
const stat = (id: string, subject: string, figure: string, extra: Record<string, unknown> = {}) =>
  statisticSchema.parse({ id, subject, metric: '项目数', figure, source: 's', ...extra });

function makeCase(id: string, data: Omit<Partial<CaseData>, 'date' | 'updated'> & { date: string; updated?: string }): LoadedCase {
  const { date, updated, ...rest } = data;
  return loadedCase(id, { ...rest, date: new Date(date), ...(updated ? { updated: new Date(updated) } : {}) });
}

function makeModel(cases: LoadedCase[], verifications = new Map<string, Verification[]>()): ViewableModel {
  const series = (id: string, order: number) => ({ id, file: `content/series/${id}.yaml`, data: { title: `系列${id}`, order } });
  return {
    casebook: { cases, series: [series('parks', 2), series('chain', 1)], sources: [{ id: 's', data: {} }], thesaurus: [], settings: { kinds: { park: '经济园区', 'industrial-chain': '产业链', 'new-employment': '新就业' } } } as unknown as Casebook,
    verifications,
  };
}

const model = makeModel([
  makeCase('a', { date: '2024-03-01', updated: '2025-06-01', tags: ['海上风电'], stats: [stat('n', '蓬莱', '7个', { headline: true })] }),
  makeCase('b', { date: '2024-05-01', tags: ['海上风电', '园区'], stats: [stat('n', '蓬莱', '22个')] }),
  makeCase('c', { date: '2024-09-01', series: { collection: 'series', id: 'parks' }, kind: 'new-employment', place: { province: '广东省', city: '云浮市' }, stats: [stat('m', '云浮', '3个')] }),
  makeCase('draft', { date: '2026-01-01', draft: true, tags: ['草稿'], stats: [stat('m', '云浮', '5个')], place: { province: '浙江省', city: '杭州市' } }),
]);

describe('the published view', () => {
  const view = publishedView(model);

  it('is made once per model and option', () => {
    expect(publishedView(model)).toBe(view);
    expect(publishedView(model, { drafts: true })).not.toBe(view);
    expect(publishedView(makeModel(model.casebook.cases))).not.toBe(view);
  });

  it('lists the published cases newest first and leaves drafts out of every group', () => {
    expect(view.cases.map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    expect([...view.tagSlugs.keys()]).not.toContain('草稿');
    expect(view.regions.map(({ region }) => region.path)).not.toContain('zhejiang');
    expect(view.kinds.map((group) => [group.key, group.cases.map((entry) => entry.id)])).toEqual([
      ['park', ['b', 'a']],
      ['new-employment', ['c']],
    ]);
  });

  it('lists only the series and kinds its published cases use, in the casebook\'s order', () => {
    const drafted = publishedView(makeModel([...model.casebook.cases.slice(0, 3).map((entry) => ({ ...entry, data: { ...entry.data, series: { collection: 'series' as const, id: 'chain' } } })), makeCase('only-draft', { date: '2026-02-01', draft: true, series: { collection: 'series', id: 'parks' } })]));
    expect(drafted.series.map((entry) => entry.id)).toEqual(['chain']);
    expect(drafted.kinds.map((group) => group.key)).toEqual(['park', 'new-employment']);
  });

  it('shows drafts only when asked, in every group', () => {
    const preview = publishedView(model, { drafts: true });
    expect(preview.cases.map((entry) => entry.id)).toEqual(['draft', 'c', 'b', 'a']);
    expect(preview.tagSlugs.has('草稿')).toBe(true);
    expect(preview.regions.map(({ region }) => region.path)).toContain('zhejiang');
    expect(preview.disagreements.map((group) => group.claims.map((claim) => `${claim.caseId}:${claim.stat.figure}`))).toContainEqual(['c:3个', 'draft:5个']);
  });

  it('orders series as configured, each with its cases', () => {
    expect(view.series.map((entry) => entry.id)).toEqual(['chain', 'parks']);
    expect(view.casesOfSeries.get('chain')!.map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('gives tags their slugs, most used first', () => {
    expect(view.tags.map((group) => [group.key, group.slug, group.cases.length])).toEqual([
      ['海上风电', 'haishangfengdian', 2],
      ['园区', 'yuanqu', 1],
    ]);
  });

  it('finds disagreements among published statements only, and looks them up by case and statistic', () => {
    expect(view.disagreements.map((group) => group.claims.map((claim) => `${claim.caseId}:${claim.stat.figure}`))).toEqual([['a:7个', 'b:22个']]);
    expect(view.disagreementsOf('a')).toEqual(view.disagreements);
    expect(view.disagreementOf('b', 'n')).toBe(view.disagreements[0]);
    expect(view.disagreementOf('c', 'm')).toBeUndefined();
  });

  it('relates cases of one series first, once per case', () => {
    expect(view.related('a').map((entry) => entry.id)).toEqual(['b']);
    expect(view.related('a')).toBe(view.related('a'));
  });

  it('charts a case\'s comparable figures once, marking the one another published case states differently', () => {
    const charted = publishedView(
      makeModel([
        makeCase('x', { date: '2024-01-01', stats: [stat('p', '甲园区', '3个'), stat('q', '乙园区', '4个'), stat('r', '丙园区', '5个')] }),
        makeCase('y', { date: '2024-02-01', stats: [stat('p', '甲园区', '6个')] }),
        makeCase('z', { date: '2024-03-01', draft: true, stats: [stat('p', '乙园区', '9个')] }),
      ]),
    );
    const [chart, ...more] = charted.caseCharts('x');
    expect(more).toEqual([]);
    expect(chart!.bars.map((bar) => [bar.label, bar.disputed])).toEqual(
      expect.arrayContaining([
        ['甲园区', true],
        ['乙园区', false],
        ['丙园区', false],
      ]),
    );
    expect(charted.caseCharts('x')).toBe(charted.caseCharts('x'));
  });

  it('keys each case by its file and its receipts', () => {
    const receipt: Verification = { status: 'unverified', source: 's', reason: 'no-text' };
    const other = publishedView(makeModel(model.casebook.cases, new Map([['a', [receipt]]])));
    expect(other.casesById.get('a')!.verifications).toEqual([receipt]);
    expect(other.casesById.get('a')!.key).not.toBe(view.casesById.get('a')!.key);
    expect(other.casesById.get('b')!.key).toBe(view.casesById.get('b')!.key);
  });

  it('keys what lists of statistics show of a case by its title, statistics and receipts, not its body', () => {
    const receipt: Verification = { status: 'unverified', source: 's', reason: 'no-text' };
    const statsKey = (model: ViewableModel, id = 'a') => publishedView(model).casesById.get(id)!.statsKey;
    const rowsKey = (model: ViewableModel) => publishedView(model).statRows.key;
    const withA = (change: (entry: LoadedCase) => LoadedCase) => makeModel(model.casebook.cases.map((entry) => (entry.id === 'a' ? change(entry) : entry)));
    const bodyEdited = withA((entry) => ({ ...entry, digest: `${entry.digest}-body`, body: `${entry.body}\n\n又一段。` }));
    expect(statsKey(bodyEdited)).toBe(statsKey(model));
    expect(rowsKey(bodyEdited)).toBe(rowsKey(model));
    const retitled = withA((entry) => ({ ...entry, data: { ...entry.data, title: '另一个标题' } }));
    const restated = withA((entry) => ({ ...entry, data: { ...entry.data, stats: entry.data.stats.map((stat) => ({ ...stat, subject: '另一个主体' })) } }));
    const received = makeModel(model.casebook.cases, new Map([['a', [receipt]]]));
    for (const changed of [retitled, restated, received]) {
      expect(statsKey(changed)).not.toBe(statsKey(model));
      expect(statsKey(changed, 'b')).toBe(statsKey(model, 'b'));
      expect(rowsKey(changed)).not.toBe(rowsKey(model));
    }
  });

  it('lists every published claim as stat rows, with a digest that follows them', () => {
    expect(view.statRows.rows.map((row) => `${row.case}:${row.figure}:${row.verification}`)).toEqual(['c:3个:unverified', 'b:22个:unverified', 'a:7个:unverified']);
    expect(view.statRows).toBe(view.statRows);
    expect(publishedView(model, { drafts: true }).statRows.key).not.toBe(view.statRows.key);
  });
});

describe('page dates for the sitemap', () => {
  const view = publishedView(model);
  const day = (path: string) => view.lastChanged(path)?.toISOString().slice(0, 10);

  it('dates a case page by its last update, else its publication', () => {
    expect(day('/cases/a/')).toBe('2025-06-01');
    expect(day('/cases/b/')).toBe('2024-05-01');
  });

  it('dates a page of some cases by the newest of them, a report volume with its report', () => {
    expect(day('/series/chain/')).toBe('2025-06-01');
    expect(day('/series/parks/')).toBe('2024-09-01');
    expect(day('/reports/parks/')).toBe('2024-09-01');
    expect(day('/reports/parks/2/')).toBe('2024-09-01');
    expect(day('/kinds/new-employment/')).toBe('2024-09-01');
    expect(day('/regions/guangdong/yunfu/')).toBe('2024-09-01');
    expect(day('/regions/shandong/')).toBe('2025-06-01');
    expect(day('/tags/yuanqu/')).toBe('2024-05-01');
  });

  it('dates every other page by the newest published case; drafts count for nothing', () => {
    for (const path of ['/', '/cases/', '/stats/', '/reports/casebook/', '/tags/', '/cases/draft/']) expect(day(path), path).toBe('2025-06-01');
  });

  it('has no date without cases', () => {
    expect(publishedView(makeModel([])).lastChanged('/')).toBeUndefined();
  });
});

describe('the groups of a larger casebook', () => {
  // Places at three levels, tags repeated within a case, several kinds and series: every group must hold exactly
  // the cases a filter over all of them would, newest first.
  const provinces = ['山东省', '广东省', '湖北省'];
  const many = Array.from({ length: 120 }, (_, n) =>
    makeCase(`c${n}`, {
      date: `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
      place: { province: provinces[n % 3]!, city: `市${n % 5}`, ...(n % 4 ? { district: `区${n % 7}` } : {}) },
      tags: [`标签${n % 6}`, `标签${n % 9}`, `标签${n % 6}`],
      kind: n % 2 ? 'park' : 'industrial-chain',
      series: { collection: 'series', id: n % 3 ? 'chain' : 'parks' },
    }),
  );
  const grouped = publishedView(makeModel(many));
  const ids = (cases: readonly { id: string }[]) => cases.map((entry) => entry.id);

  it('puts a case in its region and each region around it', () => {
    expect(grouped.regions.length).toBeGreaterThan(10);
    for (const { region, cases } of grouped.regions) {
      expect(ids(cases), region.path).toEqual(ids(grouped.cases.filter((entry) => placeInRegion(entry.data.place, region))));
    }
  });

  it('lists a case once under each of its tags, its kind and its series', () => {
    for (const { key, cases } of grouped.tags) expect(ids(cases), key).toEqual(ids(grouped.cases.filter((entry) => entry.data.tags.includes(key))));
    for (const { key, cases } of grouped.kinds) expect(ids(cases), key).toEqual(ids(grouped.cases.filter((entry) => entry.data.kind === key)));
    for (const [key, cases] of grouped.casesOfSeries) expect(ids(cases), key).toEqual(ids(grouped.cases.filter((entry) => entry.data.series.id === key)));
  });
});
