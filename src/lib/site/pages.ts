/** Every page the site builds, in both languages. */
import type { Locale } from '../../schemas/common.ts';
import type { Atlas } from '../atlas.ts';
import type { EntryPageKind, PageKind, PageOf, PageRef } from './paths.ts';

/** The locales of the site, French first (the language of the sources). */
export const locales: Locale[] = ['fr', 'en'];

/** The props of every page component: the atlas, the page (its kind and id), the page's language. */
export interface PageProps<Kind extends PageKind = PageKind> {
	atlas: Atlas;
	page: PageOf<Kind>;
	locale: Locale;
}

/** Every page, independent of language: the same list in both. */
export function allPages(atlas: Atlas): PageRef[] {
	const each = (kind: EntryPageKind, entries: { id: string }[]) => entries.map(({ id }) => ({ kind, id }));
	return [
		{ kind: 'home' },
		{ kind: 'timeline' },
		{ kind: 'meetings' },
		{ kind: 'actors' },
		{ kind: 'areas' },
		{ kind: 'places' },
		{ kind: 'organisations' },
		{ kind: 'events' },
		{ kind: 'sources' },
		{ kind: 'search' },
		{ kind: 'data' },
		{ kind: 'not-found' },
		...each('meeting', atlas.meetings),
		...each('actor', atlas.actors),
		...each('area', atlas.areas),
		...each('place', atlas.places),
		...each('organisation', atlas.organisations),
		...each('event', atlas.events),
		...each('source', atlas.sources),
		...each('timeline-actor', atlas.actors),
		...each('timeline-area', atlas.areas),
	];
}
