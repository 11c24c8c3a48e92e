const appendixNumerals = ['一', '二', '三'] as const;

/** The Chinese reports list and the print-ready reports: cover, contents, running parts and the data check. */
export const reportPages = {
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
    /** On a case page, before the link to the case's own PDF (its chapter of the report, with its data and receipts). */
    casePdf: '打印版（PDF，含本文数据与核对原文）：',
    /** Title of the report of the whole casebook. */
    wholeTitle: (siteTitle: string) => `${siteTitle}（全集）`,
    /** Title of a series' report. */
    seriesTitle: (seriesTitle: string) => `${seriesTitle}案例报告`,
    /** Screen-only line above a report. */
    back: '← 全部报告',
    printHint: ' · 打印或另存为 PDF 即得排版好的报告',
    /** The running head of a report's pages: `两新组织党建案例集（全集）　·　第 1 章 …`. */
    runningHead: (title: string, part: string) => `${title}　·　${part}`,
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
    columns: { figure: '数字', subject: '对象', metric: '指标', period: '时间', check: '核对原文' },
    /** Where a disputed figure comes from: `（案例标题；来源：来源的描述）`; readers see the source's description, never its id. */
    claimFrom: (caseTitle: string, source: string) => `（${caseTitle}；来源：${source}）`,
    /** An editor's reconciliation after the figure: `：口径不同，两数并存。note`. */
    reconciliation: (verdict: string, note: string) => `：${verdict}。${note}`,
  },
};
