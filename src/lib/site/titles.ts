/** The title of every page, in its language. */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { dateSpanPhrase } from '../ingest/dates/index.ts';
import { entityName, joinNames, meetingPlaceName, meetingTitle } from './names.ts';
import { entryOf, type Atlas } from '../atlas.ts';
import type { PageRef } from './paths.ts';

/** pageTitle(atlas, { kind: "actor", id: "wang-yi" }, "en", t) → "Wang Yi". */
export function pageTitle(atlas: Atlas, page: PageRef, locale: Locale, t: Translate): string {
	switch (page.kind) {
		case 'home':
			return t('home.title');
		case 'timeline':
			return t('timeline.title');
		case 'timeline-actor':
			return t('timeline.filteredBy', { name: entryOf(atlas, 'actors', page.id).name[locale] });
		case 'timeline-area':
			return t('timeline.filteredBy', { name: entryOf(atlas, 'areas', page.id).name[locale] });
		case 'meeting':
			return meetingTitle(atlas, entryOf(atlas, 'meetings', page.id), locale);
		case 'actor':
		case 'area':
		case 'place':
		case 'organisation':
		case 'event':
			return entityName(atlas, page.kind, page.id, locale) ?? page.id;
		case 'source': {
			const meeting = atlas.meetingOfSource.get(page.id);
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
export function pageDescription(atlas: Atlas, page: PageRef, locale: Locale, t: Translate): string {
	if (page.kind === 'meeting') {
		const record = atlas.byId.meetings.get(page.id)?.record;
		if (!record) return t('site.description');
		const place = meetingPlaceName(atlas, record, locale);
		return t(place ? 'share.meetingDescription' : 'share.meetingDescriptionNoVenue', {
			date: dateSpanPhrase(record.date, locale),
			inferred: record.date.inferred ? t('share.inferredDate') : '',
			place: place ?? '',
			participants: joinNames(record.participants.map((participant) => entityName(atlas, 'actor', participant.id, locale) ?? participant.name), locale),
		});
	}
	if (page.kind === 'actor') return t('share.actorDescription', { name: entityName(atlas, 'actor', page.id, locale) ?? page.id });
	if (page.kind === 'source') return t('share.sourceDescription');
	return t('site.description');
}
