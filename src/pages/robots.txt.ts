import type { APIRoute } from 'astro';
import '../site/base';
import { siteUrl } from '../domain/urls.ts';
import { site } from '../site.config';

// Every page may be crawled (the 404 page says noindex itself); the sitemap's address is absolute, under the base path.
// Crawlers read robots.txt only at the root of an origin: a site served under a base path hands this file to the origin's owner.
export const GET: APIRoute = () => {
  const sitemap = new URL(siteUrl('/sitemap-index.xml'), site.url).href;
  return new Response(`User-agent: *\nAllow: ${siteUrl('/')}\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
