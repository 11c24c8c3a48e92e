import type { Chart, ChartKeyMark, ChartWords } from '../../domain/charts/group.ts';
import { QUALIFIER_LABELS, type Qualifier } from '../../domain/figure/parse.ts';
import { DIMENSION_LABELS, type Dimension } from '../../domain/figure/units.ts';
import type { Verification } from '../../domain/verification.ts';

/** Readers' words for what the figure check established, as pages and exports print them. */
const VERIFICATION_LABELS: Record<Verification['status'], string> = {
  verified: '已核对原文',
  unverified: '未核对原文',
  'not-found': '原文中未见',
};

/** The parts of a Chinese case page: its facts, figures, share panel, sources, data table, charts and receipts. */
export const casePage = {
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
    /** Status after the copy button copied the link (shown by the panel's script, which reads it from the page). */
    linkCopied: '链接已复制',
    /** Status when the browser would not copy: the link field is selected for the reader to copy. */
    copyByHand: '请按 Ctrl+C（或长按）复制已选中的链接',
  },

  /** The source list of a case (src/components/SourceList.astro). */
  sources: {
    heading: '资料来源',
  },

  /** How to cite a case or a report (src/components/CiteBlock.astro). */
  cite: {
    heading: '引用本案例',
    copy: '复制引用',
    copied: '已复制引用。',
    copyByHand: '无法自动复制，请选中上面的引用后复制。',
    /** Before the links to the reference files: `下载引用：BibTeX · RIS · CSL-JSON`. */
    downloads: '下载引用：',
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
    /** Before the links to the case's own data files: `下载本文数据：CSV · JSON`. */
    download: '下载本文数据：',
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
    /** A figure as the search index reads it, a sentence without spaces between Chinese words: `蓬莱经济开发区党群服务中心总面积：1.3万平方米。`. */
    sentence: (subject: string, metric: string, figure: string) => `${subject}${metric}：${figure}。`,
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
    /** A chart's key: what each mark on its bars means. */
    marks: {
      '≈': '≈ 约数（约、近、左右）',
      '>': '> 多于此数（多、余、超过）',
      '≥': '≥ 不少于此数（以上、至少）',
      '<': '< 少于此数（不足、不到、以内）',
      '*': '* 各来源说法不一，见数据表与数据核对',
    } satisfies Record<ChartKeyMark, string>,
    /** The chart in words (its SVG `<desc>`): what it compares and every bar's label and figure. */
    description: (chart: Chart) => {
      const scope = [chart.subject, chart.period].filter(Boolean).join('，');
      const bars = chart.bars.map((bar) => `${bar.label}：${bar.printed}${bar.disputed ? '（各来源说法不一）' : ''}`).join('；');
      const shown = chart.total > chart.bars.length ? `，图中为其中 ${chart.bars.length} 项` : '';
      const order = chart.kind === 'periods' ? '按时间先后' : '按数值从大到小';
      return `条形图，${scope ? `${scope}，` : ''}共 ${chart.total} 项${shown}，${order}：${bars}。`;
    },
    /** A case as a chart names the source of a figure: `烟台开发区` of `烟台开发区：以“业达红”…`. */
    caseLabel: (title: string) => title.split('：')[0]!,
    /** The words a chart's title and bar labels are built with (src/domain/charts/group.ts). */
    grouping: {
      parenthetical: (text: string) => `（${text}）`,
      listSeparator: '、',
      version: (origin: string, number: number) => `${origin}，说法${number}`,
      scales: [
        { from: 1e8, factor: 1e8, unit: (symbol: string) => `亿${symbol}` },
        { from: 1e5, factor: 1e4, unit: (symbol: string) => `万${symbol}` },
      ],
    } satisfies ChartWords as ChartWords,
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

  /** The words figures are described with: qualifiers, units of measure, editors' verdicts (stats explorer, data tables, exports). */
  figures: {
    /** Exact, about, more than…: the parsed qualifier in readers' words. */
    qualifiers: QUALIFIER_LABELS as Record<Qualifier, string>,
    /** What a unit measures, as the explorer's unit filter names it. */
    dimensions: DIMENSION_LABELS as Record<Dimension, string>,
    /** An editor's verdict on figures that sources state differently. */
    verdicts: { 'uses-this': '本页采用此数', 'scopes-differ': '口径不同，两数并存' },
    /** What the figure check established, in readers' words (also the exports' `verificationLabel`). */
    verification: VERIFICATION_LABELS,
  },

  /** Words the case body's rendering adds (src/model/body/render.ts). */
  body: {
    /** Hover text of a figure in the body, second line: `来源：…`. */
    statSource: (source: string) => `来源：${source}`,
    /** Heading of the footnotes. */
    footnoteLabel: '注释',
    /** The link back from a footnote to its reference. */
    footnoteBack: (index: number) => `返回正文第 ${index + 1} 处引用`,
  },

  /** What a citation says where the source does not show a fact (src/site/citation.ts). */
  citation: {
    anonymous: '佚名',
    /** In place of the title of a document that prints none: the editor's description. */
    untitled: (description: string) => `〔无题：${description}〕`,
    unknownOutlet: '刊名不详',
    unknownDate: '日期不详',
    unknownPages: '版次不详',
  },

  /** A case's table of contents (src/components/TableOfContents.astro). */
  toc: {
    heading: '目录',
  },
};
