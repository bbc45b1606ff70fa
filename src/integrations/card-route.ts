/**
 * In `astro dev` only: /cards/<locale>/<meeting id>.png and /cards/<locale>/site.png, drawn when
 * fetched (and cached). A build draws them in workers instead (social-cards.ts).
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n/translate.ts';
import { loadAtlas } from '../lib/content.ts';
import { cardOf } from '../lib/share/card.ts';
import { cachedCard, cardCacheDirectory } from '../lib/share/render-card.ts';
import { locales } from '../lib/site/pages.ts';
import type { Locale } from '../schemas/common.ts';

export async function getStaticPaths() {
	const atlas = await loadAtlas();
	return locales.flatMap((locale) => ['site', ...atlas.meetings.map((meeting) => meeting.id)].map((card) => ({ params: { locale, card } })));
}

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const { content } = cardOf(await loadAtlas(), locale, useTranslations(locale), params.card === 'site' ? undefined : params.card);
	return new Response(new Uint8Array(await cachedCard(content, cardCacheDirectory())), { headers: { 'Content-Type': 'image/png' } });
};
