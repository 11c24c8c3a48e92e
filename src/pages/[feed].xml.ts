import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getSeriesById } from '../site/data';
import { pageKey } from '../site/cache-keys';
import { site } from '../site.config';
import { caseUrl, homeUrl } from '../domain/urls.ts';

// A dynamic route (`/rss.xml` only) so the feed carries a cache key: written again only when what it lists changes.
export const getStaticPaths = (async () => {
  const cases = await getCases();
  const series = await getSeriesById();
  const shown = cases.map((entry) => [entry.id, entry.data.title, entry.data.summary, entry.data.date, series.get(entry.data.series.id)?.data.title, entry.data.tags]);
  return [{ params: { feed: 'rss' }, cacheKey: pageKey(shown) }];
}) satisfies GetStaticPaths;

/** The RSS feed of published cases, newest first. */
export const GET: APIRoute = async () => {
  const cases = await getCases();
  const series = await getSeriesById();
  return rss({
    title: site.title,
    description: site.description,
    site: new URL(homeUrl(), site.url).href,
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
