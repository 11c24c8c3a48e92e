/** The frame of every Chinese page: head, header, footer, breadcrumbs, small shared parts and the 404 page. */
export const frame = {
  /** Every page: the frame around the content (src/layouts/BaseLayout.astro). */
  layout: {
    /** The skip link, first in the page for keyboard users. */
    skipToContent: '跳到正文',
    /** The interface language as Open Graph writes it (`og:locale`); goes with `lang` in src/site.config.ts. */
    ogLocale: 'zh_CN',
  },

  /** The header on every page (src/components/SiteHeader.astro). */
  header: {
    /** Hidden after the site name, which links home: screen readers say `两新组织党建案例集（首页）`. */
    homeHint: '（首页）',
    /** The one-character logo mark beside the site name (and on every card), from the site's short title. */
    mark: (_shortTitle: string) => '案',
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

  /** The not-found page (src/pages/404.astro). */
  notFound: {
    title: '页面不存在',
    description: '您要找的页面不存在或已移动：可以从首页、全部案例或各系列继续浏览。',
    intro: '您访问的地址没有对应的页面，可能是链接有误，或案例已更名。',
    next: '可以从这里继续：',
    home: '首页',
    cases: '全部案例',
  },
};
