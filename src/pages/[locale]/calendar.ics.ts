/** /fr/calendar.ics, /en/calendar.ics: the meetings known to the day, as an iCalendar feed. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/translate.ts';
import { loadAtlas } from '../../lib/content.ts';
import { icalendar } from '../../lib/share/ical.ts';
import { meetingCalendar } from '../../lib/share/meeting-feeds.ts';
import { locales } from '../../lib/site/pages.ts';
import { absoluteUrl, type PageRef } from '../../lib/site/paths.ts';
import type { Locale } from '../../schemas/common.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params, site }) => {
	const locale = params.locale as Locale;
	const urlOf = (page: PageRef) => absoluteUrl(page, locale, import.meta.env.BASE_URL, site);
	const calendar = meetingCalendar(await loadAtlas(), locale, urlOf, site!.host, useTranslations(locale));
	return new Response(icalendar(calendar), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
