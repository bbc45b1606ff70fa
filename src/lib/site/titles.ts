/** The title of every page, in its language. */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { entityName, meetingTitle } from './names.ts';
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
		default:
			return t(`list.${page.kind}`);
	}
}
