/** /sitemap.xml: every page that is worth finding, in both languages, with its alternates. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../lib/content.ts';
import { sitemapXml } from '../lib/share/sitemap.ts';
import { allPages } from '../lib/site/pages.ts';
import { pagePath, withBase } from '../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const absolute = (path: string) => new URL(withBase(path, base), site).href;
	const pages = allPages(await loadAtlas())
		.filter((page) => page.kind !== 'not-found' && page.kind !== 'search')
		.map((page) => ({ fr: absolute(pagePath(page, 'fr')), en: absolute(pagePath(page, 'en')), xDefault: new URL(base, site).href }));
	return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
