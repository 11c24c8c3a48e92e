import { statsCount } from './stats.ts';

/** The Chinese stats explorer and data-check page. */
export const data = {
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
    count: statsCount,
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
};
