import { data } from './data.ts';

const { dataCheck } = data;

/** The Chinese words of the social cards: what they print and their text alternatives (`og:image:alt`). */
export const cards = {
  /** Text alternatives of the social cards, for link previews (`og:image:alt`). */
  cards: {
    /** The home card, also the default for pages without a card of their own. */
    homeAlt: (siteTitle: string, description: string) => `${siteTitle}：${description}`,
    /** A case's card. */
    caseAlt: (caseTitle: string) => `${caseTitle}的分享卡片`,
    /** A series' card. */
    seriesAlt: (seriesTitle: string) => `系列“${seriesTitle}”的分享卡片`,
  },

  /** What the cards print (src/outputs/cards/content.ts); every other word on a card comes from the pages' groups. */
  cardWords: {
    /** Counts on cards: the number is set large, then its measure word (`7` `个案例`). */
    units: {
      cases: (_count: number) => '个案例',
      stats: (_count: number) => '项统计数据',
      series: (_count: number) => '个系列',
      tags: (_count: number) => '个标签',
      kinds: (_count: number) => '个类型',
      regions: (_count: number) => '个地区',
      reports: (_count: number) => '份报告',
      disagreements: (_count: number) => '处数字不一',
      reconciled: (_count: number) => '处已有核对说明',
    },
    /** Above a statistic's source on its card: `来源：烟台日报 《…》`. */
    source: (source: string) => `来源：${source}`,
    /** A source as one short line: its outlet and title, or the editor's description when no title is printed. */
    sourceName: (outlet: string | undefined, title: string | undefined, description: string) => {
      const named = title === undefined ? description : `《${title}》`;
      return outlet === undefined ? named : `${outlet} ${named}`;
    },
    /** The caveat on the card of a figure other pages state differently (`verdict` as the dictionary words it, or none). */
    caveat: (verdict: string | undefined, others: string[]) =>
      `${verdict ? `口径说明：${verdict}。` : '各来源数字不一。'}${others.length > 0 ? `另有来源记为${others.join('、')}，` : ''}见“${dataCheck.title}”`,
    /** The explorer's card: what it offers. */
    statsOffer: '可排序、筛选，并可下载 CSV 与 JSON',
    /** The data check's card when nothing disagrees. */
    allAgree: dataCheck.none,
    /** The data check's rule, in a line. */
    checkRule: '同一对象、同一指标出现不同数字时，编者须写明采用哪个、为什么',
    /** Above a report's title on its card. */
    reportEyebrow: (eyebrow: string) => `${eyebrow} · 网页版与 PDF`,
    /** Between a disagreement's subject and its figures: `甲区项目数：22个 / 7个`. */
    labelled: '：',
    /** A listed item with its count: `蓬莱海工装备产业链（3）`. */
    counted: (name: string, count: number) => `${name}（${count}）`,
    /** What a figure on a card measures: `烟台高新区 · 国家高新区综合评价排名（2020年）`. */
    figureLabel: (subject: string, metric: string, period: string | undefined) => `${subject} · ${metric}${period ? `（${period}）` : ''}`,
  },

  /** Text alternatives of the generated cards, each saying what its card shows. */
  cardAlts: {
    /** The home card. */
    home: (siteTitle: string, cases: number, stats: number) => `${siteTitle}：${cases}个案例，${stats}项可溯源的统计数据`,
    /** A series' card: its title, case count and up to three figures (`label` then `value`). */
    series: (title: string, cases: number, figures: readonly { label: string; value: string }[]) =>
      `系列：${title}，${cases}个案例${figures.length >= 2 ? `，${figures.map((figure) => `${figure.label}${figure.value}`).join('；')}` : ''}`,
    /** A case's card: its title and place, then its headline figure and the figure's caveat. */
    case: (title: string, place: string, headline?: { subject: string; metric: string; figure: string; caveat?: string }) =>
      `${title}（${place}）${headline ? `：${headline.subject}${headline.metric}${headline.figure}${headline.caveat ? `（${headline.caveat}）` : ''}` : ''}`,
    /** A statistic's card. */
    stat: (stat: { subject: string; metric: string; period?: string; figure: string; caveat?: string }, caseTitle: string, source: string) =>
      `${stat.subject}${stat.metric}${stat.period ? `（${stat.period}）` : ''}：${stat.figure}${stat.caveat ? `（${stat.caveat}）` : ''}。${caseTitle}，来源：${source}`,
    /** A report's card; `eyebrow` is the reports' eyebrow. */
    report: (eyebrow: string, title: string) => `${eyebrow}：${title}，所收案例数、统计数据数与案例标题`,
    /** A tag's, kind's or region's own card: `pageTitle` as the page names itself. */
    listing: (pageTitle: string, cases: number) => `${pageTitle}：${cases}个案例及其标题`,
    /** A tag's own card. */
    tag: (crumb: string, tag: string, cases: number) => `${crumb}“${tag}”：${cases}个案例及其标题`,
    cases: (title: string, cases: number, stats: number) => `${title}：${cases}个案例，${stats}项统计数据，最新案例的标题`,
    stats: (title: string, cases: number, stats: number, offer: string) => `${title}：${cases}个案例的${stats}项统计数据，${offer}`,
    search: (heading: string, cases: number, description: string) => `${heading}：${cases}个案例，${description}`,
    dataCheck: (title: string, disagreements: number, allAgree: string) => `${title}：${disagreements > 0 ? `${disagreements}处数字不一，并列各来源的数字与编者的核对说明` : allAgree}`,
    reports: (title: string, reports: number) => `${title}：${reports}份报告，网页版与 PDF`,
    seriesIndex: (title: string, series: number, cases: number) => `${title}：${series}个系列，${cases}个案例`,
    tags: (title: string) => `${title}：主题标签及各标签的案例数`,
    kinds: (title: string) => `${title}：工作类型及各类型的案例数`,
    regions: (title: string) => `${title}：各省、市的案例数`,
  },
};
