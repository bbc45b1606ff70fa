/** The title of every page, in its language. */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { datePhrase } from '../ingest/dates.ts';
import { entityName, joinNames, meetingTitle, placeNameOn } from './names.ts';
import type { PageRef } from './paths.ts';
import type { AtlasData } from './types.ts';

/** pageTitle(atlas, { kind: "actor", id: "wang-yi" }, "en", t) → "Wang Yi". */
export function pageTitle(atlas: AtlasData, page: PageRef, locale: Locale, t: Translate): string {
	switch (page.kind) {
		case 'home':
			return t('home.title');
		case 'timeline':
			return t('timeline.title');
		case 'timeline-actor':
			return t('timeline.filteredBy', { name: entityName(atlas, 'actor', page.id!, locale)! });
		case 'timeline-area':
			return t('timeline.filteredBy', { name: entityName(atlas, 'area', page.id!, locale)! });
		case 'meeting':
			return meetingTitle(atlas, atlas.meetings.find((meeting) => meeting.id === page.id)!, locale);
		case 'actor':
		case 'area':
		case 'place':
		case 'organisation':
		case 'event':
			return entityName(atlas, page.kind, page.id!, locale)!;
		case 'source': {
			const meeting = atlas.meetings.find((candidate) => candidate.record.source === page.id);
			return meeting ? t('source.heading', { title: meetingTitle(atlas, meeting, locale) }) : `${t('source.kind')} ${page.id}`;
		}
		case 'not-found':
			return t('notFound.title');
		case 'search':
			return t('search.title');
		case 'data':
			return t('data.title');
		default:
			return t(`list.${page.kind}`);
	}
}

/** The description of a page for search engines and link previews; the site's for pages without their own. */
export function pageDescription(atlas: AtlasData, page: PageRef, locale: Locale, t: Translate): string {
	if (page.kind === 'meeting') {
		const record = atlas.meetings.find((meeting) => meeting.id === page.id)?.record;
		if (!record) return t('site.description');
		return t('share.meetingDescription', {
			date: datePhrase(record.date.value, record.date.precision, locale),
			inferred: record.date.inferred ? t('share.inferredDate') : '',
			place: placeNameOn(atlas, record.place.id, record.date.value, locale) ?? record.place.name,
			participants: joinNames(record.participants.map((participant) => entityName(atlas, 'actor', participant.id, locale) ?? participant.name), locale),
		});
	}
	if (page.kind === 'actor') return t('share.actorDescription', { name: entityName(atlas, 'actor', page.id!, locale) ?? page.id! });
	if (page.kind === 'source') return t('share.sourceDescription');
	return t('site.description');
}
