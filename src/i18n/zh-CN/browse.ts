import * as searchStrings from './search.ts';

/** The Chinese pages that lead to cases: home, the lists, series, regions, kinds, tags and the search page. */
export const browse = {
  /** The home page (src/pages/index.astro). */
  home: {
    /** The meta description: the site's description, then what it holds. */
    description: (siteDescription: string, cases: number, series: number, stats: number) =>
      `${siteDescription}现收录${series}个系列的${cases}个案例、${stats}项统计数据。`,
    /** Hidden heading of the totals under the title (a list is not named by aria-label). */
    totalsLabel: '收录概况',
    /** Measure words after each total (the number is set in bold before them). */
    totals: { cases: (_count: number) => '个案例', series: (_count: number) => '个系列', stats: (_count: number) => '项统计数据', cities: (_count: number) => '个城市' },
    seriesHeading: '系列',
    headlinesHeading: '数说案例',
    latestHeading: '最新案例',
    allCases: (count: number) => `查看全部 ${count} 个案例 →`,
    reportsHeading: '报告',
    /** 全部案例汇编为一份可打印的报告：[网页版] · [PDF]。各系列的报告见[报告]页。 */
    reportsNote: {
      before: '全部案例汇编为一份可打印的报告：',
      web: '网页版',
      middle: '。各系列的报告见',
      reports: '报告',
      after: '页。',
    },
  },

  /** The list of all cases (src/pages/cases/index.astro). */
  cases: {
    title: '全部案例',
    /** `《两新组织党建案例集》全部案例：收录7个案例、236项可溯源的统计数据，按发布时间排列。` */
    description: (siteTitle: string, cases: number, stats: number) => `《${siteTitle}》全部案例：收录${cases}个案例、${stats}项可溯源的统计数据，按发布时间排列。`,
    intro: (cases: number, stats: number) => `共 ${cases} 个案例，${stats} 项统计数据，按发布时间由新到旧排列。`,
    /** Heading above a case's related cases (src/pages/cases/[id].astro). */
    related: '相关案例',
  },

  /** The series pages (src/pages/series/). */
  series: {
    title: '系列',
    description: '按系列浏览案例：同一地方、同一项工作的多篇案例放在一起读。',
    intro: '同一地方、同一项工作的案例归为一个系列，便于对照阅读。',
    /** Above a series' title: `系列 · 山东省 烟台市`. */
    eyebrow: '系列',
    /** Before the links to a series' report. */
    report: '报告：',
    reportWeb: '网页版',
    casesHeading: '本系列案例',
    /** A series page's meta description: the series' own description (its report page shows it alone), then its size. */
    pageDescription: (description: string, cases: number, stats: number) => `${description}本系列收录${cases}个案例、${stats}项统计数据。`,
  },

  /** Browsing by region (src/pages/regions/). */
  regions: {
    title: '按地区浏览',
    description: (provinces: readonly string[], cities: number) => `按省、市、区县逐级浏览案例：${provinces.join('、')}的${cities}个城市。`,
    intro: '省、市、区县逐级展开，数字为该地区的案例数。',
    /** Breadcrumb of a region page. */
    crumb: '地区',
    pageTitle: (region: string) => `${region}的案例`,
    /** `山东省 烟台市的5个案例，分属…` (the rest from `listing.cases`). */
    pageDescription: (region: string, cases: string) => `${region}的${cases}`,
    /** aria-label of the list of a region's subregions. */
    subregions: '下级地区',
  },

  /** Browsing by kind (src/pages/kinds/). */
  kinds: {
    title: '按类型浏览',
    /** `按工作类型浏览案例：社区服务、养老服务等。`, from the labels of the kinds this casebook's cases use (the first four). */
    description: (labels: readonly string[]) =>
      labels.length === 0 ? '按工作类型浏览案例。' : `按工作类型浏览案例：${labels.slice(0, 4).join('、')}${labels.length > 4 ? '等' : ''}。`,
    /** Breadcrumb of a kind page. */
    crumb: '类型',
    pageTitle: (kind: string) => `${kind}类案例`,
    /** `经济园区类的3个案例，属…` (the rest from `listing.cases`). */
    pageDescription: (kind: string, cases: string) => `${kind}类的${cases}`,
  },

  /** Browsing by tag (src/pages/tags/). */
  tags: {
    title: '按标签浏览',
    /** The index's meta description, naming the most used tags. */
    description: (count: number, top: readonly string[]) => `按主题标签浏览案例：共${count}个标签，用得最多的是${top.map((tag) => `“${tag}”`).join('')}。`,
    /** Breadcrumb and eyebrow of a tag page. */
    crumb: '标签',
    pageTitle: (tag: string) => `标签：${tag}`,
    /** `标有“海上风电”的2个案例，属…` (the rest from `listing.cases`). */
    pageDescription: (tag: string, cases: string) => `标有“${tag}”的${cases}`,
  },

  /** The search page (src/pages/search/index.astro and, for the status line, src/client/search/). */
  search: {
    title: searchStrings.searchTitle,
    description: '搜索全部案例：中文词句、拼音、地名和数字。',
    heading: '搜索案例',
    /** aria-label of the page's search form, told apart from the header's (`全站搜索`). */
    formLabel: '搜索与筛选案例',
    /** Hidden label of the search box. */
    label: '搜索',
    /** The search box's placeholder, from the casebook's example queries (`search.examples` in casebook.yaml). */
    placeholder: (examples: readonly string[]) => (examples.length > 0 ? `如：${examples.join('、')}` : '输入词语、拼音、地名或数字'),
    filters: { series: '系列', kind: '类型', province: '地区' },
    submit: '搜索',
    /** 搜索需要启用 JavaScript。也可以[浏览全部案例]，或按[系列]、[地区]、[标签]查找。 */
    noScript: {
      before: '搜索需要启用 JavaScript。也可以',
      cases: '浏览全部案例',
      by: '，或按',
      series: '系列',
      regions: '地区',
      /** Before the last of the three. */
      or: '、',
      tags: '标签',
      after: '查找。',
    },
    emptyHeading: '没有找到匹配的案例',
    /** 可以试试：换一个更短的词、用空格分开多个词、输入拼音或数字，例如 [example]、[example]。 (the examples from casebook.yaml, when it has any) */
    emptyTips: {
      before: '可以试试：换一个更短的词、用空格分开多个词、输入拼音或数字',
      examples: '，例如 ',
      after: '。',
    },
    /** 或从系列开始浏览：[系列一]、[系列二]。 */
    browseSeries: { before: '或从系列开始浏览：', after: '。' },
    /** Window title with a query (set by the page's script). */
    resultsTitle: searchStrings.resultsTitle,
    /** Status line while a query runs. */
    searching: searchStrings.searching,
    /** Status line prefix when a misspelt term was searched as a close word. */
    correctedTo: searchStrings.correctedTo,
    /** Status line: how many cases match, and how many are shown. */
    casesFound: searchStrings.casesFound,
    /** Status line suffix: how long the query took. */
    took: searchStrings.took,
    /** Under a result that lacks some terms. */
    missingTerms: searchStrings.missingTerms,
    /** The button that shows the next results. */
    moreResults: searchStrings.moreResults,
  },
};
