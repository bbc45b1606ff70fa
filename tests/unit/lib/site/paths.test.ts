import { describe, expect, it } from 'vitest';
import { allPages, locales } from '../../../../src/lib/site/pages.ts';
import { absoluteUrl, otherLocale, pagePath, paragraphPath, routeSlug, withBase, type PageRef } from '../../../../src/lib/site/paths.ts';
import { atlasOf, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);

// One row per PageKind: the page, then its French and English paths.
const expectedPaths: [PageRef, string, string][] = [
	[{ kind: 'home' }, '/fr/', '/en/'],
	[{ kind: 'timeline' }, '/fr/chronologie/', '/en/timeline/'],
	[{ kind: 'meetings' }, '/fr/rencontres/', '/en/meetings/'],
	[{ kind: 'meeting', id: '2021-03-fort-royal' }, '/fr/rencontres/2021-03-fort-royal/', '/en/meetings/2021-03-fort-royal/'],
	[{ kind: 'actors' }, '/fr/acteurs/', '/en/actors/'],
	[{ kind: 'actor', id: 'tomas-vell' }, '/fr/acteurs/tomas-vell/', '/en/actors/tomas-vell/'],
	[{ kind: 'areas' }, '/fr/cooperation/', '/en/cooperation/'],
	[{ kind: 'area', id: 'fisheries' }, '/fr/cooperation/fisheries/', '/en/cooperation/fisheries/'],
	[{ kind: 'places' }, '/fr/lieux/', '/en/places/'],
	[{ kind: 'place', id: 'port-aven' }, '/fr/lieux/port-aven/', '/en/places/port-aven/'],
	[{ kind: 'organisations' }, '/fr/organisations/', '/en/organisations/'],
	[{ kind: 'organisation', id: 'league-of-ports' }, '/fr/organisations/league-of-ports/', '/en/organisations/league-of-ports/'],
	[{ kind: 'events' }, '/fr/evenements/', '/en/events/'],
	[{ kind: 'event', id: 'harbour-treaty' }, '/fr/evenements/harbour-treaty/', '/en/events/harbour-treaty/'],
	[{ kind: 'sources' }, '/fr/sources/', '/en/sources/'],
	[{ kind: 'source', id: '2024-02-02-port-aven' }, '/fr/sources/2024-02-02-port-aven/', '/en/sources/2024-02-02-port-aven/'],
	[{ kind: 'timeline-actor', id: 'tomas-vell' }, '/fr/chronologie/acteurs/tomas-vell/', '/en/timeline/actors/tomas-vell/'],
	[{ kind: 'timeline-area', id: 'fisheries' }, '/fr/chronologie/cooperation/fisheries/', '/en/timeline/cooperation/fisheries/'],
	[{ kind: 'search' }, '/fr/recherche/', '/en/search/'],
	[{ kind: 'data' }, '/fr/donnees/', '/en/data/'],
	[{ kind: 'not-found' }, '/fr/404/', '/en/404/'],
];

describe('pagePath', () => {
	it.each(expectedPaths)('builds the paths of %o', (page, fr, en) => {
		expect(pagePath(page, 'fr')).toBe(fr);
		expect(pagePath(page, 'en')).toBe(en);
	});

	it('has a row above for every kind of page the site builds', () => {
		const kinds = new Set(allPages(atlas).map((page) => page.kind));
		expect(new Set(expectedPaths.map(([page]) => page.kind))).toEqual(kinds);
	});
});

describe('allPages', () => {
	const pages = allPages(atlas);

	it('gives every page a distinct path in each language', () => {
		for (const locale of locales) {
			const paths = pages.map((page) => pagePath(page, locale));
			expect(new Set(paths).size).toBe(pages.length);
		}
	});

	it('lists a page for every entry, and a filtered timeline per actor and per area', () => {
		const count = (kind: PageRef['kind']) => pages.filter((page) => page.kind === kind).length;
		expect(count('meeting')).toBe(2);
		expect(count('actor')).toBe(6);
		expect(count('area')).toBe(4);
		expect(count('place')).toBe(2);
		expect(count('organisation')).toBe(1);
		expect(count('event')).toBe(2);
		expect(count('source')).toBe(2);
		expect(count('timeline-actor')).toBe(6);
		expect(count('timeline-area')).toBe(4);
		expect(pages).toContainEqual({ kind: 'meeting', id: '2024-02-02-port-aven' });
		expect(pages).toContainEqual({ kind: 'timeline-actor', id: 'ines-hald' });
	});

	it('keeps only the fixed pages for an empty atlas', () => {
		const pages = allPages(atlasOf({}));
		expect(pages.filter((page) => 'id' in page)).toEqual([]);
		expect(pages).toHaveLength(12);
	});
});

describe('routeSlug', () => {
	it('is the path inside the locale, without slashes around it', () => {
		expect(routeSlug({ kind: 'actors' }, 'fr')).toBe('acteurs');
		expect(routeSlug({ kind: 'meeting', id: '2021-03-fort-royal' }, 'en')).toBe('meetings/2021-03-fort-royal');
		expect(routeSlug({ kind: 'timeline-actor', id: 'tomas-vell' }, 'fr')).toBe('chronologie/acteurs/tomas-vell');
		expect(routeSlug({ kind: 'not-found' }, 'en')).toBe('404');
	});

	it('is undefined for the home page', () => {
		expect(routeSlug({ kind: 'home' }, 'fr')).toBeUndefined();
		expect(routeSlug({ kind: 'home' }, 'en')).toBeUndefined();
	});
});

describe('withBase', () => {
	it('prefixes the base, with or without its trailing slash', () => {
		expect(withBase('/fr/', '/atlas/')).toBe('/atlas/fr/');
		expect(withBase('/fr/', '/atlas')).toBe('/atlas/fr/');
	});

	it('leaves the path alone for a root base', () => {
		expect(withBase('/en/actors/', '/')).toBe('/en/actors/');
		expect(withBase('/en/actors/', '')).toBe('/en/actors/');
	});
});

describe('paragraphPath', () => {
	it('links to the paragraph anchor of the source page', () => {
		expect(paragraphPath('2024-02-02-port-aven', 'p3', 'en')).toBe('/en/sources/2024-02-02-port-aven/#p3');
		expect(paragraphPath('2021-03-fort-royal', 'p12', 'fr')).toBe('/fr/sources/2021-03-fort-royal/#p12');
	});
});

describe('otherLocale', () => {
	it('swaps French and English', () => {
		expect(otherLocale('fr')).toBe('en');
		expect(otherLocale('en')).toBe('fr');
	});
});

describe('absoluteUrl', () => {
	it('joins the site, the base and the localised path', () => {
		expect(absoluteUrl({ kind: 'meeting', id: 'x' }, 'en', '/', new URL('https://a.org'))).toBe('https://a.org/en/meetings/x/');
		expect(absoluteUrl({ kind: 'source', id: 'x' }, 'fr', '/atlas/', new URL('https://a.org'))).toBe('https://a.org/atlas/fr/sources/x/');
	});
});
