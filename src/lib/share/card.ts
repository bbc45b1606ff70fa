/**
 * The social cards (1200 × 630 PNG) shown when a link is pasted: what a card says, as pure data,
 * and the key under which a drawn card is cached. Drawing is in render-card.ts.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatDateSpan } from '../ingest/dates/index.ts';
import { entityName, joinNames, meetingPlaceName, meetingTitle } from '../site/names.ts';
import type { Atlas } from '../atlas.ts';

export const cardSize = { width: 1200, height: 630 } as const;

/** What a card shows: the site's name, a kind line, a title and a few lines of facts. */
export interface CardContent {
	site: string;
	kind: string;
	title: string;
	lines: string[];
}

/** The card of a meeting: date (marked when inferred), place and participants, in the page's language. */
export function meetingCard(atlas: Atlas, meetingId: string, locale: Locale, t: Translate): CardContent | undefined {
	const meeting = atlas.byId.meetings.get(meetingId);
	if (!meeting) return undefined;
	const { record } = meeting;
	const date = `${formatDateSpan(record.date, locale)}${record.date.inferred ? ` (${t('date.inferred')})` : ''}`;
	const place = meetingPlaceName(atlas, record, locale);
	const participants = joinNames(record.participants.map((participant) => entityName(atlas, 'actor', participant.id, locale) ?? participant.name), locale);
	return { site: t('site.name'), kind: t(`report.${record.reports}`), title: meetingTitle(atlas, meeting, locale), lines: [place ? `${date} · ${place}` : date, participants] };
}

/** The card of the site, for every other page. */
export function siteCard(t: Translate): CardContent {
	return { site: t('site.name'), kind: '', title: t('site.name'), lines: [t('site.description')] };
}

/**
 * The key of a drawn card: its content and the drawing code, so that an unchanged card is
 * never drawn twice and a change to the drawing redraws them all.
 */
export function cardKey(content: CardContent, drawing: string): string {
	return createHash('sha256').update(JSON.stringify({ content, drawing })).digest('hex').slice(0, 32);
}

/** The path of a page's card: /cards/fr/2025-04-25-almaty.png, /cards/en/site.png. */
export function cardPath(locale: Locale, meetingId?: string): string {
	return `/cards/${locale}/${meetingId ?? 'site'}.png`;
}

/** The card of a meeting's page, or the site's card for any other page: where it is published and what it says. */
export function cardOf(atlas: Atlas, locale: Locale, t: Translate, meetingId?: string): { path: string; content: CardContent } {
	const meeting = meetingId === undefined ? undefined : meetingCard(atlas, meetingId, locale, t);
	return meeting ? { path: cardPath(locale, meetingId), content: meeting } : { path: cardPath(locale), content: siteCard(t) };
}
