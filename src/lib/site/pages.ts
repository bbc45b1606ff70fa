/** Every page the site builds, in both languages. */
import type { Locale } from '../../schemas/common.ts';
import type { PageRef } from './paths.ts';
import type { AtlasData } from './types.ts';

/** The locales of the site, French first (the language of the sources). */
export const locales: Locale[] = ['fr', 'en'];

/** Every page, independent of language: the same list in both. */
export function allPages(atlas: AtlasData): PageRef[] {
	const each = (kind: PageRef['kind'], entries: { id: string }[]) => entries.map(({ id }) => ({ kind, id }));
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
