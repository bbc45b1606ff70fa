/**
 * sitemap.xml with each page's alternates in both languages and x-default, built by the project
 * itself: @astrojs/sitemap cannot pair pages whose section names differ by language.
 */
import { escapeXml } from './xml.ts';

/** A page of the sitemap: its absolute URL in each language, and the x-default URL. */
export interface SitemapPage {
	fr: string;
	en: string;
	xDefault: string;
}

/** The sitemap: one <url> per page and language, each listing both languages and x-default. */
export function sitemapXml(pages: SitemapPage[]): string {
	const alternates = (page: SitemapPage) =>
		[`<xhtml:link rel="alternate" hreflang="fr" href="${escapeXml(page.fr)}"/>`, `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(page.en)}"/>`, `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(page.xDefault)}"/>`].join('');
	const urls = pages.flatMap((page) => [page.fr, page.en].map((loc) => `<url><loc>${escapeXml(loc)}</loc>${alternates(page)}</url>`));
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap's address. */
export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
