/** /fr/feed.xml, /en/feed.xml: the RSS feed of meetings in each language. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/translate.ts';
import { loadAtlas } from '../../lib/content.ts';
import { meetingFeed } from '../../lib/share/meeting-feeds.ts';
import { rssXml } from '../../lib/share/rss.ts';
import { locales } from '../../lib/site/pages.ts';
import { absoluteUrl, type PageRef } from '../../lib/site/paths.ts';
import type { Locale } from '../../schemas/common.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params, site, url }) => {
	const locale = params.locale as Locale;
	const urlOf = (page: PageRef) => absoluteUrl(page, locale, import.meta.env.BASE_URL, site);
	const feed = meetingFeed(await loadAtlas(), locale, urlOf, new URL(url.pathname, site).href, useTranslations(locale));
	return new Response(await rssXml(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
