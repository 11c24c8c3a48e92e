import { langFromEnv, reportVolumeFromEnv, siteUrlFromEnv } from './options.ts';
import { uiFor } from './i18n/ui.ts';
import { siteSchema } from './model/schemas/site.ts';

/** The origin the project ships with; a production build that still uses it says so (see the casebook integration). */
export const PLACEHOLDER_SITE_URL = 'https://casebook.example.org';

/**
 * The casebook's site settings, validated once. Set `CASEBOOK_SITE_URL` to
 * deploy under another origin without editing this file, and
 * `CASEBOOK_REPORT_VOLUME` to print reports in volumes of another size.
 */
export const site = siteSchema.parse({
  url: siteUrlFromEnv() ?? PLACEHOLDER_SITE_URL,
  title: '两新组织党建案例集',
  shortTitle: '党建案例集',
  description:
    '以数据为据的地方治理案例库：经济园区、产业链、新兴领域与新就业群体党建的典型做法，每个数字都可溯源、可核对。',
  lang: langFromEnv() ?? 'zh-CN',
  publisher: 'Casebook 编辑部',
  reportVolumeChapters: reportVolumeFromEnv(),
});

/** The interface words of the casebook's language (src/i18n): what every page, card, feed and report reads. */
export const ui = uiFor(site.lang);
