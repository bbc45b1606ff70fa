import { describe, expect, it } from 'vitest';
import { allPages, locales } from '../../../../src/lib/site/pages.ts';
import { absoluteUrl, otherLocale, pagePath, paragraphPath, routeSlug, withBase, type PageRef } from '../../../../src/lib/site/paths.ts';
import { loadRealAtlas } from './atlas-fixture.ts';

const atlas = loadRealAtlas();

// One row per PageKind: the page, then its French and English paths.
const expectedPaths: [PageRef, string, string][] = [
	[{ kind: 'home' }, '/fr/', '/en/'],
	[{ kind: 'timeline' }, '/fr/chronologie/', '/en/timeline/'],
	[{ kind: 'meetings' }, '/fr/rencontres/', '/en/meetings/'],
	[{ kind: 'meeting', id: '2022-06-nur-sultan' }, '/fr/rencontres/2022-06-nur-sultan/', '/en/meetings/2022-06-nur-sultan/'],
	[{ kind: 'actors' }, '/fr/acteurs/', '/en/actors/'],
	[{ kind: 'actor', id: 'wang-yi' }, '/fr/acteurs/wang-yi/', '/en/actors/wang-yi/'],
	[{ kind: 'areas' }, '/fr/cooperation/', '/en/cooperation/'],
	[{ kind: 'area', id: 'health' }, '/fr/cooperation/health/', '/en/cooperation/health/'],
	[{ kind: 'places' }, '/fr/lieux/', '/en/places/'],
	[{ kind: 'place', id: 'astana' }, '/fr/lieux/astana/', '/en/places/astana/'],
	[{ kind: 'organisations' }, '/fr/organisations/', '/en/organisations/'],
	[{ kind: 'organisation', id: 'sco' }, '/fr/organisations/sco/', '/en/organisations/sco/'],
	[{ kind: 'events' }, '/fr/evenements/', '/en/events/'],
	[{ kind: 'event', id: 'sco-summit-tianjin-2025' }, '/fr/evenements/sco-summit-tianjin-2025/', '/en/events/sco-summit-tianjin-2025/'],
	[{ kind: 'sources' }, '/fr/sources/', '/en/sources/'],
	[{ kind: 'source', id: '2025-04-25-almaty' }, '/fr/sources/2025-04-25-almaty/', '/en/sources/2025-04-25-almaty/'],
	[{ kind: 'timeline-actor', id: 'wang-yi' }, '/fr/chronologie/acteurs/wang-yi/', '/en/timeline/actors/wang-yi/'],
	[{ kind: 'timeline-area', id: 'health' }, '/fr/chronologie/cooperation/health/', '/en/timeline/cooperation/health/'],
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
		expect(count('meeting')).toBe(atlas.meetings.length);
		expect(count('actor')).toBe(atlas.actors.length);
		expect(count('source')).toBe(atlas.sources.length);
		expect(count('timeline-actor')).toBe(atlas.actors.length);
		expect(count('timeline-area')).toBe(atlas.areas.length);
		expect(pages).toContainEqual({ kind: 'meeting', id: '2025-04-25-almaty' });
	});

	it('keeps only the fixed pages for an empty atlas', () => {
		const empty = { meetings: [], actors: [], places: [], organisations: [], areas: [], events: [], sources: [] };
		expect(allPages(empty).every((page) => page.id === undefined)).toBe(true);
		expect(allPages(empty)).toHaveLength(12);
	});
});

describe('routeSlug', () => {
	it('is the path inside the locale, without slashes around it', () => {
		expect(routeSlug({ kind: 'actors' }, 'fr')).toBe('acteurs');
		expect(routeSlug({ kind: 'meeting', id: '2022-06-nur-sultan' }, 'en')).toBe('meetings/2022-06-nur-sultan');
		expect(routeSlug({ kind: 'timeline-actor', id: 'wang-yi' }, 'fr')).toBe('chronologie/acteurs/wang-yi');
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
		expect(paragraphPath('2025-04-25-almaty', 'p3', 'en')).toBe('/en/sources/2025-04-25-almaty/#p3');
		expect(paragraphPath('2022-06-nur-sultan', 'p7', 'fr')).toBe('/fr/sources/2022-06-nur-sultan/#p7');
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
