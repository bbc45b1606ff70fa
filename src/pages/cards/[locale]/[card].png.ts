/** /cards/<locale>/<meeting id>.png and /cards/<locale>/site.png: the social cards, drawn once and cached. */
import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { useTranslations } from '../../../i18n/translate.ts';
import { loadAtlas } from '../../../lib/content.ts';
import { meetingCard, siteCard } from '../../../lib/share/card.ts';
import { cachedCard } from '../../../lib/share/render-card.ts';
import { locales } from '../../../lib/site/pages.ts';
import type { Locale } from '../../../schemas/common.ts';

// Outside dist/, so that cards survive between builds: the usual place for tools' caches. The
// build runs from the project's root (this module runs from a bundled copy, so not relative to
// it). ATLAS_CARD_CACHE moves it: the benchmark and the reproducibility check start from empty.
const cacheDirectory = process.env.ATLAS_CARD_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'atlas-cards');

export async function getStaticPaths() {
	const atlas = await loadAtlas();
	return locales.flatMap((locale) => ['site', ...atlas.meetings.map((meeting) => meeting.id)].map((card) => ({ params: { locale, card } })));
}

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const t = useTranslations(locale);
	const content = params.card === 'site' ? siteCard(t) : meetingCard(await loadAtlas(), params.card!, locale, t)!;
	return new Response(new Uint8Array(await cachedCard(content, cacheDirectory)), { headers: { 'Content-Type': 'image/png' } });
};
