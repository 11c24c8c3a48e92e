import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases, getSeriesById } from '../site/data';

import { site } from '../site.config';
import { caseUrl } from '../domain/urls.ts';

/** The RSS feed of published cases, newest first. */
export const GET: APIRoute = async () => {
  const cases = await getCases();
  const series = await getSeriesById();
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    items: cases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: caseUrl(entry.id),
      pubDate: entry.data.date,
      categories: [series.get(entry.data.series.id)?.data.title ?? '', ...entry.data.tags].filter(Boolean),
    })),
    customData: `<language>${site.lang}</language>`,
    trailingSlash: true,
  });
};
