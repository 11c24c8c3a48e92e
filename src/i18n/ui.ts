// Every fixed word of the site's interface, in one place: navigation, headings, buttons, labels,
// aria-labels, page titles and descriptions, empty states and the messages scripts show. The site
// is Simplified Chinese (`site.lang`, zh-CN); content (case bodies, titles and summaries from
// frontmatter) and site settings (src/site.config.ts) are not here.
//
// To change the wording, edit the string here; every page picks it up on the next build. To
// translate the site, rewrite the values in the other language (keep the keys and each
// function's parameters), together with the three small modules below, and change `lang` in
// src/site.config.ts. Strings that take values are functions, so the word order can change with
// the language. A sentence with links in it is split at the links (`before`, the link texts,
// `after`): the comment above it shows the whole sentence, with each link in [brackets].
//
// The words the browser scripts show are defined in src/i18n/{search,share,stats}.ts and
// re-exported here under `ui.search`, `ui.share` and `ui.stats`: each script imports only its own,
// so no page ships the whole dictionary. Change those words in those files.
import * as searchStrings from './search.ts';
import { copyByHand, linkCopied } from './share.ts';
import { statsUnit } from './stats.ts';
import { VERIFICATION_LABELS } from '../domain/verification.ts';

const appendixNumerals = ['一', '二', '三'] as const;

/** The site's interface strings, grouped by where readers see them. */
export const ui = {
  /** Punctuation and small patterns that wrap content. */
  format: {
    /** A note in full-width parentheses: `（2021年）`. */
    parenthetical: (text: string) => `（${text}）`,
    /** Between items of an inline list: `烟台、蓬莱`. */
    listSeparator: '、',
    /** Shown in a table cell that has no value. */
    none: '—',
  },

  /** Counts with their measure words, as lists and headers show them. */
  counts: {
    /** `7 个案例` */
    cases: (count: number) => `${count} 个案例`,
    /** `236 项统计数据` */
    stats: (count: number) => `${count} 项统计数据`,
  },

  /**
   * The meta description of a page that lists cases (a tag, region or kind): how many, their series
   * and the first titles, so each such page says what is on it. `2个案例，属“蓬莱海工装备产业链”系列：《…》《…》。`
   */
  listing: {
    cases: (count: number, series: readonly string[], titles: readonly string[]) => {
      const seriesPart = series.length === 1 ? `属“${series[0]}”系列` : `分属${series.map((title) => `“${title}”`).join('')}${series.length}个系列`;
      const shown = titles.slice(0, 3).map((title) => `《${title}》`).join('');
      return `${count}个案例，${seriesPart}：${shown}${titles.length > 3 ? '等' : ''}。`;
    },
  },

  /** Every page: the frame around the content (src/layouts/BaseLayout.astro). */
  layout: {
    /** The skip link, first in the page for keyboard users. */
    skipToContent: '跳到正文',
    /** The interface language as Open Graph writes it (`og:locale`); goes with `lang` in src/site.config.ts. */
    ogLocale: 'zh_CN',
  },

  /** Text alternatives of the social cards, for link previews (`og:image:alt`). */
  cards: {
    /** The home card, also the default for pages without a card of their own. */
    homeAlt: (siteTitle: string, description: string) => `${siteTitle}：${description}`,
    /** A case's card. */
    caseAlt: (caseTitle: string) => `${caseTitle}的分享卡片`,
    /** A series' card. */
    seriesAlt: (seriesTitle: string) => `系列“${seriesTitle}”的分享卡片`,
  },

  /** The header on every page (src/components/SiteHeader.astro). */
  header: {
    /** Hidden after the site name, which links home: screen readers say `两新组织党建案例集（首页）`. */
    homeHint: '（首页）',
    /** The one-character logo mark beside the site name. */
    mark: '案',
    /** aria-label of the header's search form, told apart from the search page's own form. */
    searchLandmark: '全站搜索',
    /** Hidden label of the search box. */
    searchLabel: '搜索案例',
    /** The submit button, shown when it has the keyboard focus (Enter in the box also searches). */
    searchSubmit: '搜索',
    /** Placeholder of the search box; `/` is the keyboard shortcut to it. */
    searchPlaceholder: '搜索案例、地名、数字（按 / 键）',
    /** aria-label of the main navigation. */
    navLabel: '主导航',
    /** The navigation links, in reading order. */
    nav: {
      cases: '案例',
      series: '系列',
      regions: '地区',
      kinds: '类型',
      tags: '标签',
      stats: '数据',
      reports: '报告',
    },
  },

  /** The footer on every page (src/components/SiteFooter.astro). */
  footer: {
    /** Follows the site title: `两新组织党建案例集 · Casebook 编辑部。案例依据…`. */
    credit: (publisher: string) => `${publisher}。案例依据公开报道以编者自己的文字写成，每个统计数字均注明出处。`,
    reports: '报告',
    stats: '数据总览',
    dataCheck: '数据核对',
    rss: 'RSS 订阅',
    sitemap: '网站地图',
  },

  /** The trail above a page's title (src/components/Breadcrumbs.astro). */
  breadcrumbs: {
    /** aria-label of the trail. */
    label: '位置',
    /** First crumb. */
    home: '首页',
  },

  /** A list of case cards (src/components/CaseList.astro). */
  caseList: {
    empty: '暂无案例。',
  },

  /** A drop-down filter (src/components/FilterSelect.astro). */
  filter: {
    /** The first option, which filters nothing. */
    all: '全部',
  },

  /** The facts under a case's title (src/components/CaseMeta.astro). */
  caseMeta: {
    region: '地区',
    series: '系列',
    kind: '类型',
    published: '发布',
    /** Around the date of the last revision: `（更新于2026年11月21日）`; the date is a `<time>` between the two. */
    updatedBefore: '（更新于',
    updatedAfter: '）',
    tags: '标签',
  },

  /** The key-statistics panel of a case and a report chapter (src/components/KeyStats.astro). */
  keyStats: {
    heading: '关键数据',
    /** Under a figure that another source states differently. */
    reconciled: '来源间有出入，见核对说明',
    /** Before the links to a figure's cards. */
    cards: '分享卡片：',
    wide: '横版',
    square: '方形',
    /** aria-label of the wide card's download link. */
    downloadWide: (subject: string, metric: string) => `下载“${subject}${metric}”的横版分享卡片`,
    /** aria-label of the square card's download link. */
    downloadSquare: (subject: string, metric: string) => `下载“${subject}${metric}”的方形分享卡片`,
  },

  /** The share panel of case and series pages (src/components/SharePanel.astro). */
  share: {
    summary: '分享本页',
    downloadCard: '下载分享卡片（PNG）',
    copyLink: '复制链接',
    weibo: '分享到微博',
    /** Title Weibo shows for the shared link: `案例标题｜站名`. */
    weiboTitle: (title: string, siteTitle: string) => `${title}｜${siteTitle}`,
    /** Label of the link field. */
    link: '链接',
    /** Text alternative of the QR code. */
    qrLabel: '本页二维码：用微信扫一扫打开',
    qrCaption: '微信扫一扫，在手机上打开',
    /** Status after the copy button copied the link (shown by the panel's script). */
    linkCopied,
    /** Status when the browser would not copy (shown by the panel's script). */
    copyByHand,
  },

  /** The source list of a case (src/components/SourceList.astro). */
  sources: {
    heading: '资料来源',
  },

  /** The data table of a case (src/components/StatTable.astro). */
  statTable: {
    heading: '本文数据',
    /** 正文中每个带下划线的数字都来自下表；已核对的数字附来源原文中印有它的句子。全部案例的数据见[数据总览]。 */
    intro: {
      before: '正文中每个带下划线的数字都来自下表；已核对的数字附来源原文中印有它的句子。全部案例的数据见',
      link: '数据总览',
      after: '。',
    },
    columns: { figure: '数字', subject: '对象', metric: '指标', period: '时间', source: '来源' },
    /** aria-label of a figure's source number: `来源 2`. */
    sourceLabel: (number: number) => `来源 ${number}`,
    /** Leads the row under a figure that sources state differently. */
    check: '数据核对：',
    /** An editor's reconciliation: the verdict's label, then the note. */
    reconciliation: (verdict: string, note: string) => `${verdict}。${note}`,
    unreconciled: '来源之间数字不一致，尚未核对。',
    /** Link to the figure's entry on the data-check page. */
    compare: '对照各来源',
  },

  /** Charts of comparable statistics (src/components/StatChart.astro) on case, series and report pages. */
  charts: {
    /** `图 1`: before a chart's title. */
    number: (number: number) => `图 ${number}`,
    /** Under a chart that draws only the largest (or latest) of its bars. */
    subset: (shown: number, total: number) => `图中为其中 ${shown} 项，共 ${total} 项见表。`,
    /** The link from a chart to the table that holds its figures and sources. */
    table: '数据及出处见数据表',
    chapterTable: '数据及出处见本章数据表',
    /** Series pages: charts of one metric across the series' cases. */
    seriesHeading: '案例间比较',
    seriesIntro: '同一指标、同一单位、同一时间的数字在本系列多个案例中出现时，在此并列比较；每张图下的表给出各数的案例与出处。',
    columns: { subject: '对象', figure: '数字', cases: '案例' },
  },

  /** What the figure check established about a statistic (src/components/Receipt.astro), on case pages and in the stats explorer. */
  receipt: {
    verified: VERIFICATION_LABELS.verified,
    /** Shown for every figure that could not be checked against a source text; never shown as verified. */
    unverified: VERIFICATION_LABELS.unverified,
    notFound: VERIFICATION_LABELS['not-found'],
    /** Where the figure stands in the source text. */
    where: (paragraph: number) => `原文第 ${paragraph} 段：`,
    /** Why a figure is 未核对原文. */
    reasons: { 'no-text': '该来源没有可供核对的全文。', 'not-checked': '本次构建没有读取来源全文。' },
    notFoundNote: '来源全文中找不到这个数字，请编辑核对。',
  },

  /** A case's table of contents (src/components/TableOfContents.astro). */
  toc: {
    heading: '目录',
  },

  /** The home page (src/pages/index.astro). */
  home: {
    /** The meta description: the site's description, then what it holds. */
    description: (siteDescription: string, cases: number, series: number, stats: number) =>
      `${siteDescription}现收录${series}个系列的${cases}个案例、${stats}项统计数据。`,
    /** Hidden heading of the totals under the title (a list is not named by aria-label). */
    totalsLabel: '收录概况',
    /** Measure words after each total (the number is set in bold before them). */
    totals: { cases: '个案例', series: '个系列', stats: '项统计数据', cities: '个城市' },
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
    description: (cases: number, stats: number) => `收录${cases}个案例、${stats}项可溯源的统计数据。`,
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

  /** The stats explorer (src/pages/stats.astro; the count is also updated by its script). */
  stats: {
    title: '数据总览',
    description: (cases: number, stats: number) => `全部${cases}个案例的${stats}项统计数据：可排序、筛选，并可下载 CSV 与 JSON。`,
    /** 全部案例的 236 项统计数据。每个数字都按来源原样记录，并解析为数值、单位与限定词。下载：[CSV] · [JSON]。来源之间不一致的数字见[数据核对]。 */
    intro: {
      before: (stats: number) => `全部案例的 ${stats} 项统计数据。每个数字都按来源原样记录，并解析为数值、单位与限定词。下载：`,
      csv: 'CSV',
      json: 'JSON',
      middle: '。来源之间不一致的数字见',
      dataCheck: '数据核对',
      after: '。',
    },
    /** aria-label of the filter form. */
    filtersLabel: '筛选数据',
    keyword: '关键词',
    keywordPlaceholder: '对象、指标或数字',
    filters: { case: '案例', dimension: '单位', qualifier: '限定', verification: '核对' },
    /** How many statistics the filters leave: `236 项`. */
    count: (count: number) => `${count} ${statsUnit}`,
    noScript: '筛选和排序需要 JavaScript；下表列出全部数据。',
    /** A later page of the explorer: `数据总览（第 2 页）`. */
    pageTitle: (number: number) => `数据总览（第 ${number} 页）`,
    pageDescription: (number: number, first: number, last: number, total: number) => `数据总览第 ${number} 页：全部 ${total} 个案例中第 ${first}–${last} 个案例的统计数据，可排序、筛选，并可下载 CSV 与 JSON。`,
    /** Before the intro on a paged explorer. */
    pageIntro: (first: number, last: number, total: number) => `本页为全部 ${total} 个案例中的第 ${first}–${last} 个；筛选与排序只作用于本页，完整数据请下载。`,
    pagesLabel: '分页',
    /** A field's label in a figure's stacked card on a phone: `数字：`. */
    fieldLabel: (column: string) => `${column}：`,
    /** aria-label of the scrolling table. */
    tableLabel: '全部统计数据',
    columns: {
      subject: '对象',
      metric: '指标',
      figure: '数字',
      normalized: '数值',
      unit: '单位',
      qualifier: '限定',
      source: '来源',
      receipt: '原文',
    },
  },

  /** The data-check page (src/pages/data-check.astro). */
  dataCheck: {
    title: '数据核对',
    description: '不同来源对同一事项给出不同数字时，在这里并列两个来源、两个数字和编者的核对说明。',
    /** The intro's fixed part, before the count of disagreements. */
    intro: '同一对象、同一指标在不同案例中出现不同数字时，构建会要求编者写明核对说明：采用哪个数字、为什么，或说明两者口径不同、并存。这里列出全部',
    /** The count that ends the intro: `1 处差异`, `，其中 1 处尚未核对`, then `。`. */
    disagreements: (count: number) => `${count} 处差异`,
    open: (count: number) => `，其中 ${count} 处尚未核对`,
    introEnd: '。',
    none: '目前各案例之间没有不一致的数字。',
    /** Badge on a disagreement no editor has reconciled yet. */
    unreconciled: '未核对',
    columns: { figure: '数字', case: '案例', source: '来源', note: '核对说明' },
    /** A verdict's label, bold before the editor's note. */
    verdict: (verdict: string) => `${verdict}。`,
    noNote: '尚无说明',
  },

  /** The reports list and the print-ready reports (src/pages/reports/). */
  reports: {
    title: '报告',
    description: '按系列和全集编排的可打印报告，网页版与 PDF。',
    /** 每份报告含…PDF 由 [npm run report] 生成。 (the command is code) */
    intro: {
      before: '每份报告含封面、目录、各案例全文与本章数据、数据核对与参考文献；案例较多的报告分卷印行。网页版可直接打印；PDF 由 ',
      after: ' 生成。',
    },
    pdf: 'PDF',
    /** Title of the report of the whole casebook. */
    wholeTitle: (siteTitle: string) => `${siteTitle}（全集）`,
    /** Title of a series' report. */
    seriesTitle: (seriesTitle: string) => `${seriesTitle}案例报告`,
    /** Screen-only line above a report. */
    back: '← 全部报告',
    printHint: ' · 打印或另存为 PDF 即得排版好的报告',
    /** After the site title on the cover: `两新组织党建案例集 · 报告`. */
    eyebrow: '报告',
    cover: { cases: '案例', stats: '统计数据', asOf: '截至', editor: '编者' },
    /** Counts on the cover: `7 个`, `236 项`. */
    caseCount: (count: number) => `${count} 个`,
    statCount: (count: number) => `${count} 项`,
    contents: '目录',
    /** `第 1 章` */
    chapter: (number: number) => `第 ${number} 章`,
    /** `附录一 数据核对`: appendices are numbered in order, so without a data check the sources are 附录一. */
    appendix: (number: 1 | 2 | 3, name: string) => `附录${appendixNumerals[number - 1]} ${name}`,
    appendixNames: { check: '数据核对', sources: '参考文献' },
    /** Heading of the data table and charts that close each chapter. */
    chapterData: '本章数据',
    /** A volume of a report printed in several: `第 2 卷（共 20 卷）`. */
    volume: (number: number, of: number) => `第 ${number} 卷（共 ${of} 卷）`,
    /** The chapters a volume holds: `第 51–100 章`. */
    volumeChapters: (first: number, last: number) => (first === last ? `第 ${first} 章` : `第 ${first}–${last} 章`),
    /** A volume's page title: `两新组织党建案例集（全集）第 2 卷`. */
    volumeTitle: (title: string, number: number) => `${title}第 ${number} 卷`,
    /** A volume's description, unique among the volumes: `…（第 2 卷：第 51–100 章）`. */
    volumeDescription: (scope: string, number: number, chapters: string) => `${scope}（第 ${number} 卷：${chapters}）`,
    volumesHeading: '分卷',
    /** The list of a report's volumes on the reports page: `分卷 PDF：`. */
    volumePdfs: '分卷 PDF：',
    /** A link to a report's volumes: `PDF（20 卷）`. */
    pdfVolumes: (count: number) => `PDF（${count} 卷）`,
    /** One volume, as a link: `第 2 卷`. */
    volumeName: (number: number) => `第 ${number} 卷`,
    columns: { figure: '数字', subject: '对象', metric: '指标', period: '时间' },
    /** Where a disputed figure comes from: `（案例标题；来源：来源的描述）`; readers see the source's description, never its id. */
    claimFrom: (caseTitle: string, source: string) => `（${caseTitle}；来源：${source}）`,
    /** An editor's reconciliation after the figure: `：口径不同，两数并存。note`. */
    reconciliation: (verdict: string, note: string) => `：${verdict}。${note}`,
  },

  /** The not-found page (src/pages/404.astro). */
  notFound: {
    title: '页面不存在',
    description: '您要找的页面不存在或已移动：可以从首页、全部案例或各系列继续浏览。',
    intro: '您访问的地址没有对应的页面，可能是链接有误，或案例已更名。',
    next: '可以从这里继续：',
    home: '首页',
    cases: '全部案例',
  },
} as const;
