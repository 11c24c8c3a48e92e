import { z } from 'astro/zod';
import { VOLUME_CHAPTERS } from '../../domain/report-volumes.ts';

/** Site-wide settings: one validated object every page, feed and card reads. */
export const siteSchema = z.strictObject({
  /** Absolute origin the site is deployed at; canonical URLs, feeds and the sitemap use it. */
  url: z.url({ error: 'must be an absolute URL such as https://casebook.example.org' }),
  /** Site name shown in the header, titles and feeds. */
  title: z.string().min(2).max(30),
  /** Short name for tight spaces (browser tabs, cards). */
  shortTitle: z.string().min(2).max(12),
  /** One sentence describing the casebook, used for the home page and feed. */
  description: z.string().min(10).max(200),
  /** Language of the interface and of the content: `zh-CN` (the default) or `en`. */
  lang: z.enum(['zh-CN', 'en'], { error: 'must be zh-CN or en' }).default('zh-CN'),
  /** Publisher named in the footer and feed. */
  publisher: z.string().min(2).max(40),
  /**
   * Chapters in one volume of a PDF report (`CASEBOOK_REPORT_VOLUME` overrides it). A larger report is
   * printed as volumes, each a PDF and a web page of its own, so an edit prints one volume again.
   */
  reportVolumeChapters: z.number().int().min(1).default(VOLUME_CHAPTERS),
});

/** Validated site settings. */
export type SiteSettings = z.output<typeof siteSchema>;
