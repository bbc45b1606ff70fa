import { describe, expect, it } from 'vitest';
import { allPages } from '../../../../src/lib/site/pages.ts';
import { otherLocale, pagePath, paragraphPath, routeSlug, withBase } from '../../../../src/lib/site/paths.ts';
import { loadAtlas } from './load-atlas.ts';

describe('pagePath', () => {
	it.each([
		[{ kind: 'home' }, '/fr/', '/en/'],
		[{ kind: 'timeline' }, '/fr/chronologie/', '/en/timeline/'],
		[{ kind: 'timeline-actor', id: 'wang-yi' }, '/fr/chronologie/acteurs/wang-yi/', '/en/timeline/actors/wang-yi/'],
		[{ kind: 'timeline-area', id: 'health' }, '/fr/chronologie/cooperation/health/', '/en/timeline/cooperation/health/'],
		[{ kind: 'meeting', id: '2022-06-nur-sultan' }, '/fr/rencontres/2022-06-nur-sultan/', '/en/meetings/2022-06-nur-sultan/'],
		[{ kind: 'actor', id: 'wang-yi' }, '/fr/acteurs/wang-yi/', '/en/actors/wang-yi/'],
		[{ kind: 'area', id: 'health' }, '/fr/cooperation/health/', '/en/cooperation/health/'],
		[{ kind: 'place', id: 'astana' }, '/fr/lieux/astana/', '/en/places/astana/'],
		[{ kind: 'organisation', id: 'sco' }, '/fr/organisations/sco/', '/en/organisations/sco/'],
		[{ kind: 'event', id: 'x' }, '/fr/evenements/x/', '/en/events/x/'],
		[{ kind: 'source', id: '2025-04-25-almaty' }, '/fr/sources/2025-04-25-almaty/', '/en/sources/2025-04-25-almaty/'],
		[{ kind: 'search' }, '/fr/recherche/', '/en/search/'],
		[{ kind: 'not-found' }, '/fr/404/', '/en/404/'],
	] as const)('%o is %s in French and %s in English', (page, fr, en) => {
		expect(pagePath(page, 'fr')).toBe(fr);
		expect(pagePath(page, 'en')).toBe(en);
	});

	it('gives every page of the atlas a distinct path in each language', () => {
		const pages = allPages(loadAtlas());
		for (const locale of ['fr', 'en'] as const) {
			const paths = pages.map((page) => pagePath(page, locale));
			expect(new Set(paths).size).toBe(paths.length);
		}
	});
});

describe('routeSlug, withBase, paragraphPath, otherLocale', () => {
	it('gives the rest parameter inside a locale, none for the home page', () => {
		expect(routeSlug({ kind: 'home' }, 'fr')).toBeUndefined();
		expect(routeSlug({ kind: 'meeting', id: 'a' }, 'en')).toBe('meetings/a');
	});
	it('prefixes the base, with or without its trailing slash', () => {
		expect(withBase('/fr/', '/')).toBe('/fr/');
		expect(withBase('/fr/', '/atlas/')).toBe('/atlas/fr/');
		expect(withBase('/fr/', '/atlas')).toBe('/atlas/fr/');
	});
	it('links to a paragraph of a source in a language', () => {
		expect(paragraphPath('2025-04-25-almaty', 'p3', 'en')).toBe('/en/sources/2025-04-25-almaty/#p3');
	});
	it('switches language', () => {
		expect(otherLocale('fr')).toBe('en');
		expect(otherLocale('en')).toBe('fr');
	});
});
